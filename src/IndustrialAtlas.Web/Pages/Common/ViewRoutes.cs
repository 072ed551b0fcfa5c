using IndustrialAtlas.Content;
using IndustrialAtlas.Web.Atlas;
using IndustrialAtlas.Web.Sharing;
using IndustrialAtlas.Web.Store;
using Microsoft.EntityFrameworkCore;

namespace IndustrialAtlas.Web.Pages.Common;

/// <summary>
/// The views a student can cite, by address: the one table that turns a path and query into the view's
/// <see cref="ViewReference"/>, for <c>/cite</c>, <c>/oembed</c>, the share pictures, the Share panel and a page's own
/// head. Each entry reads what its page reads (the comparison calls <see cref="CompareView.ReadAsync"/>, as its page does); an
/// address that is not a view of the atlas, or a query its page would refuse, has none.
/// </summary>
public static class ViewRoutes
{
    /// <summary>
    /// Describes the view at <paramref name="path"/> with <paramref name="query"/>, reading the edition the context is
    /// pinned to. Null when the address is not a view of the atlas (unknown page, city or claim, or a bad query).
    /// </summary>
    public static async Task<ViewReference?> ResolveAsync(AtlasDbContext db, EditionView edition, string path, IQueryCollection query, int currentYear, CancellationToken ct)
    {
        var segments = path.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        var pinned = $"?edition={edition.Id}";
        switch (segments)
        {
            case [] or ["embed"]:
                return await MapViewAsync(db, edition, query, currentYear, ct);
            case ["cities", var slug]:
                var city = await db.Cities.AsNoTracking().Where(c => c.Slug == slug).Select(c => new { c.Name, c.NameZh, c.Latitude, c.Longitude, c.Summary }).FirstOrDefaultAsync(ct);
                return city is null ? null : ViewReference.ForCity(slug, city.Name, city.NameZh, city.Latitude, city.Longitude, edition) with { Description = ViewReference.Shorten(city.Summary, 300) };
            case ["claims", var id]:
                var claim = await db.Claims.AsNoTracking().Where(c => c.Key == id).Select(c => new { c.Text, c.Support, City = c.City.Slug, CityName = c.City.Name, c.Year, c.Note }).FirstOrDefaultAsync(ct);
                return claim is null ? null : ViewReference.ForClaim(id, claim.Text, claim.Support, claim.City, claim.Year is { } y ? Math.Clamp(y, await MinYearAsync(db, currentYear, ct), currentYear) : null, edition) with
                {
                    Description = ViewReference.Shorten($"A claim about {claim.CityName}, rated {claim.Support.ToWord()} by Industrial Atlas{(string.IsNullOrWhiteSpace(claim.Note) ? "." : ": " + claim.Note)}", 300),
                };
            case ["eras", var slug]:
                var era = await db.Eras.AsNoTracking().Where(e => e.Slug == slug).Select(e => new { e.Name, e.Start, e.End, e.Summary }).FirstOrDefaultAsync(ct);
                return era is null ? null : new ViewReference(
                    $"{era.Name} ({AtlasYear.Span(era.Start, era.End)}) in China's industrial cities",
                    $"/eras/{slug}{pinned}", $"/embed?year={era.Start}&era={slug}&edition={edition.Id}", edition)
                {
                    Description = ViewReference.Shorten(era.Summary ?? $"The industrial cities of China in the era {era.Name}.", 300),
                };
            case ["resources", var slug]:
                var resource = await db.Resources.AsNoTracking().Where(r => r.Slug == slug).Select(r => r.Name).FirstOrDefaultAsync(ct);
                if (resource is null)
                {
                    return null;
                }

                var holders = await db.Cities.AsNoTracking().Where(c => c.Resources.Any(r => r.Resource.Slug == slug)).Select(c => c.Name).ToListAsync(ct);
                holders.Sort(StringComparer.Ordinal);
                return new ViewReference($"{resource} in China's industrial cities", $"/resources/{slug}{pinned}", $"/embed?resource={slug}&edition={edition.Id}", edition)
                {
                    Description = $"{resource} in {ViewReference.Count(holders.Count, "industrial city", "industrial cities")} of China{(holders.Count == 0 ? "" : ": " + ViewReference.NameList(holders))}, with figures, years and sources.",
                };
            case ["compare"] or ["embed", "compare"]:
                var compare = await CompareView.ReadAsync(db, query, currentYear, edition.Id, ct);
                return compare.Problem is null && compare.Chart is not null ? ViewReference.ForCompare(compare, edition) : null;
            case ["cities"]:
                var count = await db.Cities.AsNoTracking().CountAsync(ct);
                return new ViewReference("Industrial cities of China: Index", $"/cities{pinned}", $"/embed?edition={edition.Id}", edition)
                {
                    Description = $"Index of the {count} industrial cities of China in the atlas, by province, population, length of history and number of rated claims.",
                };
            case ["claims"]:
                return await ClaimsViewAsync(db, edition, query, ct);
            default:
                return null;
        }
    }

