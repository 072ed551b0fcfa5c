using IndustrialAtlas.Web.Editions;
using Serilog;

namespace IndustrialAtlas.Web.Hosting;

public static class AtlasPipelineExtensions
{
    /// <summary>
    /// Error pages, security headers, request logging and static files. Errors re-execute to
    /// <c>/error/{code}</c> so every status has a page that says what happened.
    /// </summary>
    public static WebApplication UseAtlasPipeline(this WebApplication app)
    {
        // Logging first, so a request re-executed to its error page is still one log line.
        app.UseSerilogRequestLogging(o => o.Logger = app.Services.GetRequiredService<Serilog.ILogger>());
        // Map tiles are off by default; a configured tile server is the one other origin images may come from.
        var tileUrl = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<AtlasOptions>>().Value.TileUrl;
        var tileOrigin = Uri.TryCreate(tileUrl?.Replace("{s}", "a", StringComparison.Ordinal), UriKind.Absolute, out var tiles) ? " " + tiles.GetLeftPart(UriPartial.Authority).Replace("//a.", "//*.", StringComparison.Ordinal) : "";
        app.UseExceptionHandler("/error/500");
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            // No inline scripts or styles anywhere; only /embed may be framed by other sites.
            var frameAncestors = context.Request.Path.StartsWithSegments("/embed") ? "*" : "'self'";
            headers.ContentSecurityPolicy =
                $"default-src 'self'; img-src 'self' data:{tileOrigin}; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors {frameAncestors}";
            await next();
        });
        app.UseResponseCompression();
        app.UseAtlasStaticFiles();
        app.UseRequestEdition();
        app.UseEditionCaching();
        app.UseRouting();
        app.UseEditionOutputCache();
        return app;
    }
}
