using IndustrialAtlas.Content;
using IndustrialAtlas.Web.Settings;
using IndustrialAtlas.Web.Store;
using Microsoft.EntityFrameworkCore;

namespace IndustrialAtlas.Web.Atlas;

/// <summary>
/// Everything the atlas map needs from one edition, read in one projection, and the rules that decide which
/// cities a view shows. The server-rendered list, the GeoJSON and the script (which applies the same rules in
/// the browser, from <c>/api/atlas/data.json</c>) all answer from this.
/// </summary>
public sealed partial record AtlasData(IReadOnlyList<AtlasData.EraItem> Eras, IReadOnlyList<AtlasData.ResourceItem> Resources, IReadOnlyList<AtlasData.CityItem> Cities, int MinYear, int MaxYear)
{
    /// <summary>The indicators a city has figures for: the measures the map can size its markers by.</summary>
    public IReadOnlyList<MeasureItem> Measures { get; init; } = [];

    /// <summary>The first year of the industrial eras (the first era to start at or after <see cref="TimeScale.Pivot"/>):
    /// where Play starts (the page writes it on the Play button; not serialised).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public int IndustrialStart => Eras.Where(e => e.Start >= TimeScale.Pivot).Select(e => e.Start).DefaultIfEmpty(MinYear).Min();

    /// <summary>The edition the data was read from (not serialised: the script gets it from the URL).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? Edition { get; init; }

    /// <summary>The language its names and words are in (not serialised: the script asked for it).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public AtlasLanguage Language { get; init; }

    public sealed record EraItem(string Slug, string Name, int Start, int? End);

    public sealed record ResourceItem(string Slug, string Name);

    public sealed record PhaseItem(string Title, int Start, bool StartApprox, int? End, bool EndApprox, string Era)
    {
        public bool Covers(int year) => Start <= year && (End is null || year <= End);

        /// <summary>The phase's years as the page's language writes them.</summary>
        public string Span { get; init; } = AtlasYear.Span(Start, End, StartApprox, EndApprox);
    }

    public sealed record NameItem(string Name, string? NameZh, int? From, int? To);

    /// <summary>An indicator the map can size markers by; <c>Max</c> is its largest figure in any city and year, so the
    /// size of a marker means the same across the whole timeline.</summary>
    public sealed record MeasureItem(string Slug, string Name, string Unit, string Kind, double Max)
    {
        /// <summary>The language of the legend's figures (not serialised).</summary>
        [System.Text.Json.Serialization.JsonIgnore]
        public AtlasLanguage Language { get; init; }

        /// <summary>The size legend: round figures of the measure with their circles, written and sized here once.</summary>
        public IReadOnlyList<LegendEntry> Legend => [.. MeasureScale.LegendValues(Max).Select(v => new LegendEntry(Math.Round(MeasureScale.Radius(v, Max), 2), Charts.Figures.Format(v, Unit, false, Language)))];
    }

    public sealed record LegendEntry(double R, string Label);

    /// <summary>
    /// One figure of a city's main series: year, value in the indicator's unit, approximations and source, with the
    /// words and the marker radius every view uses for it (the list, the popup, the chart's table, the picture and its
    /// alt text), so the script draws what the server wrote and never formats a figure of its own.
    /// </summary>
    public sealed record FigureItem(int Year, bool YearApprox, double Value, bool Approx, string Source)
    {
        /// <summary>"15.3 Mt in 2018".</summary>
        public string Text { get; init; } = "";

        /// <summary>The marker's radius for this figure on the map's scale for its measure.</summary>
        public double R { get; init; }
    }

    public sealed record CityItem(string Slug, string Name, string NameZh, string Province, double Lat, double Lon, IReadOnlyList<PhaseItem> Phases, IReadOnlyList<NameItem> FormerNames, IReadOnlyList<string> Resources)
    {
        /// <summary>The city's rank by population (1 the largest): where two names would collide, the larger city keeps its name.</summary>
        public int Rank { get; init; }

