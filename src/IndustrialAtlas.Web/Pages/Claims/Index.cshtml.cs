using IndustrialAtlas.Content;
using IndustrialAtlas.Web.Claims;
using IndustrialAtlas.Web.Pages.Common;
using IndustrialAtlas.Web.Settings;
using IndustrialAtlas.Web.Sharing;
using IndustrialAtlas.Web.Store;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace IndustrialAtlas.Web.Pages.Claims;

/// <summary><c>/claims</c>: every claim, filtered by city, support, resource and era, and the claim finder (<c>q=</c>), a page at a time.</summary>
public sealed class IndexModel(AtlasDbContext db, IStringLocalizer<AtlasStrings> text) : PageModel, ICitableView
{
    public sealed record Choice(string Slug, string Name, string? NameZh = null)
    {
        /// <summary>The name in the page's language; the English where the Chinese is not written yet.</summary>
        public string Named(AtlasLanguage language) => language == AtlasLanguage.Chinese && NameZh is not null ? NameZh : Name;
    }

    /// <summary>What <see cref="ReadAsync"/> reads: one page of the claims the filters keep, or why there is none.</summary>
    /// <param name="Filter">The filters and <c>q=</c> asked for.</param>
    /// <param name="Pages">Which page this is, and how many there are.</param>
    /// <param name="Problems">What is wrong with the query; nothing is listed when there is anything.</param>
    public sealed record Listing(ClaimFilter Filter, ClaimPages Pages, IReadOnlyList<Say> Problems)
    {
        /// <summary>A page after the last one was asked for.</summary>
        public bool PastTheEnd => Problems.Count == 0 && Pages.Page > Pages.Count;

        public IReadOnlyList<ClaimRow> Claims { get; init; } = [];

        /// <summary>How many claims of each support value match the other filters.</summary>
        public IReadOnlyDictionary<Support, int> Counts { get; init; } = new Dictionary<Support, int>();

        public IReadOnlyList<Choice> Cities { get; init; } = [];

        /// <summary>The resources with claims, and the one chosen.</summary>
        public IReadOnlyList<Choice> Resources { get; init; } = [];

        /// <summary>The eras with claims, and the one chosen.</summary>
        public IReadOnlyList<Choice> Eras { get; init; } = [];
    }

    public ClaimFilter Filter => Read.Filter;

    public IReadOnlyList<ClaimRow> Claims => Read.Claims;

    /// <summary>Which page of the matching claims this is, and how many there are.</summary>
    public ClaimPages Pages => Read.Pages;

    /// <summary>How many claims of each support value match the other filters.</summary>
    public IReadOnlyDictionary<Support, int> Counts => Read.Counts;

    public IReadOnlyList<Choice> Cities => Read.Cities;

    public IReadOnlyList<Choice> Resources => Read.Resources;

    public IReadOnlyList<Choice> Eras => Read.Eras;

    private Listing Read { get; set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Read = await ReadAsync(db, Request.Query, ct);
        if (Read.Problems.Count > 0)
        {
            return ErrorPage.Result(HttpContext, ViewData, StatusCodes.Status400BadRequest, text["claims.problem.title"],
                Say.Join(Read.Problems, HttpContext.Language()), [new ErrorLink("/claims", text["notfound.claim.all"])]);
        }

        if (Read.PastTheEnd)
        {
            return ErrorPage.Result(HttpContext, ViewData, StatusCodes.Status404NotFound, text["claims.problem.page.title", Pages.Page],
                text[Pages.Count == 1 ? "claims.problem.page.message.one" : "claims.problem.page.message.many", Pages.Count, ClaimPages.Size],
                [new ErrorLink(ClaimPages.Href(Filter, Pages.Count), text["claims.pager.page", Pages.Count]), new ErrorLink("/claims", text["notfound.claim.all"])]);
        }

        return Page();
    }

    public ViewReference? ViewOf(EditionView edition) => ViewOf(Read, edition, HttpContext.Language());

    /// <summary>A page of claims as cited in <paramref name="language"/>.</summary>
    public static ViewReference? ViewOf(Listing listing, EditionView edition, AtlasLanguage language)
    {
        ArgumentNullException.ThrowIfNull(listing);
        var view = ViewOf(listing, edition);
        return language == AtlasLanguage.Chinese ? view?.InChinese(AtlasWords.Chinese("cite.claims"), AtlasWords.Chinese("cite.claims.description", listing.Pages.Total)) : view;
    }

