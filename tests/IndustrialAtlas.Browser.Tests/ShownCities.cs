using IndustrialAtlas.Content;

namespace IndustrialAtlas.Browser.Tests;

/// <summary>A city the atlas should show, with the eras of its phases that cover the year (two at a boundary year).</summary>
public sealed record ShownCity(string Slug, IReadOnlyList<string> Eras);

/// <summary>
/// The atlas's rule, worked out from the content files themselves rather than from the app: a city is shown at
/// year Y when one of its phases covers Y, and it lists the resource and has a phase in the era when those are set.
/// </summary>
public static class ShownCities
{
    public static IReadOnlyList<ShownCity> At(ContentSet content, int year, string? resource = null, string? era = null) =>
    [
        .. content.Cities
            .Where(c => c.Phases.Any(p => Covers(p, year)))
            .Where(c => resource is null || c.Resources.Any(r => r.ResourceSlug == resource))
            .Where(c => era is null || c.Phases.Any(p => p.EraSlug == era))
            .OrderBy(c => c.Slug, StringComparer.Ordinal)
            .Select(c => new ShownCity(c.Slug, [.. c.Phases.Where(p => Covers(p, year)).Select(p => p.EraSlug).Distinct()])),
    ];

    public static IReadOnlyList<string> Slugs(ContentSet content, int year, string? resource = null, string? era = null) =>
        [.. At(content, year, resource, era).Select(c => c.Slug)];

    private static bool Covers(PhaseRecord phase, int year) =>
        phase.Start.Value <= year && (phase.End is not { } end || year <= end.Value);
}
