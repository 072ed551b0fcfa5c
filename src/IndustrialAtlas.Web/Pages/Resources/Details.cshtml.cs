using IndustrialAtlas.Content;
using IndustrialAtlas.Web.Claims;
using IndustrialAtlas.Web.Pages.Common;
using IndustrialAtlas.Web.Sharing;
using IndustrialAtlas.Web.Store;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IndustrialAtlas.Web.Pages.Resources;

/// <summary><c>/resources/{slug}</c>: one resource across the cities, with figures and a link to the filtered map.</summary>
public sealed class DetailsModel(AtlasDbContext db) : PageModel, ICitableView
{
    public sealed record ResourceView(string Slug, string Name, string Kind);

    public sealed record Holding(string Slug, string Name, string NameZh, string Figure, string? Year, string? Note);

    /// <summary>What the page shows, as <see cref="ReadAsync"/> reads it.</summary>
    public sealed record ResourcePage(ResourceView Resource, IReadOnlyList<Holding> Holdings, IReadOnlyList<ClaimRow> Claims);

    public ResourceView Resource => Read.Resource;

    public IReadOnlyList<Holding> Holdings => Read.Holdings;

    public IReadOnlyList<ClaimRow> Claims => Read.Claims;

    private ResourcePage Read { get; set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        if (await ReadAsync(db, slug, ct) is not { } read)
        {
            var known = await db.Resources.AsNoTracking().Select(r => new Known(r.Slug, r.Name)).ToListAsync(ct);
            return ErrorPage.NotFound(HttpContext, ViewData, "resource", slug, known, "/resources");
        }

        Read = read;
        return Page();
    }

    public ViewReference ViewOf(EditionView edition) => ViewOf(Read, edition);

    /// <summary>The resource as a student cites it: the cities that hold it, and the map filtered by it.</summary>
    public static ViewReference ViewOf(ResourcePage page, EditionView edition)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(edition);
        var holders = page.Holdings.Select(h => h.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var name = page.Resource.Name;
        return new ViewReference($"{name} in China's industrial cities", $"/resources/{page.Resource.Slug}?edition={edition.Id}", $"/embed?resource={page.Resource.Slug}&edition={edition.Id}", edition)
        {
            Description = $"{name} in {ViewReference.Count(holders.Count, "industrial city", "industrial cities")} of China{(holders.Count == 0 ? "" : ": " + ViewReference.NameList(holders))}, with figures, years and sources.",
        };
    }

    /// <summary>The resource, the cities' figures for it and the claims about it; null when there is no such resource.</summary>
    public static async Task<ResourcePage?> ReadAsync(AtlasDbContext db, string slug, CancellationToken ct)
    {
        var resource = await db.Resources.AsNoTracking().Where(r => r.Slug == slug).Select(r => new { View = new ResourceView(r.Slug, r.Name, r.Kind), r.Id }).FirstOrDefaultAsync(ct);
        if (resource is null)
        {
            return null;
        }

        var rows = await db.CityResources.AsNoTracking().Where(r => r.ResourceId == resource.Id).OrderBy(r => r.City.Name).ThenBy(r => r.Position)
            .Select(r => new { r.City.Slug, r.City.Name, r.City.NameZh, r.Figure, r.Unit, r.Year, r.YearApproximate, r.Note }).ToListAsync(ct);
        var ids = await db.Claims.AsNoTracking().Where(c => c.ResourceId == resource.Id).OrderBy(c => c.City.Name).ThenBy(c => c.Position).Select(c => c.Id).ToListAsync(ct);
        return new ResourcePage(resource.View,
            [.. rows.Select(r => new Holding(r.Slug, r.Name, r.NameZh, r.Figure is null ? "no figure recorded" : $"{r.Figure.Value:0.###} {r.Unit}",
                r.Year is null ? null : AtlasYear.Format(r.Year.Value, r.YearApproximate), r.Note))],
            await ClaimRow.LoadAsync(db, ids, ct));
    }
}
