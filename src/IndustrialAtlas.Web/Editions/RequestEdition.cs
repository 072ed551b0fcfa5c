using IndustrialAtlas.Web.Store;
using Microsoft.AspNetCore.WebUtilities;

namespace IndustrialAtlas.Web.Editions;

/// <summary>
/// The one place a request learns which edition it reads. A middleware looks it up once, from the in-memory
/// <see cref="EditionCatalog"/>, and keeps it on the request; the ETag, the answer cache's key, pages, the API,
/// citations and the newer-edition banner all take it from there.
/// </summary>
public static class RequestEdition
{
    /// <summary>The paths whose answers read content, and so depend on an edition.</summary>
    private static readonly string[] ContentPrefixes = ["/cities", "/compare", "/claims", "/eras", "/resources", "/sites", "/embed", "/api", "/cite", "/oembed", "/share-panel", "/preview.svg", "/preview.png", "/preview", "/sitemap.xml"];

    /// <summary>Whether <paramref name="path"/> answers from content (and so from an edition).</summary>
    public static bool IsContent(PathString path)
    {
        if (path == "/")
        {
            return true;
        }

        foreach (var prefix in ContentPrefixes)
        {
            if (path.StartsWithSegments(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public static WebApplication UseRequestEdition(this WebApplication app)
    {
        var catalog = app.Services.GetRequiredService<EditionCatalog>();
        app.Use((context, next) =>
        {
            if (!IsContent(context.Request.Path))
            {
                return next(context);
            }

            // The list is in memory but for a reading every few seconds: only then does the request wait.
            var found = catalog.FindAsync(Requested(context.Request), context.RequestAborted);
            if (found.IsCompletedSuccessfully)
            {
                context.Features.Set(found.Result);
                return next(context);
            }

            return WaitAsync(found, context, next);
        });
        return app;
    }

    private static async Task WaitAsync(ValueTask<EditionLookup> found, HttpContext context, RequestDelegate next)
    {
        context.Features.Set(await found);
        await next(context);
    }

    /// <summary>The edition a content request reads, or why there is none; null outside content paths.</summary>
    public static EditionLookup? Edition(this HttpContext context) => context.Features.Get<EditionLookup>();

    /// <summary>
    /// Pins <paramref name="db"/> to the request's edition. False when there is none (nothing published, or an
    /// unknown <c>edition=</c>); the caller answers with <see cref="EditionLookup.Problem"/>.
    /// </summary>
    public static bool TryPin(this HttpContext context, AtlasDbContext db, out EditionView edition)
    {
        if (context.Edition()?.Edition is { } found)
        {
            db.EditionId = found.Id;
            edition = found;
            return true;
        }

        edition = null!;
        return false;
    }

    /// <summary>The edition an endpoint's filter pinned the request to (<c>AtlasApi.PinEdition</c>).</summary>
    public static EditionView PinnedEdition(this HttpContext context) =>
        context.Edition()?.Edition ?? throw new InvalidOperationException("The endpoint reads an edition but has no filter pinning it.");

    /// <summary>
    /// The <c>edition=</c> a request asks for. <c>/cite</c>, <c>/oembed</c> and <c>/share-panel</c> describe another
    /// address, so theirs is the one inside <c>url=</c>.
    /// </summary>
    private static string? Requested(HttpRequest request)
    {
        if (request.Path.StartsWithSegments("/cite", StringComparison.Ordinal) || request.Path.StartsWithSegments("/oembed", StringComparison.Ordinal)
            || request.Path.StartsWithSegments("/share-panel", StringComparison.Ordinal))
        {
            var url = request.Query["url"].ToString();
            var at = url.IndexOf('?', StringComparison.Ordinal);
            return at >= 0 && QueryHelpers.ParseQuery(url[at..]).TryGetValue("edition", out var edition) ? edition.ToString() : null;
        }

        return request.Query["edition"].ToString();
    }
}