    /// <summary>
    /// A page of <c>/claims</c> as its reader sees it: the filters, <c>q=</c> and the page are in the cited address and
    /// the title says what the page lists; a query the page itself refuses has no citation.
    /// </summary>
    public static ViewReference? ViewOf(Listing listing, EditionView edition)
    {
        ArgumentNullException.ThrowIfNull(listing);
        ArgumentNullException.ThrowIfNull(edition);
        if (listing.Problems.Count > 0 || listing.PastTheEnd)
        {
            return null;
        }

        var (filter, pages) = (listing.Filter, listing.Pages);
        string Name(IReadOnlyList<Choice> choices, string slug) => choices.FirstOrDefault(c => c.Slug == slug)?.Name ?? slug;
        var parts = new List<string>();
        if (filter.City is not null)
        {
            parts.Add("about " + Name(listing.Cities, filter.City));
        }

        if (filter.Support is { } support)
        {
            parts.Add("rated " + support.ToWord());
        }

        if (filter.Resource is not null)
        {
            parts.Add("on " + Name(listing.Resources, filter.Resource));
        }

        if (filter.Era is not null)
        {
            parts.Add("in the era " + Name(listing.Eras, filter.Era));
        }

        if (filter.Q is not null)
        {
            parts.Add($"closest to \u201c{ViewReference.Shorten(filter.Q, 80)}\u201d");
        }

        var title = parts.Count == 0 ? "Claims about China's industrial cities and how well they are supported" : $"Claims {string.Join(", ", parts)}";
        if (pages.Count > 1)
        {
            title += $" (page {pages.Page} of {pages.Count})";
        }

        var href = ClaimPages.Href(filter, pages.Page);
        var path = href + (href.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "edition=" + edition.Id;
        return new ViewReference(title, path, $"/embed?edition={edition.Id}", edition)
        {
            Description = $"{ViewReference.Count(pages.Total, "statement", "statements")} about China's industrial cities{(parts.Count == 0 ? "" : ", " + string.Join(", ", parts))}, each rated supported, disputed, unsupported or false, with a note and its sources.",
        };
    }

    /// <summary>The page of claims <paramref name="query"/> asks for, with the counts by support and the filters' choices.</summary>
    public static async Task<Listing> ReadAsync(AtlasDbContext db, IQueryCollection query, CancellationToken ct)
    {
        var (filter, parsed) = await ClaimFilter.ParseAsync(query, db, ct);
        var (page, pageProblem) = ClaimPages.Parse(query);
        var problems = pageProblem is null ? parsed : [.. parsed, pageProblem];
        if (problems.Count > 0)
        {
            return new Listing(filter, new ClaimPages(1, 0), problems);
        }

        var ids = await filter.MatchingIdsAsync(db, ct);
        var listing = new Listing(filter, new ClaimPages(page, ids.Count), []);
        if (listing.PastTheEnd)
        {
            return listing;
        }

        var counted = filter.Q is null ? filter.Apply(db.Claims.AsNoTracking(), withSupport: false) : db.Claims.AsNoTracking().Where(c => ids.Contains(c.Id));
        var (resource, era) = (filter.Resource, filter.Era);
        return listing with
        {
            Claims = await ClaimRow.LoadAsync(db, listing.Pages.Of(ids), ct),
            Counts = (await counted.GroupBy(c => c.Support).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct)).ToDictionary(x => x.Key, x => x.Count),
            Cities = await db.Cities.AsNoTracking().OrderBy(c => c.Name).Select(c => new Choice(c.Slug, c.Name, c.NameZh)).ToListAsync(ct),
            Resources = await db.Resources.AsNoTracking().Where(r => r.Slug == resource || db.Claims.Any(c => c.ResourceId == r.Id)).OrderBy(r => r.Name).Select(r => new Choice(r.Slug, r.Name, r.NameZh)).ToListAsync(ct),
            Eras = await db.Eras.AsNoTracking().Where(e => e.Slug == era || db.Claims.Any(c => c.EraId == e.Id)).OrderBy(e => e.Start).Select(e => new Choice(e.Slug, e.Name, e.NameZh)).ToListAsync(ct),
        };
    }
}
