using IndustrialAtlas.Web.Citations;

namespace IndustrialAtlas.Web.Tests.Citations;

/// <summary>The views the worked examples cite: the map at a query and a city page, in one edition.</summary>
internal static class CitationExamples
{
    public static readonly CslItem Map = new(
        "industrial-atlas-3f2a9c1b0d4e-map-1970-vanadium",
        "Industrial cities of China in 1970, resource: vanadium",
        "Industrial Atlas",
        "Industrial Atlas",
        "https://atlas.example.org/?year=1970&resource=vanadium&edition=3f2a9c1b0d4e",
        new DateOnly(2026, 11, 23),
        new DateOnly(2026, 11, 24),
        "3f2a9c1b0d4e");

    public static readonly CslItem City = new(
        "industrial-atlas-3f2a9c1b0d4e-city-panzhihua",
        "Panzhihua (攀枝花): history, resources and claims",
        "Industrial Atlas",
        "Industrial Atlas",
        "https://atlas.example.org/cities/panzhihua?edition=3f2a9c1b0d4e",
        new DateOnly(2026, 5, 2),
        new DateOnly(2026, 9, 7),
        "3f2a9c1b0d4e");

    /// <summary>The city page as cited on a site whose name differs from its owner (a mirror, say).</summary>
    public static readonly CslItem CityOnMirror = City with { ContainerTitle = "Atlas Mirror" };
}
