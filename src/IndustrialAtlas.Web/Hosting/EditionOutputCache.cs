using IndustrialAtlas.Web.Editions;
using IndustrialAtlas.Web.Settings;
using Microsoft.AspNetCore.OutputCaching;

namespace IndustrialAtlas.Web.Hosting;

/// <summary>
/// ASP.NET Core's output cache for every content answer. An answer is a function of the edition it reads (and the
/// current one, for the newer-edition banner), the host, the language, the path, the whole query and the day (citations carry the
/// access date), so that is the key; a new edition changes the key, so nothing is ever served stale, and publishing
/// evicts the old answers to free their memory. Not-found and bad-request answers are kept too (a fuzzer's requests
/// cost a lookup), within a bounded size, so no stream of distinct requests can fill memory.
/// </summary>
public static class EditionOutputCache
{
    private const string Tag = "atlas-content";

    /// <summary>The whole cache's size in bytes: at ~120 KB for the largest page, thousands of answers.</summary>
    public const long SizeLimit = 64L * 1024 * 1024;

    public static WebApplicationBuilder AddEditionOutputCache(this WebApplicationBuilder builder)
    {
        builder.Services.AddOutputCache(o =>
        {
            o.SizeLimit = SizeLimit;
            o.MaximumBodySize = 4 * 1024 * 1024;
            // Slugs and ids are case-sensitive (/cities/Anshan is a 404), so the cache must not fold case.
            o.UseCaseSensitivePaths = true;
        });
        builder.Services.AddOptions<OutputCacheOptions>().Configure<TimeProvider>((o, clock) => o.AddBasePolicy(new EditionPolicy(clock)));
        return builder;
    }

    public static WebApplication UseEditionOutputCache(this WebApplication app)
    {
        app.UseOutputCache();
        var store = app.Services.GetRequiredService<IOutputCacheStore>();
        app.Services.GetRequiredService<EditionCatalog>().Changed += () => _ = store.EvictByTagAsync(Tag, CancellationToken.None).AsTask();
        return app;
    }

    private sealed class EditionPolicy(TimeProvider clock) : IOutputCachePolicy
    {
        public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var http = context.HttpContext;
            var request = http.Request;
            // Nothing published yet is a 503 that lasts only until the first ingest: never kept.
            var cacheable = (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
                && http.Edition() is { } lookup && lookup.Problem is not EditionProblem.NothingPublished;
            context.EnableOutputCaching = cacheable;
            context.AllowCacheLookup = cacheable;
            context.AllowCacheStorage = cacheable;
            context.AllowLocking = true;
            if (!cacheable)
            {
                return ValueTask.CompletedTask;
            }

            context.CacheVaryByRules.QueryKeys = "*";
            context.CacheVaryByRules.VaryByHost = true;
            // The edition, the day and the language (its prefix is off the path by now) as the key's prefix: one string,
            // where named values took a dictionary a request.
            context.CacheVaryByRules.CacheKeyPrefix = string.Concat(EditionCaching.Key(http.Edition()!), "|", EditionCaching.Day(clock), "|", http.Language().Code());
            // Answers of the current edition stay right until a new one is published (which evicts them); pinned ones forever.
            context.ResponseExpirationTimeSpan = TimeSpan.FromHours(1);
            return ValueTask.CompletedTask;
        }

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var response = context.HttpContext.Response;
            // Answers, not-founds and bad requests are kept; a server fault, a 304 or anything that sets a cookie is not.
            if (response.StatusCode is not (StatusCodes.Status200OK or StatusCodes.Status400BadRequest or StatusCodes.Status404NotFound)
                || response.Headers.SetCookie.Count > 0)
            {
                context.AllowCacheStorage = false;
            }
            else
            {
                context.Tags.Add(Tag);
            }

            return ValueTask.CompletedTask;
        }
    }
}
