namespace IndustrialAtlas.Web.Store.Entities;

public sealed class Phase : EditionScoped
{
    public int CityId { get; set; }

    public City City { get; set; } = null!;

    /// <summary>Order on the city's timeline, as written in the profile.</summary>
    public int Position { get; set; }

    public required string Title { get; set; }

    public int Start { get; set; }

    public bool StartApproximate { get; set; }

    public int? End { get; set; }

    public bool EndApproximate { get; set; }

    public int EraId { get; set; }

    public Era Era { get; set; } = null!;

    public string? Summary { get; set; }

    /// <summary>The title in Chinese; null until it is written.</summary>
    public string? TitleZh { get; set; }

    /// <summary>The summary in Chinese.</summary>
    public string? SummaryZh { get; set; }
}
