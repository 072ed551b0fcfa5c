namespace IndustrialAtlas.Web.Store.Entities;

public sealed class City : EditionScoped
{
    public required string Slug { get; set; }

    public required string Name { get; set; }

    public required string NameZh { get; set; }

    public required string Pinyin { get; set; }

    public required string Province { get; set; }

    public double Latitude { get; set; }

    public double Longitude { get; set; }

    public long Population { get; set; }

    public int PopulationYear { get; set; }

    /// <summary>The <see cref="Source.Key"/> of the source behind the population figure (a key, not a foreign key, to keep City and Source free of a cycle).</summary>
    public required string PopulationSourceKey { get; set; }

    public required string Summary { get; set; }

    /// <summary>The profile body, rendered from Markdown at ingest with raw HTML disabled.</summary>
    public required string BodyHtml { get; set; }

    /// <summary>The summary in Chinese; null until it is written.</summary>
    public string? SummaryZh { get; set; }

    /// <summary>The body in Chinese, rendered; null until it is written.</summary>
    public string? BodyHtmlZh { get; set; }

    public List<FormerName> FormerNames { get; set; } = [];

    public List<Phase> Phases { get; set; } = [];

    public List<CityResource> Resources { get; set; } = [];

    public List<Claim> Claims { get; set; } = [];

    public List<Source> Sources { get; set; } = [];

    public List<Series> Series { get; set; } = [];
}
