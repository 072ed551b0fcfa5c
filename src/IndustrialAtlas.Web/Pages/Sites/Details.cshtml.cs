using IndustrialAtlas.Web.Atlas;
using IndustrialAtlas.Web.Pages.Common;
using IndustrialAtlas.Web.Settings;
using IndustrialAtlas.Web.Sharing;
using IndustrialAtlas.Web.Sites;
using IndustrialAtlas.Web.Store;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace IndustrialAtlas.Web.Pages.Sites;

/// <summary><c>/sites/{slug}</c>: one site with its names, place and how precisely it is known, years, lists, note and sources.</summary>
public sealed class DetailsModel(AtlasDbContext db) : PageModel, ICitableView
{
    /// <summary>What the page shows, as <see cref="ReadAsync"/> reads it: the site, the lists it is on, and its city's name when profiled.</summary>
    public sealed record SitePage(SiteData.SiteItem Site, IReadOnlyList<SiteData.ListItem> Lists, string? CityName)
    {
        /// <summary>The city's Chinese name, when profiled.</summary>
        public string? CityNameZh { get; init; }

        /// <summary>The map of the site's first list in the year it appears there, centred on the site.</summary>
        public AtlasQuery Map
        {
            get
            {
                var list = Lists[0];
                var view = AtlasQuery.View(year: Site.ShownFrom(list)) with { List = list.Slug };
                return Site.Lat is { } lat && Site.Lon is { } lon ? view with { Lat = lat, Lon = lon, Zoom = 7 } : view;
            }
        }
    }

    public SitePage Read { get; private set; } = null!;

    public SiteData.SiteItem Site => Read.Site;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        if (await ReadAsync(db, slug, ct) is not { } read)
        {
            var chinese = HttpContext.Language() == AtlasLanguage.Chinese;
            var known = (await SiteData.LoadAsync(db, ct)).Sites.Select(s => new Known(s.Slug, chinese && s.NameZh is not null ? s.NameZh : s.Name)).ToList();
            return ErrorPage.NotFound(HttpContext, ViewData, "site", slug, known, "/sites");
        }

        Read = read;
        return Page();
    }

    public ViewReference? ViewOf(EditionView edition) => ViewOf(Read, edition, HttpContext.Language());

    /// <summary>The site as cited in <paramref name="language"/>.</summary>
    public static ViewReference ViewOf(SitePage page, EditionView edition, AtlasLanguage language)
    {
        ArgumentNullException.ThrowIfNull(page);
        var view = ViewOf(page, edition);
        var name = page.Site.NameZh ?? page.Site.Name;
        return language == AtlasLanguage.Chinese ? view.InChinese(name, $"{AtlasWords.Chinese("cite.sites")}：{name}") : view;
    }

    /// <summary>The site as a student cites it: its names and lists, embedded as the map of its list centred on it.</summary>
    public static ViewReference ViewOf(SitePage page, EditionView edition)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(edition);
        var site = page.Site;
        var names = site.NameZh is null ? site.Name : $"{site.Name} ({site.NameZh})";
        var lists = string.Join(" and ", page.Lists.Select(l => l.InSentence));
        return new ViewReference($"{names}, on {lists}", $"/sites/{site.Slug}?edition={edition.Id}", "/embed" + (page.Map with { Edition = edition.Id }).ToQueryString(), edition)
        {
            Description = ViewReference.Shorten($"{names}: a {SiteFilter.KindName(site.Kind)} in {site.PlaceText}, on {lists}. {site.Note}", 300),
        };
    }

    /// <summary>The site and the lists it is on; null when there is no such site.</summary>
    public static async Task<SitePage?> ReadAsync(AtlasDbContext db, string slug, CancellationToken ct)
    {
        var data = await SiteData.LoadAsync(db, ct);
        if (data.Site(slug) is not { } site)
        {
            return null;
        }

        var city = site.City is null ? null : await db.Cities.AsNoTracking().Where(c => c.Slug == site.City).Select(c => new { c.Name, c.NameZh }).FirstOrDefaultAsync(ct);
        return new SitePage(site, [.. site.Lists.Select(l => data.List(l.Slug)).OfType<SiteData.ListItem>()], city?.Name) { CityNameZh = city?.NameZh };
    }
}