    /// <summary>
    /// A page of <c>/claims</c> as its reader sees it: the filters, <c>q=</c> and the page are in the cited address and
    /// the title says what the page lists; a query the page itself would refuse has no citation.
    /// </summary>
    private static async Task<ViewReference?> ClaimsViewAsync(AtlasDbContext db, EditionView edition, IQueryCollection query, CancellationToken ct)
    {
        var (filter, problems) = await Web.Claims.ClaimFilter.ParseAsync(query, db, ct);
        var (page, pageProblem) = Web.Claims.ClaimPages.Parse(query);
        if (problems.Count > 0 || pageProblem is not null)
        {
            return null;
        }

        var pages = new Web.Claims.ClaimPages(page, (await filter.MatchingIdsAsync(db, ct)).Count);
        if (page > pages.Count)
        {
            return null;
        }

        var parts = new List<string>();
        if (filter.City is not null)
        {
            parts.Add("about " + await db.Cities.AsNoTracking().Where(c => c.Slug == filter.City).Select(c => c.Name).FirstAsync(ct));
        }

        if (filter.Support is { } support)
        {
            parts.Add("rated " + support.ToWord());
        }

        if (filter.Resource is not null)
        {
            parts.Add("on " + await db.Resources.AsNoTracking().Where(r => r.Slug == filter.Resource).Select(r => r.Name).FirstAsync(ct));
        }

        if (filter.Era is not null)
        {
            parts.Add("in the era " + await db.Eras.AsNoTracking().Where(e => e.Slug == filter.Era).Select(e => e.Name).FirstAsync(ct));
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

        var href = Web.Claims.ClaimPages.Href(filter, page);
        var path = href + (href.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "edition=" + edition.Id;
        return new ViewReference(title, path, $"/embed?edition={edition.Id}", edition)
        {
            Description = $"{ViewReference.Count(pages.Total, "statement", "statements")} about China's industrial cities{(parts.Count == 0 ? "" : ", " + string.Join(", ", parts))}, each rated supported, disputed, unsupported or false, with a note and its sources.",
        };
    }

    private static async Task<int> MinYearAsync(AtlasDbContext db, int currentYear, CancellationToken ct) =>
        Math.Min(currentYear, await db.Eras.AsNoTracking().MinAsync(e => (int?)e.Start, ct) ?? currentYear);

    private static async Task<ViewReference?> MapViewAsync(AtlasDbContext db, EditionView edition, IQueryCollection query, int currentYear, CancellationToken ct)
    {
        var (parsed, problems) = AtlasQuery.Parse(query);
        var data = await AtlasData.LoadAsync(db, currentYear, ct);
        if (problems.Count > 0 || data.Check(parsed).Count > 0)
        {
            return null;
        }

        var view = parsed with { Edition = edition.Id };
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

        if (view.City is { } city)
        {
            title += $", centred on {data.Cities.First(c => c.Slug == city).NameAt(data.YearOf(view))}";
        }

        var stable = view.IsRange ? view : view with { Year = data.YearOf(view) };
        var alt = ViewReference.MapDescription(data, view);
        return new ViewReference(title, "/" + stable.ToQueryString(), "/embed" + stable.ToQueryString(), edition) { Description = alt, ImageAlt = alt };
    }
}
