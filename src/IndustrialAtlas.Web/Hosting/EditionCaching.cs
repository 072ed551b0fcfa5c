using System.Globalization;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using IndustrialAtlas.Web.Editions;
using IndustrialAtlas.Web.Settings;
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
        var clock = app.Services.GetRequiredService<TimeProvider>();
        app.Use((context, next) =>
        {
            var request = context.Request;
            if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) || context.Edition() is not { Edition: not null } lookup)
            {
                return next(context);
            }

            // The tag is made only when a request asks with one or a 200 is answered. A kept answer (AnswerCache, further
            // out) never comes this far: it is served, or revalidated, with the tag it was made with here.
            EntityTagHeaderValue? tag = null;
            EntityTagHeaderValue Tag() => tag ??= new EntityTagHeaderValue($"\"{Key(lookup)}-{Day(clock)}-{context.Language().Code()}-{AddressHash(request)}\"", isWeak: true);
            if (request.Headers.IfNoneMatch.Count > 0 && request.GetTypedHeaders().IfNoneMatch.Any(t => t.Compare(Tag(), useStrongComparison: false)))
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                context.Response.Headers.ETag = Tag().ToString();
                return Task.CompletedTask;
            }

            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                if (context.Response.StatusCode == StatusCodes.Status200OK && headers.ETag.Count == 0)
                {
                    headers.ETag = Tag().ToString();
                    headers.CacheControl = lookup.Requested is null ? "public, max-age=60" : "public, max-age=3600";
                }

                return Task.CompletedTask;
            });
            return next(context);
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
    public static string Day(TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        var day = today;
        if (day is null || day.Date != now.Date)
        {
            day = new DayText(now.Date, now.ToString("yyyyMMdd", CultureInfo.InvariantCulture));
            today = day;
        }

        return day.Text;
    }

    /// <summary>The last day written, so each request does not format it again.</summary>
    private static DayText? today;

    private sealed record DayText(DateTime Date, string Text);

    /// <summary>
    /// The address's part of the tag: a 64-bit XXH3 of the path, query and host (not a secret, only a name that differs
    /// between addresses and stays the same across restarts and instances).
    /// </summary>
    private static string AddressHash(HttpRequest request) =>
        XxHash3.HashToUInt64(MemoryMarshal.AsBytes(string.Concat(request.Path.Value, request.QueryString.Value, "|", request.Host.Value).AsSpan())).ToString("x16", CultureInfo.InvariantCulture);
}
