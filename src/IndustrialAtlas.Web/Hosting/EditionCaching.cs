using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using IndustrialAtlas.Web.Editions;
using Microsoft.Net.Http.Headers;

namespace IndustrialAtlas.Web.Hosting;

/// <summary>
/// ETags for every content response, so browsers and a CDN can revalidate instead of downloading again. A
/// response is a function of the edition it reads, the address and the day (citations carry the access date),
/// so the tag is made of those; a request whose tag still matches gets 304 without the page being built.
/// Pinned (<c>edition=</c>) views never change within the day and may be kept an hour; current views a minute.
/// </summary>
public static class EditionCaching
{
    public static WebApplication UseEditionCaching(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) || context.Edition() is not { Edition: not null } lookup)
            {
                await next(context);
                return;
            }

            var tag = new EntityTagHeaderValue($"\"{Key(lookup)}-{Day(context)}-{AddressHash(request)}\"", isWeak: true);
            if (request.GetTypedHeaders().IfNoneMatch.Any(t => t.Compare(tag, useStrongComparison: false)))
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                context.Response.Headers.ETag = tag.ToString();
                return;
            }

            context.Response.OnStarting(() =>
            {
                if (context.Response.StatusCode == StatusCodes.Status200OK)
                {
                    context.Response.Headers.ETag = tag.ToString();
                    context.Response.Headers.CacheControl = lookup.Requested is null ? "public, max-age=60" : "public, max-age=3600";
                }

                return Task.CompletedTask;
            });
            await next(context);
        });
        return app;
    }

    /// <summary>
    /// What a content response depends on besides its address: the edition read and the current one (a pinned view
    /// says when a newer edition exists), or why there is none.
    /// </summary>
    public static string Key(EditionLookup lookup) => lookup.Edition is { } e
        ? e.IsCurrent ? e.Id : $"{e.Id}.{e.CurrentId}"
        : $"{lookup.Problem}:{lookup.Requested}";

    /// <summary>The day a response is made on: citations and share panels carry it as the access date.</summary>
    public static string Day(HttpContext context) =>
        context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    private static string AddressHash(HttpRequest request) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(request.Path + request.QueryString + "|" + request.Host)))[..16];
}
