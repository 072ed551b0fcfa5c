namespace IndustrialAtlas.Web.Store.Entities;

public sealed class FormerName : EditionScoped
{
    public int CityId { get; set; }

    public required string Name { get; set; }

    public string? NameZh { get; set; }

    public int? From { get; set; }

    public bool FromApproximate { get; set; }

    public int? To { get; set; }

    public bool ToApproximate { get; set; }
}
