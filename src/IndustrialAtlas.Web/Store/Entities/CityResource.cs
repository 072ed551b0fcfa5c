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

    public int? ClaimId { get; set; }

    public Claim? Claim { get; set; }

    public List<Source> Sources { get; set; } = [];
}
