using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.StaticFiles;

namespace IndustrialAtlas.Web.Hosting;

/// <summary>
/// What the browser downloads: text compressed with Brotli or gzip (pages, JSON, GeoJSON, CSV, SVG, CSS, scripts and
/// the basemap), and static files cached by how they are addressed: a versioned address (<c>?v=</c>, which changes
/// with the file) for a year, immutable; any other address revalidated each time against its ETag.
/// </summary>
public static class AtlasStaticFiles
{
    public const string Immutable = "public, max-age=31536000, immutable";

    private static readonly string[] CompressedTypes =
    [
        "application/geo+json", "application/vnd.citationstyles.csl+json", "application/problem+json", "image/svg+xml",
        "text/csv", "application/x-bibtex", "image/x-icon", "application/manifest+json",
    ];

    public static WebApplicationBuilder AddAtlasCompression(this WebApplicationBuilder builder)
    {
        builder.Services.AddResponseCompression(o =>
        {
            // The atlas's pages hold no secrets or per-user tokens, so compressing over HTTPS gives BREACH nothing to find.
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, .. CompressedTypes];
        });
        return builder;
    }

    public static WebApplication UseAtlasStaticFiles(this WebApplication app)
    {
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".geojson"] = "application/geo+json";
        types.Mappings[".topojson"] = "application/json";
        app.UseStaticFiles(new StaticFileOptions
        {
            ContentTypeProvider = types,
            OnPrepareResponse = file => file.Context.Response.Headers.CacheControl =
                file.Context.Request.Query.ContainsKey("v") ? Immutable : "public, no-cache",
        });
        return app;
    }
}