        /// <summary>The city's name in the other language (its Chinese name on an English map, its English name on a Chinese one), and that language.</summary>
        public string AltName { get; init; } = NameZh;

        public string AltLang { get; init; } = "zh-Hans";

        /// <summary>The figures of the city's main series of each indicator, by indicator slug, in year order.</summary>
        public IReadOnlyDictionary<string, IReadOnlyList<FigureItem>> Figures { get; init; } = new Dictionary<string, IReadOnlyList<FigureItem>>();

        /// <summary>The latest figure at or before <paramref name="year"/>: never one made up between two a source gave.</summary>
        public FigureItem? FigureAt(string indicator, int year) =>
            Figures.TryGetValue(indicator, out var figures) ? figures.LastOrDefault(f => f.Year <= year) : null;

        /// <summary>Of the phases (of <paramref name="era"/>, when given) that overlap a range, the one that began last.</summary>
        public PhaseItem? PhaseWithin(int from, int to, string? era = null) =>
            Phases.Where(p => p.Start <= to && (p.End is null || p.End >= from) && (era is null || p.Era == era)).MaxBy(p => p.Start);

        /// <summary>The city's phase at <paramref name="year"/>: of the phases (of <paramref name="era"/>, when given) that
        /// cover it, the one that began last.</summary>
        public PhaseItem? PhaseAt(int year, string? era = null) => Phases.Where(p => p.Covers(year) && (era is null || p.Era == era)).MaxBy(p => p.Start);

        /// <summary>The name in use that year (Dukou for Panzhihua in 1970); the current name otherwise.</summary>
        public string NameAt(int year) =>
            FormerNames.LastOrDefault(n => (n.From ?? int.MinValue) <= year && year <= (n.To ?? int.MaxValue))?.Name ?? Name;
    }

    /// <summary>A city shown in a view, with what the view says of it; <c>Figure</c> is the measure's value, when one is chosen and known.</summary>
    public sealed record ShownCity(CityItem City, PhaseItem Phase, string NameThen)
    {
        public FigureItem? Figure { get; init; }
    }

    // One request may need the same edition's data twice (the page, then its citation); the context is per request.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<AtlasDbContext, AtlasData> Loaded = [];

    /// <summary>The pinned edition's data in English, read once per context (that is, once per request).</summary>
    public static Task<AtlasData> LoadAsync(AtlasDbContext db, int currentYear, CancellationToken ct) => LoadAsync(db, currentYear, AtlasLanguage.English, ct);

    /// <summary>The pinned edition's data with its names and words in <paramref name="language"/>, read once per context.</summary>
    public static async Task<AtlasData> LoadAsync(AtlasDbContext db, int currentYear, AtlasLanguage language, CancellationToken ct)
    {
        if (Loaded.TryGetValue(db, out var loaded) && loaded.Edition == db.EditionId && loaded.MaxYear == currentYear && loaded.Language == language)
        {
            return loaded;
        }

        var data = await ReadAsync(db, currentYear, language, ct);
        Loaded.AddOrUpdate(db, data);
        return data;
    }

