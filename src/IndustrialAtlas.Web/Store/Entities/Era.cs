namespace IndustrialAtlas.Web.Store.Entities;

public sealed class Era : EditionScoped
{
    public required string Slug { get; set; }

    public required string Name { get; set; }

    public int Start { get; set; }

    /// <summary>Null while the era lasts.</summary>
    public int? End { get; set; }

    public string? Summary { get; set; }

    /// <summary>The name in Chinese; null until it is written.</summary>
    public string? NameZh { get; set; }

    /// <summary>The summary in Chinese.</summary>
    public string? SummaryZh { get; set; }
}
