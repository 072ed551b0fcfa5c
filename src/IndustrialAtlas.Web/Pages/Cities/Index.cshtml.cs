using IndustrialAtlas.Content;
using IndustrialAtlas.Web.Pages.Common;
using IndustrialAtlas.Web.Settings;
using IndustrialAtlas.Web.Sharing;
using IndustrialAtlas.Web.Store;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IndustrialAtlas.Web.Pages.Cities;

/// <summary><c>/cities</c>: every city with its province, key resources and the span of its phases, filterable by province, resource and era.</summary>
public sealed class IndexModel(AtlasDbContext db) : PageModel, ICitableView
{
    public sealed record Row(string Slug, string Name, string NameZh, string Province, string Span, IReadOnlyList<string> Resources)
    {
        public long Population { get; init; }

        public int PopulationYear { get; init; }

        public int Claims { get; init; }
    }

    /// <summary>The orders the index can be read in, by the <c>sort</c> value that asks for each.</summary>
    public static readonly IReadOnlyList<Choice> Sorts =
    [
        new("name", "Name"), new("province", "Province"), new("population", "Population, largest first"),
        new("history", "Earliest history first"), new("claims", "Most claims first"),
    ];

    public sealed record Choice(string Value, string Name);

    [BindProperty(SupportsGet = true, Name = "province")]
    public string? Province { get; set; }

    [BindProperty(SupportsGet = true, Name = "resource")]
    public string? Resource { get; set; }

    [BindProperty(SupportsGet = true, Name = "era")]
    public string? Era { get; set; }

    /// <summary>What the page lists, as <c>ReadAsync</c> reads it.</summary>
    /// <param name="Problems">What is wrong with the filters or the order asked for; nothing is listed when there is any.</param>
    /// <param name="Total">How many cities the atlas holds, whatever the filters.</param>
    /// <param name="Cities">The cities the filters keep, in the order asked for.</param>
    /// <param name="Provinces">The provinces that can be chosen.</param>
    /// <param name="ResourceChoices">The resources that can be chosen.</param>
    /// <param name="EraChoices">The eras that can be chosen.</param>
    public sealed record Listing(IReadOnlyList<Say> Problems, int Total, IReadOnlyList<Row> Cities, IReadOnlyList<string> Provinces,
        IReadOnlyList<Choice> ResourceChoices, IReadOnlyList<Choice> EraChoices);

    public IReadOnlyList<Row> Cities => Read.Cities;

    public int Total => Read.Total;

    public IReadOnlyList<string> Provinces => Read.Provinces;

    public IReadOnlyList<Choice> ResourceChoices => Read.ResourceChoices;

    public IReadOnlyList<Choice> EraChoices => Read.EraChoices;

