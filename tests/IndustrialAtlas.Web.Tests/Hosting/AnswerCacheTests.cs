using System.Text;
using IndustrialAtlas.Web.Editions;
using IndustrialAtlas.Web.Hosting;
using IndustrialAtlas.Web.Settings;
using IndustrialAtlas.Web.Store;
using Microsoft.AspNetCore.Http;

namespace IndustrialAtlas.Web.Tests.Hosting;

/// <summary>The kept answers, driven request by request: what is kept, under which key, for how long, within what size.</summary>
public sealed partial class AnswerCacheTests
{
    private readonly Clock clock = new();
    private int made;

    /// <summary>The rest of the pipeline: counts what it makes and writes <paramref name="body"/> with the given status and headers.</summary>
    private RequestDelegate Page(string body, int status = 200, Action<HttpResponse>? more = null) => async context =>
    {
        Interlocked.Increment(ref made);
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        context.Response.Headers.ETag = $"W/\"made-{made}\"";
        more?.Invoke(context.Response);
        await context.Response.WriteAsync(body);
    };

    private static DefaultHttpContext Request(string path, string query = "", string method = "GET", string edition = "e1", string host = "atlas.test", AtlasLanguage language = AtlasLanguage.English, string scheme = "http")
    {
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        context.Request.Scheme = scheme;
        context.Request.Host = new HostString(host);
        context.Request.Path = path;
        context.Request.QueryString = new QueryString(query);
        context.Response.Body = new MemoryStream();
        context.Features.Set(new EditionLookup(new EditionView(edition, DateTimeOffset.UnixEpoch, true, edition), null, null));
        context.SetLanguage(language);
        return context;
    }

    private static string Body(HttpContext context) => Encoding.UTF8.GetString(((MemoryStream)context.Response.Body).ToArray());

    [Fact]
    public async Task A_second_request_is_served_the_kept_answer_with_its_headers_and_the_page_is_not_made_again()
    {
        var cache = new AnswerCache(clock);
        var first = Request("/cities/anshan");
        var second = Request("/cities/anshan");

        await cache.ServeAsync(first, Page("Anshan"));
        await cache.ServeAsync(second, Page("made again"));

        Assert.Equal(1, made);
        Assert.Equal("Anshan", Body(second));
        Assert.Equal((200, "W/\"made-1\"", "text/plain; charset=utf-8", 6L), (second.Response.StatusCode, second.Response.Headers.ETag.ToString(), second.Response.ContentType, second.Response.ContentLength));
        Assert.Equal((1, true), (cache.Kept.Count, cache.Kept.Bytes > 6));
    }

    [Fact]
    public async Task The_method_edition_day_language_scheme_host_path_and_query_each_make_an_answer_of_their_own()
    {
        var cache = new AnswerCache(clock);
        DefaultHttpContext[] different =
        [
            Request("/cities/anshan"),
            Request("/cities/anshan", method: "HEAD"),
            Request("/cities/anshan", edition: "e2"),
            Request("/cities/anshan", language: AtlasLanguage.Chinese),
            Request("/cities/anshan", host: "elsewhere.test"),
            Request("/cities/anshan", scheme: "https"),
            Request("/cities/Anshan"),
            Request("/cities/anshan", "?year=1958"),
            Request("/cities/anshan", "?year=1959"),
        ];
        foreach (var context in different)
        {
            await cache.ServeAsync(context, Page("x"));
        }

        clock.Now += TimeSpan.FromDays(1);
        await cache.ServeAsync(Request("/cities/anshan"), Page("x"));

        Assert.Equal(different.Length + 1, made);
    }

    public static TheoryData<string, int, string?> NotKept => new()
    {
        { "a fault", 500, null },
        { "a redirect", 302, null },
        { "a cookie", 200, "cookie" },
        { "a body over the limit", 200, "large" },
        { "a body shorter than its stated length", 200, "short" },
    };

    [Theory]
    [MemberData(nameof(NotKept))]
    public async Task An_answer_that_may_not_be_kept_is_made_again(string what, int status, string? twist)
    {
        var cache = new AnswerCache(clock, maximumBodySize: 100);
        var body = twist == "large" ? new string('x', 101) : "small";
        void More(HttpResponse response)
        {
            if (twist == "cookie")
            {
                response.Headers.SetCookie = "a=b";
            }
            else if (twist == "short")
            {
                response.ContentLength = 10;
            }
        }

        await cache.ServeAsync(Request("/claims"), Page(body, status, More));
        var again = Request("/claims");
        await cache.ServeAsync(again, Page(body, status, More));

        Assert.True(made == 2, $"{what} was kept");
        Assert.Equal(body, Body(again));
        Assert.Equal(0, cache.Kept.Count);
    }

