using System.Globalization;
using IndustrialAtlas.Content;
using IndustrialAtlas.Web.Atlas;
using IndustrialAtlas.Web.Pages.Common;
using IndustrialAtlas.Web.Settings;
using IndustrialAtlas.Web.Sharing;
using IndustrialAtlas.Web.Sites;
using IndustrialAtlas.Web.Store;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace IndustrialAtlas.Web.Pages.Cities;

/// <summary><c>/cities/{slug}</c>: one city's story, timeline, resources and claims with their support.</summary>
public sealed class DetailsModel(AtlasDbContext db, TimeProvider clock, IOptions<AtlasOptions> options) : PageModel, ICitableView
{
    public sealed record Reference(int Number, IndustrialAtlas.Web.Store.SourceRow Source);

    public sealed record PhaseRow(LocalText Title, string Span, string EraSlug, LocalText EraName, LocalText? Summary);

    /// <summary>A resource figure, with the claim it rests on and that claim's support, so no figure is shown without its standing.</summary>
    public sealed record ResourceRow(string Slug, LocalText Name, LocalText Figure, string? Year, LocalText? Note, IReadOnlyList<int> References, string? ClaimId = null, Support? Support = null);

    public sealed record ClaimRow(string Id, LocalText Text, Support Support, LocalText? Note, ClaimOrigin Origin, string? Year, IReadOnlyList<int> References, int? MapYear);

    public sealed record CityView(
        string Slug, string Name, string NameZh, string Pinyin, string Province, double Lat, double Lon, LocalText Summary,
        long Population, int PopulationYear, IReadOnlyList<string> FormerNames, IReadOnlyList<PhaseRow> Phases,
        IReadOnlyList<ResourceRow> Resources, IReadOnlyList<ClaimRow> Claims, IReadOnlyList<Reference> References, LocalText BodyHtml)
    {
        /// <summary>The city's name in the page's language: the Chinese name on a Chinese page.</summary>
        public string Named(AtlasLanguage language) => language == AtlasLanguage.Chinese ? NameZh : Name;
    }

    /// <summary>What <see cref="ReadAsync"/> reads: the city as the page shows it, the eras, and its phases for the timeline.</summary>
    /// <param name="City">The city as the page shows it.</param>
    /// <param name="Eras">The national eras, in order.</param>
    /// <param name="TimelinePhases">The city's phases, with the years the timeline places them by.</param>
    /// <param name="FirstYear">The slider's first year (the first era's start).</param>
    public sealed record CityPage(CityView City, IReadOnlyList<EraRow> Eras, IReadOnlyList<CityTimeline.PhaseInput> TimelinePhases, int FirstYear);

    /// <summary>A national era, for the timeline and the charts' bands.</summary>
    public sealed record EraRow(string Slug, string Name, int Start, int? End);

    public AtlasLanguage Language => HttpContext.Language();

    public CityView City { get; private set; } = null!;

    public CityTimeline Timeline { get; private set; } = null!;

    /// <summary>One chart for each indicator the city has series of, in the order the profile first lists them.</summary>
    public IReadOnlyList<Charts.ChartBlock> Charts { get; private set; } = [];

    public string? TileUrl => options.Value.TileUrl;

    /// <summary>The sites of the official lists that belong to the city.</summary>
    public (SiteData Data, IReadOnlyList<SiteData.SiteItem> Sites) Sites { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var now = clock.GetUtcNow().Year;
        if (await ReadAsync(db, slug, now, HttpContext.Language(), ct) is not { } read)
        {
            var chinese = Language == AtlasLanguage.Chinese;
            var known = await db.Cities.AsNoTracking().Select(c => new Known(c.Slug, chinese ? c.NameZh : c.Name)).ToListAsync(ct);
            return ErrorPage.NotFound(HttpContext, ViewData, "city", slug, known, "/cities");
        }

        City = read.City;
        var sites = await SiteData.LoadAsync(db, ct);
        Sites = (sites, [.. sites.Sites.Where(s => s.City == City.Slug)]);
        var series = await Web.Charts.SeriesData.ReadAsync(db, [City.Slug], null, Language, ct);
        var edition = EditionFilter.Of(HttpContext);
        var pinned = edition is { IsCurrent: false } ? $"&edition={edition.Id}" : "";
        var chartEras = read.Eras.Select((e, i) => new Web.Charts.SeriesChart.EraInput(e.Slug, e.Name, e.Start, e.End, i % EraBand.Palette)).ToList();
        Charts = [.. series.GroupBy(s => s.Indicator.Slug).Select(g => Web.Charts.ChartBlock.Draw(g.Key,
            Language == AtlasLanguage.Chinese ? $"{City.NameZh}{g.First().Indicator.Name}" : $"{g.First().Indicator.Name}, {City.Name}", [.. g], chartEras, now, $"/api/series.csv?city={City.Slug}&indicator={g.Key}{pinned}")
            with { CompareHref = $"/compare?cities={City.Slug}&indicator={g.Key}{pinned}" })];
        // The slider's scale and range (AtlasData: the first era's start to this year), so a year sits where the map puts it.
        Timeline = CityTimeline.Layout(new TimeScale(read.FirstYear, now),
            [.. read.Eras.Select((e, i) => new CityTimeline.EraInput(e.Slug, e.Name, e.Start, e.End, i % EraBand.Palette))], read.TimelinePhases, Language);
        return Page();
    }

