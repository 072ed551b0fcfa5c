using IndustrialAtlas.Web.Settings;

namespace IndustrialAtlas.Web.Hosting;

/// <summary>
/// Chinese is the same site under <c>/zh</c>: the prefix is taken off the path here, once, and the request goes on
/// as its English twin in Chinese. Pages, the cache key, the ETag and every link read the language from the request.
/// Only one prefix is taken, so <c>/zh/zh/…</c> finds no page and is a 404, as is anything under <c>/zh</c> that is not a page. The path is put back for the request log.
/// </summary>
public static class LanguagePaths
{
    public static WebApplication UseAtlasLanguage(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            var request = context.Request;
            if (!request.Path.StartsWithSegments(AtlasLanguages.ChinesePrefix, StringComparison.Ordinal, out var rest))
            {
                // An embed pasted into another site says its language in its query (lang=zh), as oEmbed writes it; the
                // Share panel a Chinese map fetches when its view changes speaks the language of the view it describes.
                if ((request.Path.StartsWithSegments("/embed", StringComparison.Ordinal) && request.Query.TryGetValue("lang", out var lang)
                        && AtlasLanguages.FromCode(lang.ToString()) == AtlasLanguage.Chinese)
                    || (request.Path.StartsWithSegments("/share-panel", StringComparison.Ordinal) && AtlasLanguages.IsChinese(request.Query["url"].ToString(), out _)))
                {
                    context.SetLanguage(AtlasLanguage.Chinese);
                }

                // A re-executed error page keeps the language its request was made in.
                return context.Language() == AtlasLanguage.Chinese ? Run(context, next, request.Path) : next(context);
            }

            context.SetLanguage(AtlasLanguage.Chinese);
            var original = request.Path;
            request.Path = rest.HasValue && rest.Value != "" ? rest : "/";
            // Data, pictures, citations and assets have one address for both languages (embeds and oEmbed take lang=).
            return AtlasLanguages.IsPage(request.Path.Value) ? Run(context, next, original) : NotFound(context, original);
        });
        return app;
    }

    private static Task NotFound(HttpContext context, PathString original)
    {
        context.Request.Path = original;
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }

    /// <summary>
    /// Runs the rest of the pipeline and puts the path back for the request log. A kept answer completes at once, and
    /// needs no async frame here.
    /// </summary>
    private static Task Run(HttpContext context, RequestDelegate next, PathString original)
    {
        Task running;
        try
        {
            running = next(context);
        }
        catch
        {
            context.Request.Path = original;
            throw;
        }

        if (running.IsCompletedSuccessfully)
        {
            context.Request.Path = original;
            return Task.CompletedTask;
        }

        return RestoreAsync(running, context, original);
    }

    private static async Task RestoreAsync(Task running, HttpContext context, PathString original)
    {
        try
        {
            await running;
        }
        finally
        {
            context.Request.Path = original;
        }
    }

    /// <summary>
    /// After the answer cache: an answer being made in Chinese is made with the Chinese culture, which the interface
    /// strings are read in. A kept answer never needs it: set and put back for every request (an async-local value, so
    /// a new execution context each time, in an async frame of its own), it took server CPU per kept /zh/cities/anshan
    /// from 114 to 133 µs (medians of 9 wrk rounds taken in turn, published builds side by side).
    /// </summary>
    public static WebApplication UseLanguageCulture(this WebApplication app)
    {
        app.Use((context, next) => context.Language() == AtlasLanguage.Chinese ? InChineseAsync(context, next) : next(context));
        return app;
    }

    private static async Task InChineseAsync(HttpContext context, RequestDelegate next)
    {
        var culture = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = AtlasLanguages.ChineseCulture;
        try
        {
            await next(context);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = culture;
        }
    }
}
