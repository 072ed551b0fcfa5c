using IndustrialAtlas.Web.Atlas;
using IndustrialAtlas.Web.Pages.Common;
using IndustrialAtlas.Web.Settings;
using IndustrialAtlas.Web.Sharing;
using IndustrialAtlas.Web.Sites;
using IndustrialAtlas.Web.Store;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IndustrialAtlas.Web.Pages.Sites;

/// <summary><c>/sites</c>: the sites of the official lists, filtered by list, kind, city and province, with each list's account and counts.</summary>
public sealed class IndexModel(AtlasDbContext db) : PageModel, ICitableView
{
    /// <summary>What <see cref="ReadAsync"/> reads: the edition's lists and sites, the filter, and what is wrong with it.</summary>
    public sealed record Listing(SiteData Data, SiteFilter Filter, IReadOnlyList<Say> Problems)
    {
        /// <summary>The sites the filter keeps.</summary>
        public IReadOnlyList<SiteData.SiteItem> Sites { get; } = Problems.Count > 0 ? [] : [.. Filter.Apply(Data.Sites)];

        /// <summary>The kept sites by province, most first: (province, sites, of them drawn on the map).</summary>
        public IReadOnlyList<(string Province, int Sites, int Placed)> ByProvince =>
            [.. Sites.GroupBy(s => s.Place.Province).Select(g => (g.Key, g.Count(), g.Count(s => s.Lat is not null)))
                .OrderByDescending(p => p.Item2).ThenBy(p => p.Key, StringComparer.Ordinal)];
    }

    public Listing Read { get; private set; } = null!;

    public SiteData Data => Read.Data;

    public SiteFilter Filter => Read.Filter;

    public IReadOnlyList<SiteData.SiteItem> Sites => Read.Sites;

    /// <summary>The list chosen, when one is.</summary>
    public SiteData.ListItem? List => Data.List(Filter.List);

    /// <summary>The map of the kept sites: the chosen list (or every site of the kind) in the current year.</summary>
    public AtlasQuery MapView => AtlasQuery.View() with { List = Filter.List, Kind = Filter.Kind };

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Read = await ReadAsync(db, Request.Query, ct);
        return Read.Problems.Count > 0
            ? ErrorPage.Result(HttpContext, ViewData, StatusCodes.Status400BadRequest, ErrorPage.Text(HttpContext)["sites.problem.title"], Say.Join(Read.Problems, HttpContext.Language()),
                [new ErrorLink("/sites", ErrorPage.Text(HttpContext)["sites.every"]), .. Read.Data.Lists.Select(l => new ErrorLink("/sites?list=" + l.Slug, HttpContext.Language() == AtlasLanguage.Chinese ? l.NameZh : l.Name))])
            : Page();
    }

    public ViewReference? ViewOf(EditionView edition) => ViewOf(Read, edition, HttpContext.Language());

    /// <summary>The list of sites as cited in <paramref name="language"/>.</summary>
    public static ViewReference? ViewOf(Listing listing, EditionView edition, AtlasLanguage language)
    {
        var view = ViewOf(listing, edition);
        return language == AtlasLanguage.Chinese ? view?.InChinese(AtlasWords.Chinese("cite.sites"), AtlasWords.Chinese("cite.sites")) : view;
    }

    /// <summary>The index as a student cites it: the filters in the address and in the title; the map of the same sites as its embed.</summary>
    public static ViewReference? ViewOf(Listing listing, EditionView edition)
    {
        ArgumentNullException.ThrowIfNull(listing);
        ArgumentNullException.ThrowIfNull(edition);
        if (listing.Problems.Count > 0)
        {
            return null;
        }

        var filter = listing.Filter;
        var query = filter.ToQueryString();
        var pinned = $"{query}{(query.Length == 0 ? "?" : "&")}edition={edition.Id}";
        var map = AtlasQuery.View() with { List = filter.List, Kind = filter.Kind, Edition = edition.Id };
        var placed = listing.Sites.Count(s => s.Lat is not null);
        return new ViewReference(filter.Describe(listing.Data), "/sites" + pinned, "/embed" + map.ToQueryString(), edition)
        {
            Description = $"{ViewReference.Count(listing.Sites.Count, "site", "sites")} of China's official industrial lists ({placed} placed on the map), each with its place, years, what the list says of it and its sources.",
            ExtraDownloads = [("share.dl.sitelist.csv", "/api/sites.csv" + pinned), ("share.dl.sitelist.json", "/api/sites" + pinned)],
        };
    }

    /// <summary>The edition's lists and sites, and the filter <paramref name="query"/> asks for.</summary>
    public static async Task<Listing> ReadAsync(AtlasDbContext db, IQueryCollection query, CancellationToken ct)
    {
        var data = await SiteData.LoadAsync(db, ct);
        var (filter, problems) = SiteFilter.Parse(query, data);
        return new Listing(data, filter, problems);
    }
}