    /// <summary>The city with its phases, resources, claims and references (numbered as the page cites them); null when there is no such city.</summary>
    public static async Task<CityPage?> ReadAsync(AtlasDbContext db, string slug, int now, AtlasLanguage language, CancellationToken ct)
    {
        var city = await db.Cities.AsNoTracking().AsSplitQuery().Where(c => c.Slug == slug).Select(c => new
        {
            c.Slug,
            c.Name,
            c.NameZh,
            c.Pinyin,
            c.Province,
            c.Latitude,
            c.Longitude,
            c.Summary,
            c.SummaryZh,
            c.Population,
            c.PopulationYear,
            c.BodyHtml,
            c.BodyHtmlZh,
            PopulationSource = c.Sources.Where(s => s.Key == c.PopulationSourceKey).Select(s => (int?)s.Id).FirstOrDefault(),
            FormerNames = c.FormerNames.OrderBy(n => n.From).ToList(),
            Sources = c.Sources.OrderBy(s => s.Id).Select(s => new { s.Id, s.Title, s.Publisher, s.Author, s.Url, s.Accessed, s.Kind, s.ReadAt, s.Published }).ToList(),
            Phases = c.Phases.OrderBy(p => p.Position).Select(p => new { p.Title, p.TitleZh, p.Start, p.StartApproximate, p.End, p.EndApproximate, p.Era.Slug, p.Era.Name, EraNameZh = p.Era.NameZh, p.Summary, p.SummaryZh }).ToList(),
            Resources = c.Resources.OrderBy(r => r.Position).Select(r => new { r.Resource.Slug, r.Resource.Name, NameZh = r.Resource.NameZh, r.Figure, r.Unit, r.FigureZh, r.UnitZh, r.Year, r.YearApproximate, r.Note, r.NoteZh, ClaimKey = r.Claim == null ? null : r.Claim.Key, ClaimSupport = r.Claim == null ? (Support?)null : r.Claim.Support, Sources = r.Sources.Select(s => s.Id).ToList() }).ToList(),
            Claims = c.Claims.OrderBy(x => x.Position).Select(x => new { x.Key, x.Text, x.TextZh, x.Support, x.Note, x.NoteZh, x.Origin, x.Year, x.YearApproximate, EraStart = x.Era == null ? (int?)null : x.Era.Start, Sources = x.Sources.Select(s => s.Id).ToList() }).ToList(),
        }).FirstOrDefaultAsync(ct);
        if (city is null)
        {
            return null;
        }

        // References are numbered in the order the page first cites them, as an encyclopaedia does.
        var numbers = new Dictionary<int, int>();
        IReadOnlyList<int> Cite(IEnumerable<int> ids) => [.. ids.Select(id => numbers.TryGetValue(id, out var n) ? n : numbers[id] = numbers.Count + 1).Distinct().Order()];
        if (city.PopulationSource is { } populationSource)
        {
            Cite([populationSource]);
        }

        var resources = city.Resources.Select(r => new ResourceRow(r.Slug, LocalText.Pick(language, r.Name, r.NameZh),
            LocalText.Pick(language, r.Figure is null ? "" : string.Create(CultureInfo.InvariantCulture, $"{r.Figure.Value:0.###} {r.Unit}"),
                r.Figure is null || r.UnitZh is null ? null : string.Create(CultureInfo.InvariantCulture, $"{r.FigureZh ?? r.Figure.Value:0.###}{r.UnitZh}")),
            r.Year is null ? null : LocalFormat.Year(language, r.Year.Value, r.YearApproximate), LocalText.PickOptional(language, r.Note, r.NoteZh), Cite(r.Sources), r.ClaimKey, r.ClaimSupport)).ToList();
        var chinese = language == AtlasLanguage.Chinese;
        var eras = await db.Eras.AsNoTracking().OrderBy(e => e.Start).ThenBy(e => e.Id).Select(e => new EraRow(e.Slug, chinese && e.NameZh != null ? e.NameZh : e.Name, e.Start, e.End)).ToListAsync(ct);
        var firstYear = Math.Min(now, eras.Count == 0 ? now : eras.Min(e => e.Start));

        int? MapYear(int? year, int? eraStart) => Web.Claims.ClaimMapYear.Of(year, eraStart, firstYear, now);
        var claims = city.Claims.Select(x => new ClaimRow(x.Key, LocalText.Pick(language, x.Text, x.TextZh), x.Support, LocalText.PickOptional(language, x.Note, x.NoteZh), x.Origin,
            x.Year is null ? null : LocalFormat.Year(language, x.Year.Value, x.YearApproximate), Cite(x.Sources), MapYear(x.Year, x.EraStart))).ToList();
        var references = city.Sources.Where(s => numbers.ContainsKey(s.Id)).OrderBy(s => numbers[s.Id])
            .Select(s => new Reference(numbers[s.Id], new(s.Title, s.Publisher, s.Author, s.Url, s.Accessed, s.Kind, s.ReadAt, s.Published))).ToList();

        var view = new CityView(city.Slug, city.Name, city.NameZh, city.Pinyin, city.Province, city.Latitude, city.Longitude, LocalText.Pick(language, city.Summary, city.SummaryZh),
            city.Population, city.PopulationYear,
            [.. city.FormerNames.Select(n => language == AtlasLanguage.Chinese && n.NameZh is not null
                ? $"{n.NameZh}（{n.Name}，{LocalFormat.Span(language, n.From, n.To, n.FromApproximate, n.ToApproximate)}）"
                : $"{n.Name}{(n.NameZh is null ? "" : " " + n.NameZh)} ({LocalFormat.Span(language, n.From, n.To, n.FromApproximate, n.ToApproximate)})")],
            [.. city.Phases.Select(p => new PhaseRow(LocalText.Pick(language, p.Title, p.TitleZh), LocalFormat.Span(language, p.Start, p.End, p.StartApproximate, p.EndApproximate), p.Slug,
                LocalText.Pick(language, p.Name, p.EraNameZh), LocalText.PickOptional(language, p.Summary, p.SummaryZh)))],
            resources, claims, references, LocalText.Pick(language, city.BodyHtml, city.BodyHtmlZh));
        return new CityPage(view, eras, [.. city.Phases.Select(p => new CityTimeline.PhaseInput(LocalText.Pick(language, p.Title, p.TitleZh).Text, p.Start, p.StartApproximate, p.End, p.EndApproximate, p.Slug))], firstYear);
    }

