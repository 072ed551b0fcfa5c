using IndustrialAtlas.Content;
using IndustrialAtlas.Web.Pages.Common;
using IndustrialAtlas.Web.Store;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IndustrialAtlas.Web.Pages.Cities;

/// <summary><c>/cities</c>: every city with its province, key resources and the span of its phases, filterable by province, resource and era.</summary>
public sealed class IndexModel(AtlasDbContext db) : PageModel
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

    public IReadOnlyList<Row> Cities { get; private set; } = [];

    public int Total { get; private set; }

    public IReadOnlyList<string> Provinces { get; private set; } = [];

    public IReadOnlyList<Choice> ResourceChoices { get; private set; } = [];

    public IReadOnlyList<Choice> EraChoices { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    public bool Filtered => Province is not null || Resource is not null || Era is not null;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Provinces = await db.Cities.AsNoTracking().Select(c => c.Province).Distinct().OrderBy(p => p).ToListAsync(ct);
        ResourceChoices = await db.Resources.AsNoTracking().OrderBy(r => r.Name).Select(r => new Choice(r.Slug, r.Name)).ToListAsync(ct);
        EraChoices = await db.Eras.AsNoTracking().OrderBy(e => e.Start).Select(e => new Choice(e.Slug, e.Name)).ToListAsync(ct);
        var problems = new List<string>();
        if (Province is not null && !Provinces.Contains(Province))
        {
            problems.Add($"No city in the atlas is in a province called \u201c{Province}\u201d.");
        }

        if (Resource is not null && ResourceChoices.All(r => r.Value != Resource))
        {
            problems.Add($"There is no resource \u201c{Resource}\u201d.");
        }

        if (Era is not null && EraChoices.All(e => e.Value != Era))
        {
            problems.Add($"There is no era \u201c{Era}\u201d.");
        }

        if (Sort is not null && Sorts.All(x => x.Value != Sort))
        {
            problems.Add($"The index cannot be sorted by “{Sort}”; it sorts by {string.Join(", ", Sorts.Select(x => x.Value))}.");
        }

        if (problems.Count > 0)
        {
            return ErrorPage.Result(HttpContext, ViewData, StatusCodes.Status400BadRequest, "These cities cannot be listed", string.Join(' ', problems), [new ErrorLink("/cities", "All cities")]);
        }

        var cities = db.Cities.AsNoTracking();
        Total = await cities.CountAsync(ct);
        if (Province is not null)
        {
            cities = cities.Where(c => c.Province == Province);
        }

        if (Resource is not null)
        {
            cities = cities.Where(c => c.Resources.Any(r => r.Resource.Slug == Resource));
        }

        if (Era is not null)
        {
            cities = cities.Where(c => c.Phases.Any(p => p.Era.Slug == Era));
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
            Resources = c.Resources.OrderBy(r => r.Position).Select(r => r.Resource.Name).ToList(),
        }).ToListAsync(ct);
        var ordered = Sort switch
        {
            "province" => rows.OrderBy(c => c.Province, StringComparer.Ordinal).ThenBy(c => c.Name, StringComparer.Ordinal),
            "population" => rows.OrderByDescending(c => c.Population).ThenBy(c => c.Name, StringComparer.Ordinal),
            "history" => rows.OrderBy(c => c.First?.Start ?? int.MaxValue).ThenBy(c => c.Name, StringComparer.Ordinal),
            "claims" => rows.OrderByDescending(c => c.Claims).ThenBy(c => c.Name, StringComparer.Ordinal),
            _ => rows.OrderBy(c => c.Name, StringComparer.Ordinal),
        };
        Cities = [.. ordered.Select(c => new Row(c.Slug, c.Name, c.NameZh, c.Province,
            c.First is null ? "" : $"{AtlasYear.Format(c.First.Start, c.First.StartApproximate)} to today",
            [.. c.Resources.Distinct()])
        { Population = c.Population, PopulationYear = c.PopulationYear, Claims = c.Claims })];
        return Page();
    }
}
