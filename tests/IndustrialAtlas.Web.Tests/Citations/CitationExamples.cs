using IndustrialAtlas.Web.Citations;

namespace IndustrialAtlas.Web.Tests.Citations;

/// <summary>The views the worked examples cite: the map at a query, a city page and a claim, in one edition.</summary>
internal static class CitationExamples
{
    public static readonly CslItem Map = new(
        "industrial-atlas-year-1970-resource-vanadium-edition-3f2a9c1b0d4e",
        "Industrial cities of China in 1970 with vanadium (era: Third Front construction)",
        "Industrial Atlas",
        "https://atlas.example.org/?year=1970&resource=vanadium&era=third-front&edition=3f2a9c1b0d4e",
        new DateOnly(2026, 11, 23),
        new DateOnly(2026, 11, 24),
        "3f2a9c1b0d4e",
        "Interactive map");

    public static readonly CslItem City = new(
        "industrial-atlas-cities-panzhihua-edition-3f2a9c1b0d4e",
        "Panzhihua (攀枝花): History, resources and claims",
        "Industrial Atlas",
        "https://atlas.example.org/cities/panzhihua?edition=3f2a9c1b0d4e",
        new DateOnly(2026, 5, 2),
        new DateOnly(2026, 9, 7),
        "3f2a9c1b0d4e");

    public static readonly CslItem Claim = new(
        "industrial-atlas-claims-panzhihua-households-edition-3f2a9c1b0d4e",
        "Claim (disputed): Only seven or eight households lived at Nongnongping in 1964",
        "Industrial Atlas",
        "https://atlas.example.org/claims/panzhihua-households?edition=3f2a9c1b0d4e",
        new DateOnly(2026, 5, 2),
        new DateOnly(2026, 9, 7),
        "3f2a9c1b0d4e");

    public static IEnumerable<object[]> Items() => [[nameof(Map)], [nameof(City)], [nameof(Claim)]];

    public static CslItem Named(string name) => name switch
    {
        nameof(Map) => Map,
        nameof(City) => City,
        nameof(Claim) => Claim,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "No such example."),
    };
}
