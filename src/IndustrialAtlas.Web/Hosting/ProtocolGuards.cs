using System.Globalization;
using Microsoft.Net.Http.Headers;

namespace IndustrialAtlas.Web.Hosting;

/// <summary>
/// What the atlas believes of a request's headers and address, and what it lets other sites read:
/// a forwarded scheme is http or https or the request is refused; an <c>If-Modified-Since</c> in the future is no
/// date at all; an address typed in capitals is sent to its lowercase form; the read-only data may be loaded by any
/// site (CORS), the pages only by the atlas itself.
/// </summary>
public static class ProtocolGuards
{
    /// <summary>Right after the forwarded headers are applied: only http and https may come from a proxy.</summary>
    public static WebApplication UseForwardedSchemeCheck(this WebApplication app)
    {
        // Each guard of this file passes a request on without an async frame of its own: a kept answer goes through
        // all of them, and a frame each was garbage on every request.
        app.Use((context, next) =>
        {
            // A scheme's name is case-insensitive (RFC 3986, 3.1): HTTPS is https, written the one way every link uses.
            var scheme = context.Request.Scheme;
            if (scheme is "http" or "https")
            {
                return next(context);
            }

            if (string.Equals(scheme, "http", StringComparison.OrdinalIgnoreCase) || string.Equals(scheme, "https", StringComparison.OrdinalIgnoreCase))
            {
                context.Request.Scheme = scheme.ToLowerInvariant();
                return next(context);
            }

            context.Request.Scheme = context.Request.IsHttps ? "https" : "http";
            return PlainAsync(context, StatusCodes.Status400BadRequest, "400 Bad Request: X-Forwarded-Proto must be http or https.");
        });
        return app;
    }

    /// <summary>
    /// An <c>If-Modified-Since</c> later than now says nothing about a response made now (RFC 9110, 13.1.3): it is
    /// dropped before any cache or static file reads it, so it can never earn a 304.
    /// </summary>
    public static WebApplication UseFutureDatesIgnored(this WebApplication app)
    {
        var clock = app.Services.GetRequiredService<TimeProvider>();
        app.Use((context, next) =>
        {
            var headers = context.Request.Headers;
            if (headers.IfModifiedSince.Count > 0
                && (!HeaderUtilities.TryParseDate(headers.IfModifiedSince.ToString(), out var since) || since > clock.GetUtcNow()))
            {
                headers.Remove(HeaderNames.IfModifiedSince);
            }

            return next(context);
        });
        return app;
    }

    /// <summary>
    /// After the static files (whose names may hold capitals): every address of the atlas is lowercase, so one typed
    /// otherwise (<c>/Cities/anshan</c>) is sent to its lowercase form for good; the query is kept as it is.
    /// </summary>
    public static WebApplication UseLowercaseAddresses(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            var path = context.Request.Path.Value;
            if (path is not null && path.AsSpan().IndexOfAnyInRange('A', 'Z') < 0 && System.Text.Ascii.IsValid(path))
            {
                return next(context);
            }

            if (path is not null && path.Any(char.IsUpper))
            {
                context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
                context.Response.Headers.Location = context.Request.PathBase + path.ToLower(CultureInfo.InvariantCulture) + context.Request.QueryString;
                return Task.CompletedTask;
            }

            return next(context);
        });
        return app;
    }

    /// <summary>Whether other sites' scripts may read the answer: the data endpoints (JSON, CSV, GeoJSON) and oEmbed.</summary>
    public static bool IsOpenData(PathString path) =>
        path.StartsWithSegments("/api", StringComparison.Ordinal) || path.StartsWithSegments("/oembed", StringComparison.Ordinal);

    private static Task PlainAsync(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(message + "\n");
    }
}
