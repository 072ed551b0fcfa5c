using IndustrialAtlas.Content;

namespace IndustrialAtlas.Web.Store.Entities;

public sealed class Claim : EditionScoped
{
    /// <summary>The stable id from the content (e.g. <c>panzhihua-founded-1965</c>), used in URLs.</summary>
    public required string Key { get; set; }

    public int CityId { get; set; }

    public City City { get; set; } = null!;

    public int Position { get; set; }

    public required string Text { get; set; }

    public Support Support { get; set; }

    public string? Note { get; set; }

    /// <summary>The statement in Chinese; null until it is written.</summary>
    public string? TextZh { get; set; }

    /// <summary>The note in Chinese.</summary>
    public string? NoteZh { get; set; }

    public ClaimOrigin Origin { get; set; }

    public int? Year { get; set; }

    public bool YearApproximate { get; set; }

    public int? EraId { get; set; }

    public Era? Era { get; set; }

    public int? ResourceId { get; set; }

    public Resource? Resource { get; set; }

    public List<Source> Sources { get; set; } = [];
}
