using IndustrialAtlas.Content;
using IndustrialAtlas.Web.Claims;
using IndustrialAtlas.Web.Pages.Common;
using IndustrialAtlas.Web.Settings;
using IndustrialAtlas.Web.Sharing;
using IndustrialAtlas.Web.Sites;
using IndustrialAtlas.Web.Store;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IndustrialAtlas.Web.Pages.Eras;

/// <summary><c>/eras/{slug}</c>: one national era across the cities, with a link to the map filtered by it.</summary>
public sealed class DetailsModel(AtlasDbContext db) : PageModel, ICitableView
{
    public sealed record EraView(string Slug, string Name, int Start, int? End, string? Summary);

    public sealed record CityPhase(string Slug, string Name, string NameZh, string Title, string Span, string? Summary);

    /// <summary>What the page shows, as <c>ReadAsync</c> reads it.</summary>
    public sealed record EraPage(EraView Era, IReadOnlyList<CityPhase> Phases, IReadOnlyList<ClaimRow> Claims)
    {
        /// <summary>The sites of the official lists work began on in the era, and the lists they are on.</summary>
        public (SiteData Data, IReadOnlyList<SiteData.SiteItem> Sites) Sites { get; init; }
    }

    public EraView Era => Read.Era;

    public IReadOnlyList<CityPhase> Phases => Read.Phases;

    public IReadOnlyList<ClaimRow> Claims => Read.Claims;

    public (SiteData Data, IReadOnlyList<SiteData.SiteItem> Sites) Sites => Read.Sites;

    private EraPage Read { get; set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        if (await ReadAsync(db, slug, HttpContext.Language(), ct) is not { } read)
        {
            var chinese = HttpContext.Language() == AtlasLanguage.Chinese;
            var known = await db.Eras.AsNoTracking().Select(e => new Known(e.Slug, chinese && e.NameZh != null ? e.NameZh : e.Name)).ToListAsync(ct);
            return ErrorPage.NotFound(HttpContext, ViewData, "era", slug, known, "/eras");
        }

        Read = read;
        return Page();
    }

    public ViewReference? ViewOf(EditionView edition) => ViewOf(Read, edition, HttpContext.Language());

    /// <summary>The era as cited in <paramref name="language"/> (its page read in that language).</summary>
    public static ViewReference ViewOf(EraPage page, EditionView edition, AtlasLanguage language)
    {
        ArgumentNullException.ThrowIfNull(page);
        var view = ViewOf(page, edition);
        var title = AtlasWords.Chinese("cite.era", page.Era.Name, LocalFormat.Span(language, page.Era.Start, page.Era.End));
        return language == AtlasLanguage.Chinese ? view.InChinese(title, ViewReference.Shorten(page.Era.Summary ?? title, 300)) : view;
    }

    /// <summary>The era as a student cites it: its span, and the map filtered by it from its first year.</summary>
    public static ViewReference ViewOf(EraPage page, EditionView edition)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(edition);
        var era = page.Era;
        return new ViewReference($"{era.Name} ({AtlasYear.Span(era.Start, era.End)}) in China's industrial cities",
            $"/eras/{era.Slug}?edition={edition.Id}", $"/embed?year={era.Start}&era={era.Slug}&edition={edition.Id}", edition)
        {
            Description = ViewReference.Shorten(era.Summary ?? $"The industrial cities of China in the era {era.Name}.", 300),
        };
    }

    /// <summary>The era, the cities' phases in it and the claims about it; null when there is no such era.</summary>
    public static Task<EraPage?> ReadAsync(AtlasDbContext db, string slug, CancellationToken ct) => ReadAsync(db, slug, AtlasLanguage.English, ct);

    /// <summary>As the other overload, in <paramref name="language"/> (the English where the Chinese is not written).</summary>
    public static async Task<EraPage?> ReadAsync(AtlasDbContext db, string slug, AtlasLanguage language, CancellationToken ct)
    {
        var chinese = language == AtlasLanguage.Chinese;
        var era = await db.Eras.AsNoTracking().Where(e => e.Slug == slug)
            .Select(e => new { View = new EraView(e.Slug, chinese && e.NameZh != null ? e.NameZh : e.Name, e.Start, e.End, chinese && e.SummaryZh != null ? e.SummaryZh : e.Summary), e.Id }).FirstOrDefaultAsync(ct);
        if (era is null)
        {
            return null;
        }

        var phases = await db.Phases.AsNoTracking().Where(p => p.EraId == era.Id).OrderBy(p => p.Start).ThenBy(p => p.City.Name)
            .Select(p => new { p.City.Slug, p.City.Name, p.City.NameZh, Title = chinese && p.TitleZh != null ? p.TitleZh : p.Title, p.Start, p.StartApproximate, p.End, p.EndApproximate, Summary = chinese && p.SummaryZh != null ? p.SummaryZh : p.Summary }).ToListAsync(ct);
        var ids = await db.Claims.AsNoTracking().Where(c => c.EraId == era.Id).OrderBy(c => c.City.Name).ThenBy(c => c.Position).Select(c => c.Id).ToListAsync(ct);
        var sites = await SiteData.LoadAsync(db, ct);
        var begun = sites.Sites.Where(s => s.Began(sites) is { } y && y >= era.View.Start && (era.View.End is null || y <= era.View.End))
            .OrderBy(s => s.Began(sites)).ThenBy(s => s.Name, StringComparer.Ordinal).ToList();
        return new EraPage(era.View,
            [.. phases.Select(p => new CityPhase(p.Slug, p.Name, p.NameZh, p.Title, LocalFormat.Span(language, p.Start, p.End, p.StartApproximate, p.EndApproximate), p.Summary))],
            await ClaimRow.LoadAsync(db, ids, ct))
        { Sites = (sites, begun) };
    }
}
