using IndustrialAtlas.Web.Settings;

namespace IndustrialAtlas.Web.Atlas;

/// <summary>A view's query against the edition's data: its problems, its years, and the cities it shows.</summary>
public sealed partial record AtlasData
{
    /// <summary>The problems with a query's slugs and year in this edition; empty when the view can be shown.</summary>
    public IReadOnlyList<AtlasProblem> Check(AtlasQuery query)
    {
        var problems = new List<AtlasProblem>();
        if (query.Year is { } year && (year < MinYear || year > MaxYear))
        {
            problems.Add(new("year", new Say("problem.year.range", "year", new Say.Year(MinYear), MinYear, new Say.Year(MaxYear), year)));
        }

        if (query.Resource is { } resource && Resources.All(r => r.Slug != resource))
        {
            problems.Add(new("resource", new Say("problem.resource.known", resource, new Say.Values([.. Resources.Select(r => (r.Slug, r.Name))]))));
        }

        if (query.Era is { } era && Eras.All(e => e.Slug != era))
        {
            problems.Add(new("era", new Say("problem.era.known", era, new Say.Values([.. Eras.Select(e => (e.Slug, e.Name))]))));
        }

        foreach (var (key, value) in new[] { ("from", query.From), ("to", query.To) })
        {
            if (value is { } y && (y < MinYear || y > MaxYear))
            {
                problems.Add(new(key, new Say("problem.year.range", key, new Say.Year(MinYear), MinYear, new Say.Year(MaxYear), y)));
            }
        }

        if (query.Measure is { } measure && Measures.All(m => m.Slug != measure))
        {
            problems.Add(new("measure", new Say("problem.measure.known", measure, new Say.Values([.. Measures.Select(m => (m.Slug, m.Name))]))));
        }

        if (query.City is { } city && Cities.All(c => c.Slug != city))
        {
            problems.Add(new("city", new Say("problem.city.atlas", city)));
        }

        return problems;
    }

    /// <summary>The year a view shows: the one asked for, the end of its range, else the current year.</summary>
    public int YearOf(AtlasQuery query) => query.IsRange ? query.To!.Value : query.Year ?? MaxYear;

    /// <summary>The view's years for readers: "1958", or "1953–1980" for a range (1958年, 1953年—1980年 in Chinese).</summary>
    public string YearsOf(AtlasQuery query) => query.IsRange
        ? LocalFormat.Span(Language, query.From!.Value, query.To!.Value)
        : LocalFormat.Year(Language, YearOf(query));

    public MeasureItem? MeasureOf(AtlasQuery query) => query.Measure is { } slug ? Measures.FirstOrDefault(m => m.Slug == slug) : null;

    /// <summary>
    /// The cities a view shows: those with a phase covering the year (or, for a range, overlapping it at any time),
    /// of the era when one is chosen (so each is shown as it was in that era), and holding the resource when one is
    /// chosen (resources are as recorded today, whatever the year). With a measure, each carries its latest figure at
    /// or before the year (the range's last year).
    /// </summary>
    public IReadOnlyList<ShownCity> Shown(AtlasQuery query)
    {
        var year = YearOf(query);
        return [.. Cities
            .Where(c => query.Resource is null || c.Resources.Contains(query.Resource))
            .Select(c => (City: c, Phase: query.IsRange ? c.PhaseWithin(query.From!.Value, year, query.Era) : c.PhaseAt(year, query.Era)))
            .Where(x => x.Phase is not null)
            .Select(x => new ShownCity(x.City, x.Phase!, x.City.NameAt(year))
            {
                Figure = query.Measure is { } m ? x.City.FigureAt(m, year) : null,
            })];
    }

    public string EraName(string slug) => Eras.FirstOrDefault(e => e.Slug == slug)?.Name ?? slug;

    public string ResourceName(string slug) => Resources.FirstOrDefault(r => r.Slug == slug)?.Name ?? slug;
}
