namespace IndustrialAtlas.Web.Store.Entities;

public sealed class Resource : EditionScoped
{
    public required string Slug { get; set; }

    public required string Name { get; set; }

    public required string Kind { get; set; }

    /// <summary>The name in Chinese; null until it is written.</summary>
    public string? NameZh { get; set; }
}
