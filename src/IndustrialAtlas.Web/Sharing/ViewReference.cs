using System.Globalization;
using IndustrialAtlas.Content;
using IndustrialAtlas.Web.Atlas;
using IndustrialAtlas.Web.Settings;
using IndustrialAtlas.Web.Store;
using Microsoft.AspNetCore.WebUtilities;

namespace IndustrialAtlas.Web.Sharing;

/// <summary>
/// What a student cites: one view of the atlas, pinned to its edition. The stable URL always carries
/// <c>edition=</c>, so it shows the same data after the content changes; the title says what the view shows.
/// </summary>
/// <param name="Title">What the view shows, as a citation's title.</param>
/// <param name="PathAndQuery">The view's stable address, with <c>edition=</c>.</param>
/// <param name="EmbedPathAndQuery">The <c>/embed</c> address that shows the same view on a map.</param>
/// <param name="Edition">The edition the view reads.</param>
public sealed partial record ViewReference(string Title, string PathAndQuery, string EmbedPathAndQuery, EditionView Edition)
{
    public const string SiteName = "Industrial Atlas";

    /// <summary>The atlas's name in Chinese, the author of a Chinese view.</summary>
    public const string SiteNameZh = "中国工业城市地图集";

    /// <summary>The language of the view: a view of the Chinese atlas (<c>/zh/…</c>) is cited in Chinese.</summary>
    public AtlasLanguage Language { get; init; }

    /// <summary>The English title of a Chinese view (its translation in a citation); the title itself otherwise.</summary>
    public string EnglishTitle
    {
        get => englishTitle ?? Title;
        init => englishTitle = value;
    }

    private readonly string? englishTitle;

    /// <summary>The view's address without the Chinese prefix.</summary>
    public string EnglishPathAndQuery => Language == AtlasLanguage.Chinese && PathAndQuery.StartsWith(AtlasLanguages.ChinesePrefix + "/", StringComparison.Ordinal)
        ? PathAndQuery[AtlasLanguages.ChinesePrefix.Length..]
        : PathAndQuery;

    /// <summary>
    /// The same view in the Chinese atlas: its Chinese title (the English one kept as its translation), its address under
    /// <c>/zh</c>, its embed and picture in Chinese (<c>lang=zh</c>), and its description and picture's alt text in Chinese.
    /// </summary>
    public ViewReference InChinese(string title, string description, string? imageAlt = null) => this with
    {
        Title = title,
        EnglishTitle = Title,
        Language = AtlasLanguage.Chinese,
        PathAndQuery = AtlasLanguage.Chinese.In(PathAndQuery),
        EmbedPathAndQuery = WithLang(EmbedPathAndQuery),
        OEmbedPathAndQuery = WithLang(OEmbedPathAndQuery),
        ImagePathAndQuery = WithLang(ImagePathAndQuery),
        Description = description,
        ImageAlt = imageAlt ?? description,
    };

