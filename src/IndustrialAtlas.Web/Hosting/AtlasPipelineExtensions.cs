using System.Net;
using IndustrialAtlas.Web.Editions;
using IndustrialAtlas.Web.Settings;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace IndustrialAtlas.Web.Hosting;

public static class AtlasPipelineExtensions
{
    /// <summary>Settings of the web server itself: no <c>Server</c> header, forwarded headers from trusted proxies, HSTS.</summary>
    public static WebApplicationBuilder AddAtlasServer(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);
        builder.Services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<AtlasOptions>>((o, atlas) =>
        {
            // Behind a TLS proxy the scheme and the client come from its headers; only proxies named here are believed.
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var entry in (atlas.Value.TrustedProxies ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (System.Net.IPNetwork.TryParse(entry, out var network))
                {
                    o.KnownIPNetworks.Add(network);
                }
                else if (IPAddress.TryParse(entry, out var address))
                {
                    o.KnownProxies.Add(address);
                }
                else
                {
                    throw new InvalidOperationException($"Atlas:TrustedProxies has '{entry}', which is neither an IP address nor a network such as 10.0.0.0/8.");
                }
            }
        });
        return builder;
    }

    /// <summary>
    /// Error pages, security headers, request logging and static files. Errors re-execute to
    /// <c>/error/{code}</c> so every status has a page that says what happened.
    /// </summary>
    public static WebApplication UseAtlasPipeline(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseForwardedSchemeCheck();
        // Logging next, so a request re-executed to its error page is still one log line.
        var requestLog = new RequestLog(app.Services.GetRequiredService<Serilog.ILogger>());
        app.Use(requestLog.InvokeAsync);
        app.UseExceptionHandler("/error/500");
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseReadOnlyMethods();
        app.UseFutureDatesIgnored();
        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseStoreFaults();
        app.UseResponseCompression();
        app.UseAtlasStaticFiles();
        app.UseLowercaseAddresses();
        // After the static files (there are none under /zh) and before everything that reads the path.
        app.UseAtlasLanguage();
        app.UseRequestEdition();
        // The cache needs no endpoint, only the request's edition: a kept answer is served before routing, with the tag
        // and revalidation it was made with; the tags are made only for answers being made.
        app.UseAnswerCache();
        app.UseLanguageCulture();
        app.UseEditionCaching();
        // Only what the cache did not answer is limited.
        app.UseRateLimiter();
        app.UseRouting();
        // Named here so they run after the cache: left out, the host would put them first, where every kept answer
        // paid for a request scope and an authentication handler lookup the atlas (which signs no one in) never needs.
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    /// <summary>Every address of the atlas is read-only: GET and HEAD; any other method is 405 with <c>Allow</c>, answered here.</summary>
    private static void UseReadOnlyMethods(this WebApplication app) => app.Use((context, next) =>
    {
        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        {
            return next(context);
        }

        context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
        context.Response.Headers.Allow = "GET, HEAD";
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync("405 Method Not Allowed: the Industrial Atlas only answers GET and HEAD.\n");
    });

    private static void UseSecurityHeaders(this WebApplication app)
    {
        // Map tiles are off by default; a configured tile server is the one other origin images may come from.
        var tileUrl = app.Services.GetRequiredService<IOptions<AtlasOptions>>().Value.TileUrl;
        var tileOrigin = Uri.TryCreate(tileUrl?.Replace("{s}", "a", StringComparison.Ordinal), UriKind.Absolute, out var tiles) ? " " + tiles.GetLeftPart(UriPartial.Authority).Replace("//a.", "//*.", StringComparison.Ordinal) : "";
        // The policies are the same for every request but the embed's: built once, not per request.
        var policy = $"default-src 'self'; img-src 'self' data:{tileOrigin}; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors ";
        var ownPolicy = policy + "'self'";
        var embedPolicy = policy + "*";
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            var path = context.Request.Path;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            // What other sites may load: the embed, the share pictures, oEmbed, citations and the data; the rest is the site's own.
            var shared = path.StartsWithSegments("/embed") || path.StartsWithSegments("/preview.svg") || path.StartsWithSegments("/preview.png") || path.StartsWithSegments("/preview")
                || path.StartsWithSegments("/oembed") || path.StartsWithSegments("/cite") || path.StartsWithSegments("/api") || path.StartsWithSegments("/favicon.ico") || path.StartsWithSegments("/js/embed.js");
            headers["Cross-Origin-Resource-Policy"] = shared ? "cross-origin" : "same-origin";
            // The read-only data may be fetched by any site's script (no credentials, so no origin needs naming).
            if (ProtocolGuards.IsOpenData(path))
            {
                headers.AccessControlAllowOrigin = "*";
            }

            // No inline scripts or styles anywhere; only /embed may be framed by other sites.
            var embed = path.StartsWithSegments("/embed");
            headers.ContentSecurityPolicy = embed ? embedPolicy : ownPolicy;
            if (!embed)
            {
                headers.XFrameOptions = "SAMEORIGIN";
            }

            return next(context);
        });
    }
}
