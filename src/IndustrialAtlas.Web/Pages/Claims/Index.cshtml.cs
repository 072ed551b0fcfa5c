using IndustrialAtlas.Content;
using IndustrialAtlas.Web.Claims;
using IndustrialAtlas.Web.Pages.Common;
using IndustrialAtlas.Web.Store;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IndustrialAtlas.Web.Pages.Claims;

/// <summary><c>/claims</c>: every claim, filtered by city, support, resource and era, and the claim finder (<c>q=</c>), a page at a time.</summary>
public sealed class IndexModel(AtlasDbContext db) : PageModel
{
    public sealed record Choice(string Slug, string Name);

    public ClaimFilter Filter { get; private set; } = null!;

    public IReadOnlyList<ClaimRow> Claims { get; private set; } = [];

    /// <summary>Which page of the matching claims this is, and how many there are.</summary>
    public ClaimPages Pages { get; private set; } = new(1, 0);

    /// <summary>How many claims of each support value match the other filters.</summary>
    public IReadOnlyDictionary<Support, int> Counts { get; private set; } = new Dictionary<Support, int>();

    public IReadOnlyList<Choice> Cities { get; private set; } = [];

    public IReadOnlyList<Choice> Resources { get; private set; } = [];

    public IReadOnlyList<Choice> Eras { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var (filter, parsed) = await ClaimFilter.ParseAsync(Request.Query, db, ct);
        var (page, pageProblem) = ClaimPages.Parse(Request.Query);
        var problems = pageProblem is null ? parsed : [.. parsed, pageProblem];
        if (problems.Count > 0)
        {
            return ErrorPage.Result(HttpContext, ViewData, StatusCodes.Status400BadRequest, "These claims cannot be listed",
                string.Join(' ', problems), [new ErrorLink("/claims", "All claims")]);
        }

        Filter = filter;
        var ids = await filter.MatchingIdsAsync(db, ct);
        Pages = new ClaimPages(page, ids.Count);
        if (page > Pages.Count)
        {
            return ErrorPage.Result(HttpContext, ViewData, StatusCodes.Status404NotFound, $"There is no page {page} of these claims",
                $"They fill {Pages.Count} page{(Pages.Count == 1 ? "" : "s")} of {ClaimPages.Size}.",
                [new ErrorLink(ClaimPages.Href(filter, Pages.Count), $"Page {Pages.Count}"), new ErrorLink("/claims", "All claims")]);
        }

        Claims = await ClaimRow.LoadAsync(db, Pages.Of(ids), ct);
        var counted = filter.Q is null ? filter.Apply(db.Claims.AsNoTracking(), withSupport: false) : db.Claims.AsNoTracking().Where(c => ids.Contains(c.Id));
        Counts = (await counted.GroupBy(c => c.Support).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct)).ToDictionary(x => x.Key, x => x.Count);
        Cities = await db.Cities.AsNoTracking().OrderBy(c => c.Name).Select(c => new Choice(c.Slug, c.Name)).ToListAsync(ct);
        Resources = await db.Resources.AsNoTracking().Where(r => db.Claims.Any(c => c.ResourceId == r.Id)).OrderBy(r => r.Name).Select(r => new Choice(r.Slug, r.Name)).ToListAsync(ct);
        Eras = await db.Eras.AsNoTracking().Where(e => db.Claims.Any(c => c.EraId == e.Id)).OrderBy(e => e.Start).Select(e => new Choice(e.Slug, e.Name)).ToListAsync(ct);
        return Page();
    }
}
