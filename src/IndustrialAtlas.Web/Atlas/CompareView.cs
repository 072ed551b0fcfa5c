using IndustrialAtlas.Web.Charts;
using IndustrialAtlas.Web.Settings;
using IndustrialAtlas.Web.Store;
using Microsoft.EntityFrameworkCore;

namespace IndustrialAtlas.Web.Atlas;

/// <summary>
/// <c>/compare?cities=a,b,c&amp;indicator=x</c>: several cities' series of one indicator on one chart. Shared by the page,
/// its embed and the citation resolver, so all three read the same query the same way.
/// </summary>
public sealed record CompareView(IReadOnlyList<IndicatorItem> Indicators, IReadOnlyList<(string Slug, string Name, bool HasSeries)> Cities,
    IndicatorItem? Indicator, IReadOnlyList<string> Chosen, IReadOnlyList<SeriesItem> Series, ChartBlock? Chart, string? Problem)
{
    public const int MaxCities = 8;

    /// <summary>The title a citation and the page give the view.</summary>
    public string Title => Language == AtlasLanguage.Chinese
        ? Indicator is null || Chosen.Count == 0 ? AtlasWords.Chinese("compare.title") : AtlasWords.Chinese("compare.title.of", Names(), Indicator.Name)
        : Indicator is null || Chosen.Count == 0 ? "Compare industrial cities of China" : $"{Indicator.Name}: {Names()} compared";

    /// <summary>The language its names and words are in.</summary>
    public AtlasLanguage Language { get; init; }

    /// <summary>The view's query, in a fixed order.</summary>
    public string Query(string? edition) =>
        QueryString.Create([.. new KeyValuePair<string, string?>[] { new("cities", string.Join(',', Chosen)), new("indicator", Indicator?.Slug), new("edition", edition) }
            .Where(p => !string.IsNullOrEmpty(p.Value))]).ToString();

    /// <summary>The compared cities' names, for the title and description.</summary>
    public string Names()
    {
        var names = Chosen.Select(c => Cities.First(x => x.Slug == c).Name).ToList();
        return Language == AtlasLanguage.Chinese ? string.Join("、", names)
            : names.Count == 1 ? names[0] : $"{string.Join(", ", names[..^1])} and {names[^1]}";
    }

    public static Task<CompareView> ReadAsync(AtlasDbContext db, IQueryCollection query, int now, string? pinnedEdition, CancellationToken ct) =>
        ReadAsync(db, query, now, pinnedEdition, AtlasLanguage.English, ct);

    /// <summary>As the other overload, with names, the chart and its words in <paramref name="language"/>.</summary>
    public static async Task<CompareView> ReadAsync(AtlasDbContext db, IQueryCollection query, int now, string? pinnedEdition, AtlasLanguage language, CancellationToken ct)
    {
        var chinese = language == AtlasLanguage.Chinese;
        var indicators = await SeriesData.IndicatorsAsync(db, language, ct);
        var withSeries = await db.Series.AsNoTracking().Select(s => new { City = s.City.Slug, Indicator = s.Indicator.Slug }).Distinct().ToListAsync(ct);
        var cities = await db.Cities.AsNoTracking().OrderBy(c => c.Name).Select(c => new { c.Slug, Name = chinese ? c.NameZh : c.Name }).ToListAsync(ct);
        var problems = new List<Say>();
        foreach (var key in query.Keys.Where(k => k is not ("cities" or "indicator" or "edition")))
        {
            problems.Add(new Say("problem.compare.key", key));
        }

        if (query["indicator"].Count > 1)
        {
            problems.Add(new Say("problem.compare.indicator.once"));
        }

        var indicatorSlug = query["indicator"].Count == 1 ? query["indicator"].ToString().Trim() : "";
        var indicator = indicatorSlug.Length == 0 ? null : indicators.FirstOrDefault(i => i.Slug == indicatorSlug);
        if (indicatorSlug.Length > 0 && indicator is null)
        {
            problems.Add(new Say("problem.indicator", indicatorSlug, new Say.Values([.. indicators.Select(i => (i.Slug, i.Name))])));
        }

        // cities=a,b,c, or cities repeated (the form's checkboxes without script): the same list either way.
        var chosen = query["cities"].SelectMany(v => (v ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Distinct(StringComparer.Ordinal).ToList();
        var unknown = chosen.Where(c => cities.All(x => x.Slug != c)).ToList();
        if (unknown.Count > 0)
        {
            problems.Add(new Say("problem.compare.cities", string.Join(chinese ? "、" : ", ", unknown.Select(u => $"\u201c{u}\u201d"))));
        }

        if (chosen.Count > MaxCities)
        {
            problems.Add(new Say("problem.compare.max", MaxCities, chosen.Count));
        }

        // Without an indicator the comparison starts on the first one the chosen cities have figures for.
        indicator ??= problems.Count > 0 ? null : indicators.FirstOrDefault(i => withSeries.Any(w => w.Indicator == i.Slug && (chosen.Count == 0 || chosen.Contains(w.City))));
        var cityList = cities.Select(c => (c.Slug, c.Name, withSeries.Any(w => w.City == c.Slug && w.Indicator == indicator?.Slug))).ToList();
        if (problems.Count > 0 || indicator is null || chosen.Count == 0)
        {
            return new CompareView(indicators, cityList, indicator, problems.Count > 0 ? [] : chosen, [], null, problems.Count > 0 ? Say.Join(problems, language) : null) { Language = language };
        }

        var series = await SeriesData.ReadAsync(db, [.. chosen], indicator.Slug, language, ct);
        // Lines in the order the reader chose the cities.
        series = [.. series.OrderBy(s => chosen.IndexOf(s.City))];
        var eras = await db.Eras.AsNoTracking().OrderBy(e => e.Start).ThenBy(e => e.Id).Select(e => new { e.Slug, Name = chinese && e.NameZh != null ? e.NameZh : e.Name, e.Start, e.End }).ToListAsync(ct);
        var view = new CompareView(indicators, cityList, indicator, chosen, series, null, null) { Language = language };
        if (series.Count == 0)
        {
            return view;
        }

        var csv = $"/api/series.csv?city={string.Join(',', chosen)}&indicator={indicator.Slug}{(pinnedEdition is null ? "" : "&edition=" + pinnedEdition)}";
        return view with
        {
            Chart = ChartBlock.Draw("compare", view.Title, series,
                [.. eras.Select((e, i) => new SeriesChart.EraInput(e.Slug, e.Name, e.Start, e.End, i % EraBand.Palette))], now, csv,
                chinese
                    ? s => $"{s.CityName}{(s.Scope is null ? "" : "，" + s.Scope)}（{string.Join("；", s.Sources.Select(x => x.CreditIn(chinese: true)))}）"
                    : s => $"{s.CityName}{(s.Scope is null ? "" : ", " + s.Scope)} ({string.Join("; ", s.Sources.Select(x => x.Credit))})",
                chinese ? AtlasWords.Chinese("compare.note") : "Each city's figures come from its own sources, and may count different areas or works; the legend and table say which."),
        };
    }

}
