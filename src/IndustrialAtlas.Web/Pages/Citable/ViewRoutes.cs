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
    public static async Task<ViewReference?> ResolveAsync(AtlasDbContext db, EditionView edition, string path, IQueryCollection query, int currentYear, CancellationToken ct)
    {
        // A view of the Chinese atlas is its English twin's address under /zh (an embed says lang=zh instead).
        var language = AtlasLanguages.IsChinese(path, out var english)
            ? AtlasLanguage.Chinese
            : AtlasLanguages.FromCode(query["lang"].ToString()) ?? AtlasLanguage.English;
        return await ReadAsync(db, edition, english, query, currentYear, language, ct);
    }

    private static async Task<ViewReference?> ReadAsync(
        AtlasDbContext db, EditionView edition, string path, IQueryCollection query, int currentYear, AtlasLanguage language, CancellationToken ct)
    {
        switch (path.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            case [] or ["embed"]:
                var map = await Atlas.IndexModel.ReadAsync(db, query, currentYear, language, ct);
                return Atlas.IndexModel.ViewOf(map, edition, language);
            case ["cities"]:
                var cities = await Cities.IndexModel.ReadAsync(db, null, null, null, null, language, ct);
                return Cities.IndexModel.ViewOf(cities, edition, language);
            case ["cities", var slug]:
                var city = await Cities.DetailsModel.ReadAsync(db, slug, currentYear, language, ct);
                return city is null ? null : Cities.DetailsModel.ViewOf(city.City, edition, language);
            case ["claims"]:
                var claims = await Claims.IndexModel.ReadAsync(db, query, ct);
                return Claims.IndexModel.ViewOf(claims, edition, language);
            case ["claims", var id]:
                var claim = await Claims.DetailsModel.ReadAsync(db, id, currentYear, ct);
                return claim is null ? null : Claims.DetailsModel.ViewOf(claim, edition, language);
            case ["eras", var slug]:
                var era = await Eras.DetailsModel.ReadAsync(db, slug, language, ct);
                return era is null ? null : Eras.DetailsModel.ViewOf(era, edition, language);
            case ["resources", var slug]:
                var resource = await Resources.DetailsModel.ReadAsync(db, slug, language, ct);
                return resource is null ? null : Resources.DetailsModel.ViewOf(resource, edition, language);
            case ["sites"]:
                var sites = await Sites.IndexModel.ReadAsync(db, query, ct);
                return Sites.IndexModel.ViewOf(sites, edition, language);
            case ["sites", var slug]:
                var site = await Sites.DetailsModel.ReadAsync(db, slug, ct);
                return site is null ? null : Sites.DetailsModel.ViewOf(site, edition, language);
            case ["compare"] or ["embed", "compare"]:
                var compare = await Web.Atlas.CompareView.ReadAsync(db, query, currentYear, edition.Id, language, ct);
                return compare is { Problem: null, Chart: not null } ? Compare.IndexModel.ViewOf(compare, edition, language) : null;
            default:
                return null;
        }
    }
}
