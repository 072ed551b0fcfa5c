using IndustrialAtlas.Web.Atlas;
using IndustrialAtlas.Web.Pages.Common;
using IndustrialAtlas.Web.Settings;
using IndustrialAtlas.Web.Store;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace IndustrialAtlas.Web.Pages.Atlas;

/// <summary>
/// <c>/</c>: the atlas map. The server renders the controls and the list of the cities the view shows, so the
/// URL works without JavaScript; <c>wwwroot/js/atlas/main.js</c> draws the map from the same state.
/// </summary>
public sealed class IndexModel(AtlasDbContext db, TimeProvider clock, IOptions<AtlasOptions> options) : PageModel
{
    public AtlasData Data { get; private set; } = null!;

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
        var (query, problems) = AtlasQuery.Parse(Request.Query);
        Data = await AtlasData.LoadAsync(db, clock.GetUtcNow().Year, ct);
        problems = [.. problems, .. Data.Check(query)];
        if (problems.Count > 0)
        {
            return BadView(HttpContext, ViewData, query, problems);
        }

        View = query;
        Year = Data.YearOf(query);
        Shown = Data.Shown(query);
        Bands = EraBand.Layout(Data);
        Scale = new TimeScale(Data.MinYear, Data.MaxYear);
        Histogram = TimelineHistogram.Of(Data);
        Measure = Data.MeasureOf(query);
        return Page();
    }

    /// <summary>A 400 page that names each bad value and links to the nearest valid view.</summary>
    internal static IActionResult BadView(HttpContext http, Microsoft.AspNetCore.Mvc.ViewFeatures.ViewDataDictionary viewData, AtlasQuery query, IReadOnlyList<AtlasProblem> problems) =>
        ErrorPage.Result(http, viewData, StatusCodes.Status400BadRequest, "This map view cannot be shown",
            string.Join(' ', problems.Select(p => p.Message)),
            [new ErrorLink(http.Request.Path + query.Without(problems).ToQueryString(), "The same view without the values in error"), new ErrorLink("/", "The whole atlas")]);
}
