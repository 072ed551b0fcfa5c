using IndustrialAtlas.Web.Settings;
using IndustrialAtlas.Web.Sharing;
using IndustrialAtlas.Web.Store;

namespace IndustrialAtlas.Web.Pages.Citable;

/// <summary>
/// The views a student can cite, by address: the one table that turns a path and query into the view's
/// <see cref="ViewReference"/>, for <c>/cite</c>, <c>/oembed</c>, the share pictures and the Share panel. Each entry calls
/// its page's own read function and the page's own <c>ViewOf</c>, so a view is described exactly as its page describes
/// itself in its head; an address that is not a view of the atlas, or a query its page refuses, has none.
/// </summary>
public static class ViewRoutes
{
    /// <summary>
    /// Describes the view at <paramref name="path"/> with <paramref name="query"/>, reading the edition the context is
    /// pinned to. Null when the address is not a view of the atlas (unknown page, city or claim, or a bad query).
    /// </summary>
    public static async Task<ViewReference?> ResolveAsync(AtlasDbContext db, EditionView edition, string path, IQueryCollection query, int currentYear, CancellationToken ct) =>
        path.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries) switch
        {
            [] or ["embed"] => Atlas.IndexModel.ViewOf(await Atlas.IndexModel.ReadAsync(db, query, currentYear, ct), edition),
            ["cities"] => Cities.IndexModel.ViewOf(await Cities.IndexModel.ReadAsync(db, null, null, null, null, ct), edition),
            ["cities", var slug] => await Cities.DetailsModel.ReadAsync(db, slug, currentYear, AtlasLanguage.English, ct) is { } city ? Cities.DetailsModel.ViewOf(city.City, edition) : null,
            ["claims"] => Claims.IndexModel.ViewOf(await Claims.IndexModel.ReadAsync(db, query, ct), edition),
            ["claims", var id] => await Claims.DetailsModel.ReadAsync(db, id, currentYear, ct) is { } claim ? Claims.DetailsModel.ViewOf(claim, edition) : null,
            ["eras", var slug] => await Eras.DetailsModel.ReadAsync(db, slug, ct) is { } era ? Eras.DetailsModel.ViewOf(era, edition) : null,
            ["resources", var slug] => await Resources.DetailsModel.ReadAsync(db, slug, ct) is { } resource ? Resources.DetailsModel.ViewOf(resource, edition) : null,
            ["sites"] => Sites.IndexModel.ViewOf(await Sites.IndexModel.ReadAsync(db, query, ct), edition),
            ["sites", var slug] => await Sites.DetailsModel.ReadAsync(db, slug, ct) is { } site ? Sites.DetailsModel.ViewOf(site, edition) : null,
            ["compare"] or ["embed", "compare"] => await Web.Atlas.CompareView.ReadAsync(db, query, currentYear, edition.Id, ct) is { Problem: null, Chart: not null } compare
                ? ViewReference.ForCompare(compare, edition) : null,
            _ => null,
        };
}
