namespace IndustrialAtlas.Web.Store.Entities;

public sealed class CityResource : EditionScoped
{
    public int CityId { get; set; }

    public City City { get; set; } = null!;

    public int ResourceId { get; set; }

    public Resource Resource { get; set; } = null!;

    public int Position { get; set; }

    public decimal? Figure { get; set; }

    public string? Unit { get; set; }

    public int? Year { get; set; }

    public bool YearApproximate { get; set; }

    public int? Since { get; set; }

    public int? Until { get; set; }

    public string? Note { get; set; }

    /// <summary>The figure as the Chinese unit gives it, where that unit changes the scale (4.54 billion t is 45.4 亿吨).</summary>
    public decimal? FigureZh { get; set; }

    /// <summary>The unit in Chinese; null until it is written.</summary>
    public string? UnitZh { get; set; }

    /// <summary>The note in Chinese.</summary>
    public string? NoteZh { get; set; }

    public int? ClaimId { get; set; }

    public Claim? Claim { get; set; }

    public List<Source> Sources { get; set; } = [];
}
