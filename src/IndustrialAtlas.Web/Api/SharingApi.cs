using System.Globalization;
using IndustrialAtlas.Web.Citations;
using IndustrialAtlas.Web.Editions;
using IndustrialAtlas.Web.Pages.Citable;
using IndustrialAtlas.Web.Settings;
using IndustrialAtlas.Web.Sharing;
using IndustrialAtlas.Web.Store;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IndustrialAtlas.Web.Api;

/// <summary><c>/cite</c> (a view's citation as text) and <c>/oembed</c> (an embed for sites that discover it).</summary>
public static partial class SharingApi
{
    public const int DefaultWidth = 600;
    public const int DefaultHeight = 400;

    /// <summary>A claim card's height: one claim, its note and a few sources.</summary>
    public const int CardHeight = 360;

    public sealed record OEmbed(
        [property: System.Text.Json.Serialization.JsonPropertyName("version")] string Version,
        [property: System.Text.Json.Serialization.JsonPropertyName("type")] string Type,
        [property: System.Text.Json.Serialization.JsonPropertyName("title")] string Title,
        [property: System.Text.Json.Serialization.JsonPropertyName("provider_name")] string ProviderName,
        [property: System.Text.Json.Serialization.JsonPropertyName("provider_url")] string ProviderUrl,
        [property: System.Text.Json.Serialization.JsonPropertyName("html")] string Html,
        [property: System.Text.Json.Serialization.JsonPropertyName("width")] int Width,
        [property: System.Text.Json.Serialization.JsonPropertyName("height")] int Height)
    {
        [System.Text.Json.Serialization.JsonPropertyName("thumbnail_url")]
        public string? ThumbnailUrl { get; init; }

        [System.Text.Json.Serialization.JsonPropertyName("thumbnail_width")]
        public int? ThumbnailWidth => ThumbnailUrl is null ? null : SharePicture.CardWidth;

        [System.Text.Json.Serialization.JsonPropertyName("thumbnail_height")]
        public int? ThumbnailHeight => ThumbnailUrl is null ? null : SharePicture.CardHeight;
    }

    public static WebApplication MapSharingApi(this WebApplication app)
    {
        // Each reads the edition of the view it describes, pinned before the handler runs, as for /api.
        app.MapRead("/cite", CiteAsync).Produces<string>(StatusCodes.Status200OK, "text/plain", "text/html", "application/x-bibtex", "application/x-research-info-systems", "application/vnd.citationstyles.csl+json").AddEndpointFilter(AtlasApi.PinEdition);
        app.MapRead("/oembed", OEmbedAsync).Produces<OEmbed>(StatusCodes.Status200OK, "application/json").AddEndpointFilter(AtlasApi.PinEdition);
        app.MapRead("/preview.svg", PreviewAsync).Produces<string>(StatusCodes.Status200OK, "image/svg+xml").AddEndpointFilter(AtlasApi.PinEdition);
        app.MapRead("/preview.png", PreviewPngAsync).Produces<byte[]>(StatusCodes.Status200OK, "image/png").AddEndpointFilter(AtlasApi.PinEdition);
        app.MapRead("/preview/claims/{id}.png", ClaimCardPngAsync).Produces<byte[]>(StatusCodes.Status200OK, "image/png").AddEndpointFilter(AtlasApi.PinEdition);
        return app;
    }

    /// <summary>The view a <c>url=</c> names, pinned to its edition, or the problem that says why there is none.</summary>
    private static async Task<(ViewReference? View, ProblemHttpResult? Problem)> ResolveAsync(HttpContext http, AtlasDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var url = http.Request.Query["url"].ToString();
        if (ViewReference.Split(url, http) is not var (path, query))
        {
            return (null, TypedResults.Problem(string.IsNullOrWhiteSpace(url)
                ? "Give the view to cite as 'url', e.g. /cite?url=/cities/anshan&style=apa."
                : $"\u201c{url}\u201d is not an address on this site.", statusCode: StatusCodes.Status400BadRequest, title: "No view to cite"));
        }

        var edition = http.PinnedEdition();
        // lang=zh asks for the view in Chinese (as its /zh address would): an embed's or a citation's words in Chinese.
        var lang = http.Request.Query["lang"].ToString();
        var language = lang.Length == 0 ? AtlasLanguage.English : AtlasLanguages.FromCode(lang);
        if (language is null)
        {
            return (null, TypedResults.Problem($"'lang' must be en or zh; it is \u201c{lang}\u201d.", statusCode: StatusCodes.Status400BadRequest, title: "Unknown language"));
        }

        if (language == AtlasLanguage.Chinese && !AtlasLanguages.IsChinese(path, out _))
        {
            path = AtlasLanguage.Chinese.In(path);
        }

        var view = await ViewRoutes.ResolveAsync(db, edition, path, query, clock.GetUtcNow().Year, ct);
        return view is null
            ? (null, TypedResults.Problem($"\u201c{url}\u201d is not a view of the atlas: no such page, city, claim, era or resource, or a query it cannot show.", statusCode: StatusCodes.Status404NotFound, title: "Unknown view"))
            : (view, null);
    }

