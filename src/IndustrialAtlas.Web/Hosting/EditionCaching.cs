using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using IndustrialAtlas.Web.Store;
using Microsoft.EntityFrameworkCore;
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
    private static readonly string[] Prefixes = ["/cities", "/claims", "/eras", "/resources", "/embed", "/api", "/cite", "/oembed", "/preview.svg"];

    public static WebApplication UseEditionCaching(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method)
                || !(request.Path == "/" || Prefixes.Any(p => request.Path.StartsWithSegments(p))))
            {
                await next();
                return;
            }

            var db = context.RequestServices.GetRequiredService<AtlasDbContext>();
            var pinned = request.Query["edition"].ToString();
            var current = await db.Editions.AsNoTracking().Where(e => e.IsCurrent).Select(e => e.Id).FirstOrDefaultAsync(context.RequestAborted);
            if (current is null || (pinned.Length > 0 && !await db.Editions.AsNoTracking().AnyAsync(e => e.Id == pinned, context.RequestAborted)))
            {
                await next();
                return;
            }

            // A pinned view also depends on the current edition: its page says when a newer one exists.
            var edition = pinned.Length > 0 ? $"{pinned}.{current}" : current;

            var day = DateTime.UtcNow.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
            var address = Encoding.UTF8.GetBytes(request.Path + request.QueryString + "|" + request.Host);
            var tag = new EntityTagHeaderValue($"\"{edition}-{day}-{Convert.ToHexStringLower(SHA256.HashData(address))[..16]}\"", isWeak: true);
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
                    context.Response.Headers.CacheControl = pinned.Length > 0 ? "public, max-age=3600" : "public, max-age=60";
                }

                return Task.CompletedTask;
            });
            await next();
        });
        return app;
    }
}