    private static async Task<AtlasData> ReadAsync(AtlasDbContext db, int currentYear, AtlasLanguage language, CancellationToken ct)
    {
        var chinese = language == AtlasLanguage.Chinese;
        var eras = await db.Eras.AsNoTracking().OrderBy(e => e.Start).ThenBy(e => e.Id)
            .Select(e => new EraItem(e.Slug, chinese && e.NameZh != null ? e.NameZh : e.Name, e.Start, e.End)).ToListAsync(ct);
        var resources = await db.Resources.AsNoTracking().OrderBy(r => r.Name)
            .Select(r => new ResourceItem(r.Slug, chinese && r.NameZh != null ? r.NameZh : r.Name)).ToListAsync(ct);
        var cities = await db.Cities.AsNoTracking().AsSplitQuery().OrderBy(c => c.Name).Select(c => new
        {
            c.Slug,
            c.Name,
            c.NameZh,
            c.Province,
            c.Latitude,
            c.Longitude,
            c.Population,
            Phases = c.Phases.OrderBy(p => p.Position).Select(p => new PhaseItem(chinese && p.TitleZh != null ? p.TitleZh : p.Title, p.Start, p.StartApproximate, p.End, p.EndApproximate, p.Era.Slug)).ToList(),
            Names = c.FormerNames.OrderBy(n => n.From).Select(n => new NameItem(chinese && n.NameZh != null ? n.NameZh : n.Name, n.NameZh, n.From, n.To)).ToList(),
            Resources = c.Resources.OrderBy(r => r.Position).Select(r => r.Resource.Slug).ToList(),
        }).ToListAsync(ct);
        // The main series of an indicator is a city's first one in its profile.
        var series = await db.Series.AsNoTracking().OrderBy(s => s.CityId).ThenBy(s => s.Position).Select(s => new
        {
            City = s.City.Slug,
            s.Indicator.Slug,
            Points = s.Points.OrderBy(p => p.Year).Select(p => new FigureItem(p.Year, p.YearApproximate, p.Value, p.Approximate,
                p.Source.Publisher ?? p.Source.Author ?? p.Source.Title)).ToList(),
        }).ToListAsync(ct);
        var main = series.GroupBy(s => (s.City, s.Slug)).Select(g => g.First()).ToLookup(s => s.City);
        var indicators = await db.Indicators.AsNoTracking().OrderBy(i => i.Id).Select(i => new { i.Slug, Name = chinese && i.NameZh != null ? i.NameZh : i.Name, i.Unit, i.Kind }).ToListAsync(ct);
        // A measure's scale is set by the figures the map can show: those of the main series.
        var shownSeries = main.SelectMany(g => g).ToList();
        var measures = indicators.Where(i => shownSeries.Any(s => s.Slug == i.Slug && s.Points.Count > 0))
            .Select(i => new MeasureItem(i.Slug, i.Name, i.Unit, i.Kind, shownSeries.Where(s => s.Slug == i.Slug).SelectMany(s => s.Points).Max(p => p.Value)) { Language = language }).ToList();
        var minYear = eras.Count == 0 ? currentYear : Math.Min(eras.Min(e => e.Start), currentYear);
        var byMeasure = measures.ToDictionary(m => m.Slug, StringComparer.Ordinal);
        var rank = cities.OrderByDescending(c => c.Population).ThenBy(c => c.Slug, StringComparer.Ordinal).Select((c, i) => (c.Slug, Rank: i + 1)).ToDictionary(x => x.Slug, x => x.Rank);
        return new AtlasData(eras, resources,
            [.. cities.Select(c => new CityItem(c.Slug, chinese ? c.NameZh : c.Name, c.NameZh, c.Province, c.Latitude, c.Longitude,
                chinese ? [.. c.Phases.Select(p => p with { Span = LocalFormat.Span(language, p.Start, p.End, p.StartApprox, p.EndApprox) })] : c.Phases, c.Names, [.. c.Resources.Distinct()])
            {
                Rank = rank[c.Slug],
                AltName = chinese ? c.Name : c.NameZh,
                AltLang = chinese ? "en" : "zh-Hans",
                Figures = main[c.Slug].Where(s => byMeasure.ContainsKey(s.Slug)).ToDictionary(s => s.Slug, s => (IReadOnlyList<FigureItem>)[.. s.Points.Select(p => p with
                {
                    Text = Charts.Figures.WithYear(p.Value, byMeasure[s.Slug].Unit, p.Approx, p.Year, p.YearApprox, language),
                    R = Math.Round(MeasureScale.Radius(p.Value, byMeasure[s.Slug].Max), 2),
                })], StringComparer.Ordinal),
            })],
            minYear, currentYear)
        { Edition = db.EditionId, Measures = measures, Language = language };
    }
}