    private Listing Read { get; set; } = null!;

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    public bool Filtered => Province is not null || Resource is not null || Era is not null;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Read = await ReadAsync(db, Province, Resource, Era, Sort, HttpContext.Language(), ct);
        return Read.Problems.Count > 0
            ? ErrorPage.Result(HttpContext, ViewData, StatusCodes.Status400BadRequest, ErrorPage.Text(HttpContext)["cities.problem.title"], Say.Join(Read.Problems, HttpContext.Language()), [new ErrorLink("/cities", ErrorPage.Text(HttpContext)["notfound.city.all"])])
            : Page();
    }

    public ViewReference? ViewOf(EditionView edition) => ViewOf(Read, edition, HttpContext.Language());

    /// <summary>The index as cited in <paramref name="language"/>.</summary>
    public static ViewReference ViewOf(Listing listing, EditionView edition, AtlasLanguage language)
    {
        ArgumentNullException.ThrowIfNull(listing);
        var view = ViewOf(listing, edition);
        return language == AtlasLanguage.Chinese ? view.InChinese(AtlasWords.Chinese("cite.cities"), AtlasWords.Chinese("cite.cities.description", listing.Total)) : view;
    }

    /// <summary>The index as a student cites it: the whole index (its filters are a reader's choice, not a view of its own).</summary>
    public static ViewReference ViewOf(Listing listing, EditionView edition)
    {
        ArgumentNullException.ThrowIfNull(listing);
        ArgumentNullException.ThrowIfNull(edition);
        return new ViewReference("Industrial cities of China: Index", $"/cities?edition={edition.Id}", $"/embed?edition={edition.Id}", edition)
        {
            Description = $"Index of the {listing.Total} industrial cities of China in the atlas, by province, population, length of history and number of rated claims.",
        };
    }

    /// <summary>The cities kept by the filters, in the order asked for, with what the filters can choose from.</summary>
    public static Task<Listing> ReadAsync(AtlasDbContext db, string? province, string? resource, string? era, string? sort, CancellationToken ct) =>
        ReadAsync(db, province, resource, era, sort, AtlasLanguage.English, ct);

    /// <summary>As the other overload, with the names of resources and eras and the timelines in <paramref name="language"/>.</summary>
    public static async Task<Listing> ReadAsync(AtlasDbContext db, string? province, string? resource, string? era, string? sort, AtlasLanguage language, CancellationToken ct)
    {
        var chinese = language == AtlasLanguage.Chinese;
        var provinces = await db.Cities.AsNoTracking().Select(c => c.Province).Distinct().OrderBy(p => p).ToListAsync(ct);
        var resourceChoices = await db.Resources.AsNoTracking().OrderBy(r => r.Name).Select(r => new Choice(r.Slug, chinese && r.NameZh != null ? r.NameZh : r.Name)).ToListAsync(ct);
        var eraChoices = await db.Eras.AsNoTracking().OrderBy(e => e.Start).Select(e => new Choice(e.Slug, chinese && e.NameZh != null ? e.NameZh : e.Name)).ToListAsync(ct);
        var problems = new List<Say>();
        if (province is not null && !provinces.Contains(province))
        {
            problems.Add(new Say("problem.province", province));
        }

        if (resource is not null && resourceChoices.All(r => r.Value != resource))
        {
            problems.Add(new Say("problem.resource", resource));
        }

        if (era is not null && eraChoices.All(e => e.Value != era))
        {
            problems.Add(new Say("problem.era", era));
        }

        if (sort is not null && Sorts.All(x => x.Value != sort))
        {
            problems.Add(new Say("problem.sort", sort, string.Join(", ", Sorts.Select(x => x.Value))));
        }

        var cities = db.Cities.AsNoTracking();
        var total = await cities.CountAsync(ct);
        if (problems.Count > 0)
        {
            return new Listing(problems, total, [], provinces, resourceChoices, eraChoices);
        }

        if (province is not null)
        {
            cities = cities.Where(c => c.Province == province);
        }

        if (resource is not null)
        {
            cities = cities.Where(c => c.Resources.Any(r => r.Resource.Slug == resource));
        }

        if (era is not null)
        {
            cities = cities.Where(c => c.Phases.Any(p => p.Era.Slug == era));
        }
        var rows = await cities.OrderBy(c => c.Name).Select(c => new
        {
            c.Slug,
            c.Name,
            c.NameZh,
            c.Province,
            c.Population,
            c.PopulationYear,
            Claims = c.Claims.Count,
            First = c.Phases.OrderBy(p => p.Start).Select(p => new { p.Start, p.StartApproximate }).FirstOrDefault(),
            Resources = c.Resources.OrderBy(r => r.Position).Select(r => chinese && r.Resource.NameZh != null ? r.Resource.NameZh : r.Resource.Name).ToList(),
        }).ToListAsync(ct);
        var ordered = sort switch
        {
            "province" => rows.OrderBy(c => c.Province, StringComparer.Ordinal).ThenBy(c => c.Name, StringComparer.Ordinal),
            "population" => rows.OrderByDescending(c => c.Population).ThenBy(c => c.Name, StringComparer.Ordinal),
            "history" => rows.OrderBy(c => c.First?.Start ?? int.MaxValue).ThenBy(c => c.Name, StringComparer.Ordinal),
            "claims" => rows.OrderByDescending(c => c.Claims).ThenBy(c => c.Name, StringComparer.Ordinal),
            _ => rows.OrderBy(c => c.Name, StringComparer.Ordinal),
        };
        return new Listing([], total, [.. ordered.Select(c => new Row(c.Slug, c.Name, c.NameZh, c.Province,
            c.First is null ? "" : chinese ? LocalFormat.Span(language, c.First.Start, null, c.First.StartApproximate) : $"{AtlasYear.Format(c.First.Start, c.First.StartApproximate)} to today",
            [.. c.Resources.Distinct()])
        { Population = c.Population, PopulationYear = c.PopulationYear, Claims = c.Claims })], provinces, resourceChoices, eraChoices);
    }
}
