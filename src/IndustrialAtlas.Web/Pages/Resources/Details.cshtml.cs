using IndustrialAtlas.Web.Claims;
using IndustrialAtlas.Web.Pages.Common;
using IndustrialAtlas.Web.Settings;
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

    /// <summary>What the page shows, as <c>ReadAsync</c> reads it.</summary>
    public sealed record ResourcePage(ResourceView Resource, IReadOnlyList<Holding> Holdings, IReadOnlyList<ClaimRow> Claims);

    public ResourceView Resource => Read.Resource;

    public IReadOnlyList<Holding> Holdings => Read.Holdings;

    public IReadOnlyList<ClaimRow> Claims => Read.Claims;

    private ResourcePage Read { get; set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        if (await ReadAsync(db, slug, HttpContext.Language(), ct) is not { } read)
        {
            var chinese = HttpContext.Language() == AtlasLanguage.Chinese;
            var known = await db.Resources.AsNoTracking().Select(r => new Known(r.Slug, chinese && r.NameZh != null ? r.NameZh : r.Name)).ToListAsync(ct);
            return ErrorPage.NotFound(HttpContext, ViewData, "resource", slug, known, "/resources");
        }

        Read = read;
        return Page();
    }

    public ViewReference? ViewOf(EditionView edition) => ViewOf(Read, edition, HttpContext.Language());

    /// <summary>The resource as cited in <paramref name="language"/> (its page read in that language).</summary>
    public static ViewReference ViewOf(ResourcePage page, EditionView edition, AtlasLanguage language)
    {
        ArgumentNullException.ThrowIfNull(page);
        var view = ViewOf(page, edition);
        var title = AtlasWords.Chinese("cite.resource", page.Resource.Name);
        return language == AtlasLanguage.Chinese ? view.InChinese(title, title) : view;
    }

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
    public static Task<ResourcePage?> ReadAsync(AtlasDbContext db, string slug, CancellationToken ct) => ReadAsync(db, slug, AtlasLanguage.English, ct);

    /// <summary>As the other overload, in <paramref name="language"/> (the English where the Chinese is not written).</summary>
    public static async Task<ResourcePage?> ReadAsync(AtlasDbContext db, string slug, AtlasLanguage language, CancellationToken ct)
    {
        var chinese = language == AtlasLanguage.Chinese;
        var resource = await db.Resources.AsNoTracking().Where(r => r.Slug == slug).Select(r => new { View = new ResourceView(r.Slug, chinese && r.NameZh != null ? r.NameZh : r.Name, r.Kind), r.Id }).FirstOrDefaultAsync(ct);
        if (resource is null)
        {
            return null;
        }

        var rows = await db.CityResources.AsNoTracking().Where(r => r.ResourceId == resource.Id).OrderBy(r => r.City.Name).ThenBy(r => r.Position)
            .Select(r => new { r.City.Slug, r.City.Name, r.City.NameZh, r.Figure, r.Unit, r.FigureZh, r.UnitZh, r.Year, r.YearApproximate, Note = chinese && r.NoteZh != null ? r.NoteZh : r.Note }).ToListAsync(ct);
        var ids = await db.Claims.AsNoTracking().Where(c => c.ResourceId == resource.Id).OrderBy(c => c.City.Name).ThenBy(c => c.Position).Select(c => c.Id).ToListAsync(ct);
        return new ResourcePage(resource.View,
            [.. rows.Select(r => new Holding(r.Slug, r.Name, r.NameZh,
                r.Figure is null ? (chinese ? "无数据记录" : "no figure recorded")
                    : chinese && r.UnitZh is not null ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{r.FigureZh ?? r.Figure.Value:0.###}{r.UnitZh}")
                    : $"{r.Figure.Value:0.###} {r.Unit}",
                r.Year is null ? null : LocalFormat.Year(language, r.Year.Value, r.YearApproximate), r.Note))],
            await ClaimRow.LoadAsync(db, ids, ct));
    }
}