    private static string WithLang(string pathAndQuery) => pathAndQuery + (pathAndQuery.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "lang=zh";

    /// <summary>What the view shows, in a sentence or two: the page's meta description and og:description, and, for a map,
    /// the alt text of its picture ("Map of 7 industrial cities of China in 1958, iron ore: Anshan, …").</summary>
    public string Description { get; init; } = "An atlas of China's industrial cities: each city's history, resources and figures, and every claim about it rated with its sources.";

    /// <summary>The alt text of the view's picture: the map's own description, a claim card's claim, or the map behind a page.</summary>
    public string ImageAlt
    {
        get => imageAlt ?? $"Map of China's industrial cities, for the view \u201c{Title}\u201d.";
        init => imageAlt = value;
    }

    private readonly string? imageAlt;

    /// <summary>The view's share picture (PNG, 1200 × 630): a claim's card, else the map of the view.</summary>
    public string ImagePathAndQuery
    {
        get => imagePathAndQuery ?? "/preview.png" + MapQuery;
        init => imagePathAndQuery = value;
    }

    private readonly string? imagePathAndQuery;

    /// <summary>What <c>/oembed</c> embeds: the view's embed, or for a claim its card.</summary>
    public string OEmbedPathAndQuery
    {
        get => oembedPathAndQuery ?? EmbedPathAndQuery;
        init => oembedPathAndQuery = value;
    }

    private readonly string? oembedPathAndQuery;

    /// <summary>Files particular to the view (a comparison's figures), listed before the map's.</summary>
    public IReadOnlyList<(string Label, string Href)> ExtraDownloads { get; init; } = [];

    /// <summary>Whether the view embeds as the map (every view but a comparison, which embeds as its chart).</summary>
    public bool IsMap => EmbedPathAndQuery == "/embed" || EmbedPathAndQuery.StartsWith("/embed?", StringComparison.Ordinal);

    /// <summary>The map query of the embed (for previews and map downloads), without the leading <c>/embed</c>; a
    /// comparison's preview is the map of its cities' present.</summary>
    public string MapQuery => IsMap ? EmbedPathAndQuery["/embed".Length..] : $"?edition={Edition.Id}";

    /// <summary>Files of this view's data, each with a label.</summary>
    public IReadOnlyList<(string Label, string Href)> Downloads
    {
        get
        {
            if (!IsMap)
            {
                return ExtraDownloads;
            }

            var map = QueryHelpers.ParseQuery(MapQuery);
            var claimFilter = new List<KeyValuePair<string, string?>>();
            foreach (var key in new[] { "city", "resource", "era" })
            {
                if (map.TryGetValue(key, out var value) && (key != "city" || PathAndQuery.StartsWith("/cities/", StringComparison.Ordinal) || PathAndQuery.StartsWith("/claims/", StringComparison.Ordinal)))
                {
                    claimFilter.Add(new(key, value.ToString()));
                }
            }

            claimFilter.Add(new("edition", Edition.Id));
            return
            [
                .. ExtraDownloads,
                // Each label is also the key of its words in the page's language (AtlasStrings share.dl.*).
                ("share.dl.cities.csv", "/api/atlas.csv" + MapQuery),
                ("share.dl.cities.geojson", "/api/atlas.geojson" + MapQuery),
                ("share.dl.claims.csv", "/api/claims.csv" + QueryString.Create(claimFilter)),
            ];
        }
    }

    /// <summary>A city page, embedded as the map centred on the city.</summary>
    public static ViewReference ForCity(string slug, string name, string nameZh, double lat, double lon, EditionView edition) =>
        new($"{name} ({nameZh}): History, resources and claims", $"/cities/{slug}?edition={edition.Id}",
            $"/embed?city={slug}&lat={lat.ToString("0.####", CultureInfo.InvariantCulture)}&lon={lon.ToString("0.####", CultureInfo.InvariantCulture)}&z=6&edition={edition.Id}", edition);

    /// <summary>A comparison of the cities' figures as a student cites it, embedded as its chart.</summary>
    public static ViewReference ForCompare(CompareView view, EditionView edition)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(edition);
        return new(view.Title, "/compare" + view.Query(edition.Id), "/embed/compare" + view.Query(edition.Id), edition)
        {
            Description = view.Indicator is null ? "Compare the figures of China's industrial cities over time." : $"Chart of {view.Indicator.Name.ToLowerInvariant()} over time in {view.Names()}, each series labelled with its source.",
            ExtraDownloads = view.Chart is null ? [] : [(view.Language == AtlasLanguage.Chinese ? AtlasWords.Chinese("share.dl.compare.csv", view.Indicator!.Name) : $"{view.Indicator!.Name} of these cities (CSV)", view.Chart.CsvHref.Contains("edition=", StringComparison.Ordinal) ? view.Chart.CsvHref : view.Chart.CsvHref + "&edition=" + edition.Id)],
        };
    }

    /// <summary>A claim, embedded as its city on the map in the claim's year (already within the slider's range).</summary>
    public static ViewReference ForClaim(string id, string text, Support support, string citySlug, int? mapYear, EditionView edition) =>
        new($"Claim ({support.ToWord()}): {text.TrimEnd('.')}", $"/claims/{id}?edition={edition.Id}",
            $"/embed?{(mapYear is { } y ? $"year={y}&" : "")}city={citySlug}&edition={edition.Id}", edition)
        {
            ImagePathAndQuery = $"/preview/claims/{id}.png?edition={edition.Id}",
            ImageAlt = $"Card of a claim rated {support.ToWord()} by Industrial Atlas: \u201c{text}\u201d",
            OEmbedPathAndQuery = $"/embed/claims/{id}?edition={edition.Id}",
        };
}
