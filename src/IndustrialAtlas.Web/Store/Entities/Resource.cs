namespace IndustrialAtlas.Web.Store.Entities;

public sealed class Resource : EditionScoped
{
    public required string Slug { get; set; }

    public required string Name { get; set; }

    public required string Kind { get; set; }
}
