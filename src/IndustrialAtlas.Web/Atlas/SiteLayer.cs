using IndustrialAtlas.Web.Sites;

namespace IndustrialAtlas.Web.Atlas;

/// <summary>
/// The sites a map view shows as their own layer under the cities: those of its list (and kind) placed on the map and
/// on the list by the view's year (a range: by its last year). The server-rendered list, the GeoJSON, the picture and
/// the script (from <c>/api/atlas/sites.json</c>, with each site's first year written here) all answer from this.
/// </summary>
public sealed record SiteLayer(SiteData Data, SiteFilter Filter)
{
    /// <summary>One site on the layer, with the year it appears from.</summary>
    public sealed record ShownSite(SiteData.SiteItem Site, int From);

    /// <summary>The layer of a view, or null when the view shows no sites.</summary>
    public static SiteLayer? Of(SiteData? data, AtlasQuery view) =>
        data is null || !view.HasSites ? null : new SiteLayer(data, new SiteFilter(view.List, view.Kind, null, null));

    /// <summary>The year a site appears on this layer: under the chosen list, or the earliest of its lists.</summary>
    public int From(SiteData.SiteItem site) => Filter.List is { } list && Data.List(list) is { } chosen
        ? site.ShownFrom(chosen)
        : site.Lists.Select(l => Data.List(l.Slug)).OfType<SiteData.ListItem>().Select(site.ShownFrom).DefaultIfEmpty(int.MaxValue).Min();

    /// <summary>The sites the layer shows in <paramref name="year"/>: placed, kept by the filter, and on the list by then.</summary>
    public IReadOnlyList<ShownSite> Shown(int year) =>
        [.. Filter.Apply(Data.Sites).Where(s => s.Lat is not null).Select(s => new ShownSite(s, From(s))).Where(s => s.From <= year)];

    /// <summary>The layer's name for Chinese titles: the list's Chinese name, with the kind's (<paramref name="kindName"/>) where one is chosen.</summary>
    public string ChineseName(string? kindName) => Filter.List is { } list && Data.List(list) is { } chosen
        ? chosen.NameZh + (kindName is null ? "" : $"（{kindName}）")
        : $"官方名录中的{kindName}";

    /// <summary>The layer's name for titles: "the 156 projects", "coal mines of the official lists".</summary>
    public string Name => Filter.List is { } list && Data.List(list) is { } chosen
        ? chosen.InSentence + (Filter.Kind is null ? "" : $" ({SiteFilter.KindName(Filter.Kind)})")
        : $"{SiteFilter.KindName(Filter.Kind!)} sites of the official lists";
}
