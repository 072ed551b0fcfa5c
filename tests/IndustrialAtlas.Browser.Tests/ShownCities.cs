using IndustrialAtlas.Content;

namespace IndustrialAtlas.Browser.Tests;

/// <summary>A city the atlas should show, with the eras of its phases that cover the year (two at a boundary year).</summary>
public sealed record ShownCity(string Slug, IReadOnlyList<string> Eras);

/// <summary>
/// The atlas's rule, worked out from the content files themselves rather than from the app: a city is shown at
/// year Y when one of its phases (of the era, when one is set) covers Y, and it lists the resource when one is set;
/// over a range, when such a phase overlaps the range, drawn in the last of them to begin.
/// </summary>
public static class ShownCities
{
    public static IReadOnlyList<ShownCity> At(ContentSet content, int year, string? resource = null, string? era = null) =>
    [
        .. content.Cities
            .Where(c => c.Phases.Any(p => Covers(p, year) && (era is null || p.EraSlug == era)))
            .Where(c => resource is null || c.Resources.Any(r => r.ResourceSlug == resource))
            .OrderBy(c => c.Slug, StringComparer.Ordinal)
            .Select(c => new ShownCity(c.Slug, [.. c.Phases.Where(p => Covers(p, year) && (era is null || p.EraSlug == era)).Select(p => p.EraSlug).Distinct()])),
    ];

    public static IReadOnlyList<ShownCity> Within(ContentSet content, int from, int to, string? era = null) =>
    [
        .. content.Cities
            .Select(c => (City: c, Phase: c.Phases.Where(p => p.Start.Value <= to && (p.End is not { } e || e.Value >= from) && (era is null || p.EraSlug == era)).MaxBy(p => p.Start.Value)))
            .Where(x => x.Phase is not null)
            .OrderBy(x => x.City.Slug, StringComparer.Ordinal)
            .Select(x => new ShownCity(x.City.Slug, [x.Phase!.EraSlug])),
    ];

    public static IReadOnlyList<string> Slugs(ContentSet content, int year, string? resource = null, string? era = null) =>
        [.. At(content, year, resource, era).Select(c => c.Slug)];

    private static bool Covers(PhaseRecord phase, int year) =>
        phase.Start.Value <= year && (phase.End is not { } end || year <= end.Value);
}
