using IndustrialAtlas.Web.Atlas;
using IndustrialAtlas.Web.Pages.Common;
using IndustrialAtlas.Web.Settings;
using IndustrialAtlas.Web.Sharing;
using IndustrialAtlas.Web.Sites;
using IndustrialAtlas.Web.Store;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace IndustrialAtlas.Web.Pages.Atlas;

/// <summary>
/// <c>/</c>: the atlas map. The server renders the controls and the list of the cities the view shows, so the
/// URL works without JavaScript; <c>wwwroot/js/atlas/main.js</c> draws the map from the same state.
/// </summary>
public sealed class IndexModel(AtlasDbContext db, TimeProvider clock, IOptions<AtlasOptions> options) : PageModel, ICitableView
{
    /// <summary>What <see cref="ReadAsync"/> reads: the atlas's data and the view asked for, or what is wrong with it.</summary>
    /// <param name="Data">The cities, eras, resources and measures the map draws from.</param>
    /// <param name="View">The view the query asks for.</param>
    /// <param name="Problems">What is wrong with the query; the view cannot be shown when there is anything.</param>
    public sealed record MapPage(AtlasData Data, AtlasQuery View, IReadOnlyList<AtlasProblem> Problems)
    {
        /// <summary>The sites of the official lists the view shows, when it asks for them (<c>list=</c>, <c>kind=</c>).</summary>
        public SiteLayer? Sites { get; init; }
    }

    public AtlasData Data { get; private set; } = null!;

    /// <summary>The sites layer of the view, when it shows one.</summary>
    public SiteLayer? Sites { get; private set; }

    /// <summary>The sites the layer shows in the view's year.</summary>
    public IReadOnlyList<SiteLayer.ShownSite> ShownSites { get; private set; } = [];

    /// <summary>The official lists and kinds of site the filters offer.</summary>
    public SiteData.Choices SiteChoices { get; private set; } = null!;

    public AtlasQuery View { get; private set; } = null!;

    public int Year { get; private set; }

    public IReadOnlyList<AtlasData.ShownCity> Shown { get; private set; } = [];

    public IReadOnlyList<EraBand> Bands { get; private set; } = [];

    public TimeScale Scale { get; private set; } = null!;

    public TimelineHistogram Histogram { get; private set; } = null!;

    /// <summary>The measure that sizes the markers, when the view has one.</summary>
    public AtlasData.MeasureItem? Measure { get; private set; }

    public int BandRows => Bands.Count == 0 ? 1 : Bands.Max(b => b.Row) + 1;

    public string? TileUrl => options.Value.TileUrl;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var read = await ReadAsync(db, Request.Query, clock.GetUtcNow().Year, HttpContext.Language(), ct);
        Data = read.Data;
        if (read.Problems.Count > 0)
        {
            return BadView(HttpContext, ViewData, read.View, read.Problems);
        }