    private static readonly string StyleList = string.Join(", ", CitationStyles.All.Select(s => s.Key));

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> CiteAsync(HttpContext http, AtlasDbContext db, TimeProvider clock, CitationRenderer renderer, CancellationToken ct)
    {
        var styleText = http.Request.Query["style"].ToString();
        var style = styleText.Length == 0 ? CitationStyles.Apa : CitationStyles.Find(styleText);
        if (style is null)
        {
            return TypedResults.Problem($"'style' must be one of {StyleList}; \u201c{styleText}\u201d is not.", statusCode: StatusCodes.Status400BadRequest, title: "Unknown citation style");
        }

        var format = http.Request.Query["format"].ToString();
        if (format.Length > 0 && format is not ("text" or "html"))
        {
            return TypedResults.Problem($"'format' must be text or html; \u201c{format}\u201d is not.", statusCode: StatusCodes.Status400BadRequest, title: "Unknown format");
        }

        var form = http.Request.Query["form"].ToString();
        if (form.Length > 0 && (form is not ("note" or "bibliography") || (form == "note" && style != CitationStyles.Chicago)))
        {
            return TypedResults.Problem("'form' is note or bibliography, and note is offered for the Chicago notes style only.", statusCode: StatusCodes.Status400BadRequest, title: "Unknown form");
        }

        var (view, problem) = await ResolveAsync(http, db, clock, ct);
        if (view is null)
        {
            return problem!;
        }

        var csl = view.ToCsl(http.Origin(), DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        if (!style.IsCsl)
        {
            var file = $"{csl.Id}.{style.Key switch { "bibtex" => "bib", "ris" => "ris", _ => "json" }}";
            http.Response.Headers.ContentDisposition = $"inline; filename=\"{file}\"";
            return TypedResults.Text(CitationStyles.FormatFile(csl, style), style.MediaType);
        }

        var rendered = renderer.Render(csl, style);
        var note = form == "note";
        return format == "html"
            ? TypedResults.Text(note ? rendered.NoteHtml! : rendered.Html, "text/html; charset=utf-8")
            : TypedResults.Text(note ? rendered.NoteText! : rendered.Text, "text/plain; charset=utf-8");
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> PreviewAsync(HttpContext http, AtlasDbContext db, TimeProvider clock, PreviewMap preview, CancellationToken ct)
    {
        var edition = http.PinnedEdition();

        var view = await ViewRoutes.ResolveAsync(db, edition, "/", http.Request.Query, clock.GetUtcNow().Year, ct);
        if (view is null)
        {
            return TypedResults.Problem("This map view cannot be shown; see / with the same query for what is wrong.", statusCode: StatusCodes.Status400BadRequest, title: "Bad map view");
        }

        var data = await Atlas.AtlasData.LoadAsync(db, clock.GetUtcNow().Year, view.Language, ct);
        var (query, _) = Atlas.AtlasQuery.Parse(http.Request.Query);
        return TypedResults.Text(preview.Draw(data, query, view.Title, edition.Id, sites: await SitesOfAsync(db, query, ct)), "image/svg+xml; charset=utf-8");
    }

    /// <summary>The sites layer of a map view, read only when the view shows one.</summary>
    private static async Task<Atlas.SiteLayer?> SitesOfAsync(AtlasDbContext db, Atlas.AtlasQuery query, CancellationToken ct) =>
        query.HasSites ? Atlas.SiteLayer.Of(await Sites.SiteData.LoadAsync(db, ct), query) : null;

    private static async Task<Results<JsonHttpResult<OEmbed>, ProblemHttpResult>> OEmbedAsync(HttpContext http, AtlasDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var format = http.Request.Query["format"].ToString();
        if (format.Length > 0 && format != "json")
        {
            return TypedResults.Problem("Only format=json is offered.", statusCode: StatusCodes.Status501NotImplemented, title: "Format not offered");
        }

        static int? Limit(string text) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : null;
        var width = Math.Min(DefaultWidth, Limit(http.Request.Query["maxwidth"].ToString()) ?? DefaultWidth);
        var height = Math.Min(DefaultHeight, Limit(http.Request.Query["maxheight"].ToString()) ?? DefaultHeight);
        // The oEmbed specification answers 404 for a URL the provider has no resource for, another site's included.
        var url = http.Request.Query["url"].ToString();
        if (!string.IsNullOrWhiteSpace(url) && ViewReference.Split(url, http) is null)
        {
            return TypedResults.Problem($"\u201c{url}\u201d is not an address on this site.", statusCode: StatusCodes.Status404NotFound, title: "Not a view of this atlas");
        }

        var (view, problem) = await ResolveAsync(http, db, clock, ct);
        if (view is null)
        {
            return problem!;
        }

        var origin = http.Origin();
        var isCard = view.OEmbedPathAndQuery != view.EmbedPathAndQuery;
        if (isCard && !http.Request.Query.ContainsKey("maxheight"))
        {
            height = Math.Min(height, CardHeight);
        }

        var src = System.Net.WebUtility.HtmlEncode(origin + view.OEmbedPathAndQuery);
        var title = System.Net.WebUtility.HtmlEncode(view.Title);
        var html = $"<iframe src=\"{src}\" width=\"{width}\" height=\"{height}\" title=\"{title}\" loading=\"lazy\"></iframe>";
        return TypedResults.Json(new OEmbed("1.0", "rich", view.Title, ViewReference.SiteName, origin, html, width, height)
        {
            ThumbnailUrl = origin + view.ImagePathAndQuery,
        });
    }
}