    /// <summary>
    /// The classes of each part of the page below the map (LaterSection): laid out when near the screen, holding a
    /// place meanwhile for the text it has. A chart is about 40 rem (16 blocks) and a line of its figures table a
    /// block; a reference line counts its address, which does not break into words.
    /// </summary>
    public string LaterPart(string part) => part switch
    {
        "timeline" => LaterSection.Classes(City.Phases.Sum(p => p.Title.Length + p.Span.Length + p.EraName.Length + (p.Summary?.Length ?? 0)) + 400, City.Phases.Count + 6),
        "resources" => LaterSection.Classes(City.Resources.Sum(r => r.Name.Length + r.Figure.Length + (r.Note?.Length ?? 0) + 80), (City.Resources.Count * 6) + 2),
        "numbers" => LaterSection.Classes(200, Charts.Sum(c => 16 + c.Chart.Lines.Sum(l => l.Markers.Count + 2))),
        "profile" => LaterSection.Classes(City.BodyHtml.Length, 4),
        "sites" => LaterSection.Classes(Sites.Sites.Sum(s => s.Name.Length + 80), Sites.Sites.Count + 3),
        "claims" => LaterSection.Classes(City.Claims.Sum(c => c.Text.Length + (c.Note?.Length ?? 0) + 80) + 600, (City.Claims.Count * 2) + 10),
        "references" => LaterSection.Classes(City.References.Sum(r => r.Source.Title.Length + (r.Source.Publisher?.Length ?? 0) + (r.Source.Url?.Length ?? 0) + (r.Source.ReadAt?.Length ?? 0) + 60), City.References.Count),
        _ => "",
    };

    public ViewReference? ViewOf(EditionView edition) => ViewOf(City, edition, Language);

    /// <summary>The city as a student cites it in <paramref name="language"/>: in Chinese with its Chinese name and summary.</summary>
    public static ViewReference ViewOf(CityView city, EditionView edition, AtlasLanguage language)
    {
        ArgumentNullException.ThrowIfNull(city);
        var view = ViewOf(city, edition);
        return language == AtlasLanguage.Chinese ? view.InChinese(AtlasWords.Chinese("cite.city", city.NameZh), ViewReference.Shorten(city.Summary.Text, 300)) : view;
    }

    /// <summary>The city as a student cites it: its names in the title, embedded as the map centred on it.</summary>
    public static ViewReference ViewOf(CityView city, EditionView edition)
    {
        ArgumentNullException.ThrowIfNull(city);
        return ViewReference.ForCity(city.Slug, city.Name, city.NameZh, city.Lat, city.Lon, edition) with { Description = ViewReference.Shorten(city.Summary.Text, 300) };
    }
}