        var query = View = read.View;
        Year = Data.YearOf(query);
        Shown = Data.Shown(query);
        Bands = EraBand.Layout(Data);
        Scale = new TimeScale(Data.MinYear, Data.MaxYear);
        Histogram = TimelineHistogram.Of(Data);
        Measure = Data.MeasureOf(query);
        Sites = read.Sites;
        ShownSites = Sites?.Shown(Year) ?? [];
        SiteChoices = Sites is { } layer ? SiteData.Choices.Of(layer.Data) : await SiteData.Choices.ReadAsync(db, ct);
        return Page();
    }

    public ViewReference? ViewOf(EditionView edition)
    {
        var page = new MapPage(Data, View, []) { Sites = Sites };
        return ViewOf(page, edition, HttpContext.Language());
    }

    /// <summary>
    /// The map view as a student cites it in <paramref name="language"/>. In Chinese its title and description come
    /// from the names read in Chinese; the English title kept as its translation is made of its years alone.
    /// </summary>
    public static ViewReference? ViewOf(MapPage page, EditionView edition, AtlasLanguage language)
    {
        ArgumentNullException.ThrowIfNull(page);
        var view = ViewOf(page, edition);
        if (view is null || language != AtlasLanguage.Chinese)
        {
            return view;
        }

        var (data, query) = (page.Data, page.View);
        var years = data.YearsOf(query);
        var title = AtlasWords.Chinese(query.IsRange ? "cite.map.range" : "cite.map", years);
        title += query.Resource is { } resource ? "·" + data.ResourceName(resource) : "";
        title += query.Era is { } era ? "·" + data.EraName(era) : "";
        var shown = data.Shown(query);
        var description = ViewReference.Shorten(AtlasWords.Chinese("cite.map.description", shown.Count, years, string.Join("、", shown.Select(s => s.NameThen))), 300);
        return view.InChinese(title, description) with
        {
            EnglishTitle = query.IsRange
                ? $"Industrial cities of China active in {IndustrialAtlas.Content.AtlasYear.Span(query.From!.Value, query.To!.Value)}"
                : $"Industrial cities of China in {IndustrialAtlas.Content.AtlasYear.Format(data.YearOf(query))}",
        };
    }

    /// <summary>The atlas's data and the view <paramref name="query"/> asks for, with what is wrong with it.</summary>
    public static async Task<MapPage> ReadAsync(AtlasDbContext db, IQueryCollection query, int currentYear, AtlasLanguage language, CancellationToken ct)
    {
        var (view, problems) = AtlasQuery.Parse(query);
        var data = await AtlasData.LoadAsync(db, currentYear, language, ct);
        // The sites are read only for a view that shows them: the plain map stays as light as it was.
        var sites = SiteLayer.Of(view.HasSites ? await SiteData.LoadAsync(db, ct) : null, view);
        var siteProblems = sites?.Filter.Check(sites.Data).Select(m => new AtlasProblem(m.Key == "problem.kind" ? "kind" : "list", m)) ?? [];
        return new MapPage(data, view, [.. problems, .. data.Check(view), .. siteProblems]) { Sites = sites };
    }

    /// <summary>
    /// The map view as a student cites it: what it shows in the title, its year fixed in the address (a view of "now"
    /// would change), described as a screen reader hears it. None for a view that cannot be shown.
    /// </summary>
    public static ViewReference? ViewOf(MapPage page, EditionView edition)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(edition);
        if (page.Problems.Count > 0)
        {
            return null;
        }

        var data = page.Data;
        var view = page.View with { Edition = edition.Id };
        var title = view.IsRange ? $"Industrial cities of China active in {data.YearsOf(view)}" : $"Industrial cities of China in {data.YearsOf(view)}";
        // No colon before a lower-case word: APA capitalises the first word after a colon, and styles take the
        // title as it is stored.
        if (view.Resource is { } resource)
        {
            title += $" with {data.ResourceName(resource).ToLowerInvariant()}";
        }

        if (view.Era is { } era)
        {
            title += $" (era: {data.EraName(era)})";
        }

        if (data.MeasureOf(view) is { } measure)
        {
            title += $", sized by {measure.Name.ToLowerInvariant()}";
        }

        if (page.Sites is { } sites)
        {
            title += $", with the sites of {sites.Name}";
        }

        if (view.City is { } city)
        {
            title += $", centred on {data.Cities.First(c => c.Slug == city).NameAt(data.YearOf(view))}";
        }

        var stable = view.IsRange ? view : view with { Year = data.YearOf(view) };
        var alt = ViewReference.MapDescription(data, view);
        if (page.Sites is { } layer)
        {
            alt += $" With {ViewReference.Count(layer.Shown(data.YearOf(view)).Count, "site", "sites")} of {layer.Name}.";
        }

        var siteQuery = new SiteFilter(view.List, view.Kind, null, null).ToQueryString();
        return new ViewReference(title, "/" + stable.ToQueryString(), "/embed" + stable.ToQueryString(), edition)
        {
            Description = alt,
            ImageAlt = alt,
            ExtraDownloads = page.Sites is null ? [] : [("share.dl.sites.csv", $"/api/sites.csv{siteQuery}&edition={edition.Id}"), ("share.dl.sites.json", $"/api/sites{siteQuery}&edition={edition.Id}")],
        };
    }

    /// <summary>A 400 page that names each bad value and links to the nearest valid view.</summary>
    internal static IActionResult BadView(HttpContext http, Microsoft.AspNetCore.Mvc.ViewFeatures.ViewDataDictionary viewData, AtlasQuery query, IReadOnlyList<AtlasProblem> problems) =>
        ErrorPage.Result(http, viewData, StatusCodes.Status400BadRequest, ErrorPage.Text(http)["atlas.problem.title"],
            Say.Join(problems.Select(p => p.Message), http.Language()),
            [new ErrorLink(http.Request.Path + query.Without(problems).ToQueryString(), ErrorPage.Text(http)["atlas.problem.without"]), new ErrorLink("/", ErrorPage.Text(http)["atlas.problem.whole"])]);
}
