using System.Collections.Frozen;
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
        var options = new StaticFileOptions
        {
            ContentTypeProvider = types,
            OnPrepareResponse = file => file.Context.Response.Headers.CacheControl =
                file.Context.Request.Query.ContainsKey("v") ? Immutable : "public, no-cache",
        };
        // Only an address under one of the web root's own top-level names can be a file: a page or an API answer
        // never asks the file system (the static file middleware looks every other address up on disk, a sixth of
        // the server's time on a kept answer). The names are read once, at start.
        var roots = app.Environment.WebRootFileProvider.GetDirectoryContents("").Select(f => f.Name).ToFrozenSet(StringComparer.Ordinal);
        app.UseWhen(context => MayBeFile(context.Request.Path, roots), branch => branch.UseStaticFiles(options));
        return app;
    }

    /// <summary>Whether the first segment of <paramref name="path"/> is a top-level file or folder of the web root.</summary>
    public static bool MayBeFile(PathString path, FrozenSet<string> roots)
    {
        var value = path.Value;
        if (value is null || value.Length < 2)
        {
            return false;
        }

        var end = value.IndexOf('/', 1);
        return roots.GetAlternateLookup<ReadOnlySpan<char>>().Contains(end < 0 ? value.AsSpan(1) : value.AsSpan(1, end - 1));
    }
}
