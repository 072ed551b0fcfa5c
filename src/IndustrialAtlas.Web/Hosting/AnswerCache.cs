using System.Buffers;
using System.Collections.Concurrent;
using IndustrialAtlas.Web.Editions;
using IndustrialAtlas.Web.Settings;

namespace IndustrialAtlas.Web.Hosting;

/// <summary>
/// Every content answer, kept once made. An answer is a function of the edition it reads (and the current one, for the
/// newer-edition banner), the scheme and host, the language, the path, the whole query and the day (citations carry the access
/// date), so that, with the method, is the key; a new edition changes the key, so nothing is ever served stale, and
/// publishing drops the old answers to free their memory. Not-found and bad-request answers are kept too (a fuzzer's
/// requests cost a lookup), within a bounded size, so no stream of distinct requests can fill memory.
/// </summary>
/// <remarks>
/// ASP.NET Core's output cache did this job first. It keeps an answer as bytes to suit stores out of process, so each
/// answer it served was read back into a new entry (headers, their values, body segments), each lookup went through
/// a lock shared by all requests for that key, and the ETag was made again for every answer (it kept the headers
/// from before the response started). Serving the 9 KB GeoJSON it allocated 5.1–5.8 KB a request and took 30.5 µs of
/// server CPU (median of 7 wrk rounds taken in turn; bare Kestrel writing the same bytes, 17.4 µs); kept here as it
/// was written (<see cref="KeptAnswer"/>) and served without a copy or a lock, 2.3 KB and 23.8 µs.
/// </remarks>
public sealed class AnswerCache
{
    /// <summary>The whole cache's size in bytes: at ~170 KB for the largest page, hundreds of pages and thousands of small answers.</summary>
    public const long SizeLimit = 64L * 1024 * 1024;

    /// <summary>The largest answer kept; a larger one is served but made again when asked again.</summary>
    public const int MaximumBodySize = 4 * 1024 * 1024;

    /// <summary>How long an answer is kept: until the day or the edition changes the key, and never longer than this.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<string, KeptAnswer> answers;

    /// <summary>The same answers, found by a key's characters without a string made for them.</summary>
    private readonly ConcurrentDictionary<string, KeptAnswer>.AlternateLookup<ReadOnlySpan<char>> keptByChars;

    /// <summary>The answers being made now: a second request for one waits for it rather than making it again.</summary>
    private readonly ConcurrentDictionary<string, Task<KeptAnswer?>> making = new(StringComparer.Ordinal);

    private readonly TimeProvider clock;
    private readonly long sizeLimit;
    private readonly int maximumBodySize;
    private long size;

    public AnswerCache(TimeProvider clock, long sizeLimit = SizeLimit, int maximumBodySize = MaximumBodySize)
    {
        this.clock = clock;
        this.sizeLimit = sizeLimit;
        this.maximumBodySize = maximumBodySize;
        answers = new(StringComparer.Ordinal);
        keptByChars = answers.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>How many answers are kept, and their size in bytes.</summary>
    public (int Count, long Bytes) Kept => (answers.Count, Interlocked.Read(ref size));

    /// <summary>Drops every answer (a new edition was published).</summary>
    public void Clear()
    {
        foreach (var key in answers.Keys)
        {
            Remove(key);
        }
    }

    /// <summary>Serves the request from a kept answer, or makes the answer, serves it and keeps it.</summary>
    public Task ServeAsync(HttpContext context, RequestDelegate next)
    {
        var request = context.Request;
        // Nothing published yet is a 503 that lasts only until the first ingest: never kept.
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) || context.Edition() is not { } lookup || lookup.Problem is EditionProblem.NothingPublished)
        {
            return next(context);
        }

        // The key is written into a buffer and looked up as characters: a kept answer costs no string for its key.
        ReadOnlySpan<string?> parts = [request.Method, " ", EditionCaching.Key(lookup), "|", EditionCaching.Day(clock), "|", context.Language().Code(), "|", request.Scheme, "://", request.Host.Value, request.Path.Value, request.QueryString.Value];
        var length = 0;
        foreach (var part in parts)
        {
            length += part?.Length ?? 0;
        }

        char[]? rented = null;
        var buffer = length <= 512 ? stackalloc char[length] : (rented = ArrayPool<char>.Shared.Rent(length)).AsSpan(0, length);
        try
        {
            var at = 0;
            foreach (var part in parts)
            {
                part.AsSpan().CopyTo(buffer[at..]);
                at += part?.Length ?? 0;
            }

            if (Find(buffer) is { } kept)
            {
                return kept.ServeAsync(context);
            }

            return MakeAsync(context, next, new string(buffer));
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    private KeptAnswer? Find(ReadOnlySpan<char> key)
    {
        if (!keptByChars.TryGetValue(key, out var kept))
        {
            return null;
        }

        if (clock.GetUtcNow() - kept.Made < Lifetime)
        {
            return kept;
        }

        Remove(new string(key));
        return null;
    }

    private async Task MakeAsync(HttpContext context, RequestDelegate next, string key)
    {
        var made = new TaskCompletionSource<KeptAnswer?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var maker = making.GetOrAdd(key, made.Task);
        if (maker != made.Task)
        {
            // Another request is making this answer: serve what it made, or make it here when it could not be kept.
            if (await maker is { } other)
            {
                await other.WriteAsync(context);
                return;
            }

            await next(context);
            return;
        }

        KeptAnswer? answer = null;
        try
        {
            answer = await KeptAnswer.MakeAsync(context, next, clock.GetUtcNow(), maximumBodySize);
            if (answer is not null)
            {
                Keep(key, answer);
            }
        }
        finally
        {
            // A request that failed or could not be kept leaves the others to make the answer themselves.
            made.SetResult(answer);
            making.TryRemove(new KeyValuePair<string, Task<KeptAnswer?>>(key, made.Task));
        }
    }

    private void Keep(string key, KeptAnswer answer)
    {
        Remove(key);
        if (answers.TryAdd(key, answer))
        {
            Interlocked.Add(ref size, Cost(key, answer));
        }

        // Over the limit, answers make room in no particular order: what is asked for often is soon kept again.
        using var others = answers.Keys.GetEnumerator();
        while (Interlocked.Read(ref size) > sizeLimit && others.MoveNext())
        {
            if (others.Current != key)
            {
                Remove(others.Current);
            }
        }
    }

    private void Remove(string key)
    {
        if (answers.TryRemove(key, out var removed))
        {
            Interlocked.Add(ref size, -Cost(key, removed));
        }
    }

    /// <summary>The memory an answer holds under its key, roughly, in bytes.</summary>
    private static long Cost(string key, KeptAnswer answer) => answer.Size + (key.Length * sizeof(char));
}

public static class AnswerCacheExtensions
{
    public static WebApplicationBuilder AddAnswerCache(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(services =>
        {
            var cache = new AnswerCache(services.GetRequiredService<TimeProvider>());
            services.GetRequiredService<EditionCatalog>().Changed += cache.Clear;
            return cache;
        });
        return builder;
    }

    /// <summary>Kept answers are served here, before routing: the cache needs no endpoint, only the request's edition.</summary>
    public static WebApplication UseAnswerCache(this WebApplication app)
    {
        var cache = app.Services.GetRequiredService<AnswerCache>();
        app.Use((context, next) => cache.ServeAsync(context, next));
        return app;
    }
}