    [Fact]
    public async Task Not_founds_and_bad_requests_are_kept()
    {
        var cache = new AnswerCache(clock);
        foreach (var (path, status) in new[] { ("/cities/nowhere", 404), ("/claims", 400) })
        {
            await cache.ServeAsync(Request(path), Page("no", status));
            var again = Request(path);
            await cache.ServeAsync(again, Page("no", status));
            Assert.Equal(status, again.Response.StatusCode);
        }

        Assert.Equal(2, made);
    }

    [Fact]
    public async Task A_kept_empty_not_found_is_served_without_a_length_so_the_error_page_further_out_still_writes_its_page()
    {
        var cache = new AnswerCache(clock);
        await cache.ServeAsync(Request("/api/nowhere"), Page("", 404));
        var again = Request("/api/nowhere");

        await cache.ServeAsync(again, Page("", 404));

        Assert.Equal((1, 404, null, ""), (made, again.Response.StatusCode, again.Response.ContentLength, Body(again)));
    }

    [Fact]
    public async Task An_answer_is_kept_an_hour_at_most_and_none_after_a_new_edition()
    {
        var cache = new AnswerCache(clock);
        await cache.ServeAsync(Request("/"), Page("home"));
        clock.Now += AnswerCache.Lifetime - TimeSpan.FromSeconds(1);
        await cache.ServeAsync(Request("/"), Page("home"));
        Assert.Equal(1, made);

        clock.Now += TimeSpan.FromSeconds(2);
        await cache.ServeAsync(Request("/"), Page("home"));
        Assert.Equal(2, made);

        cache.Clear();
        Assert.Equal((0, 0L), cache.Kept);
        await cache.ServeAsync(Request("/"), Page("home"));
        Assert.Equal(3, made);
    }

    [Fact]
    public async Task However_many_answers_are_made_the_cache_stays_within_its_size_and_keeps_the_newest()
    {
        var cache = new AnswerCache(clock, sizeLimit: 50_000);
        for (var i = 0; i < 40; i++)
        {
            await cache.ServeAsync(Request($"/claims/c{i}"), Page(new string('x', 5_000)));
            Assert.InRange(cache.Kept.Bytes, 5_000, 50_000);
        }

        Assert.InRange(cache.Kept.Count, 2, 10);
        await cache.ServeAsync(Request("/claims/c39"), Page("made again"));
        Assert.Equal(40, made);
    }

    [Fact]
    public async Task A_head_request_is_given_the_length_and_no_body()
    {
        var cache = new AnswerCache(clock);
        await cache.ServeAsync(Request("/", method: "HEAD"), Page("home page"));
        var head = Request("/", method: "HEAD");

        await cache.ServeAsync(head, Page("home page"));

        Assert.Equal((1, 9L, ""), (made, head.Response.ContentLength, Body(head)));
    }

    [Fact]
    public async Task Requests_arriving_while_an_answer_is_made_wait_for_it_and_are_served_it()
    {
        var cache = new AnswerCache(clock);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        async Task Slow(HttpContext context)
        {
            started.TrySetResult();
            await gate.Task;
            await Page("slow page")(context);
        }

        var contexts = Enumerable.Range(0, 5).Select(_ => Request("/compare")).ToArray();
        var first = cache.ServeAsync(contexts[0], Slow);
        await started.Task;
        var others = contexts.Skip(1).Select(c => cache.ServeAsync(c, Slow)).ToArray();
        Assert.All(others, t => Assert.False(t.IsCompleted));

        gate.SetResult();
        await Task.WhenAll([first, .. others]);

        Assert.Equal(1, made);
        Assert.All(contexts, c => Assert.Equal("slow page", Body(c)));
    }

    [Fact]
    public async Task Requests_without_an_edition_or_before_anything_is_published_are_never_kept()
    {
        var cache = new AnswerCache(clock);
        for (var i = 0; i < 2; i++)
        {
            var status = Request("/status");
            status.Features.Set<EditionLookup>(null);
            await cache.ServeAsync(status, Page("ok"));
            var empty = Request("/");
            empty.Features.Set(new EditionLookup(null, EditionProblem.NothingPublished, null));
            await cache.ServeAsync(empty, Page("nothing yet", 503));
        }

        Assert.Equal(4, made);
    }

    private sealed class Clock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
