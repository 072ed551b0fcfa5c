namespace IndustrialAtlas.Web.Store.Entities;

/// <summary>A quantity series measure (population, crude steel, ...), in the unit its values are stored in.</summary>
public sealed class Indicator : EditionScoped
{
    public required string Slug { get; set; }

    public required string Name { get; set; }

    /// <summary>The stored unit: <c>people</c>, <c>t</c>, <c>m3</c>, <c>yuan</c>, <c>vehicles</c> or <c>kWh</c>.</summary>
    public required string Unit { get; set; }

    /// <summary><c>stock</c> or <c>flow</c>.</summary>
    public required string Kind { get; set; }

    /// <summary>The name in Chinese; null until it is written.</summary>
    public string? NameZh { get; set; }
}
