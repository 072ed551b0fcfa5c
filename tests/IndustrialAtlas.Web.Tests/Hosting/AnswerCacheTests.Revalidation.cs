using IndustrialAtlas.Web.Hosting;

namespace IndustrialAtlas.Web.Tests.Hosting;

/// <summary>A kept answer revalidated by its tag, and the headers it keeps.</summary>
public sealed partial class AnswerCacheTests
{
    [Theory]
    [InlineData("W/\"made-1\"", 304)]
    [InlineData("\"made-1\"", 304)]
    [InlineData("W/\"other\", W/\"made-1\"", 304)]
    [InlineData("*", 304)]
    [InlineData("W/\"made-2\"", 200)]
    public async Task A_kept_answer_is_revalidated_by_its_tag_with_the_headers_a_304_repeats(string ifNoneMatch, int expected)
    {
        var cache = new AnswerCache(clock);
        await cache.ServeAsync(Request("/cities/anshan"), Page("Anshan", more: r => (r.Headers.CacheControl, r.Headers.Vary) = ("public, max-age=60", "Accept-Encoding")));
        var again = Request("/cities/anshan");
        again.Request.Headers.IfNoneMatch = ifNoneMatch;

        await cache.ServeAsync(again, Page("made again"));

        Assert.Equal((1, expected), (made, again.Response.StatusCode));
        Assert.Equal(("W/\"made-1\"", "public, max-age=60", "Accept-Encoding"), (again.Response.Headers.ETag.ToString(), again.Response.Headers.CacheControl.ToString(), again.Response.Headers.Vary.ToString()));
        Assert.Equal(expected == 304 ? "" : "Anshan", Body(again));
        Assert.Equal(expected == 304 ? null : "text/plain; charset=utf-8", again.Response.ContentType);
    }

    [Fact]
    public async Task A_not_found_is_never_revalidated()
    {
        var cache = new AnswerCache(clock);
        await cache.ServeAsync(Request("/cities/nowhere"), Page("", 404));
        var again = Request("/cities/nowhere");
        again.Request.Headers.IfNoneMatch = "*";

        await cache.ServeAsync(again, Page("", 404));

        Assert.Equal(404, again.Response.StatusCode);
    }

    [Fact]
    public async Task Headers_set_before_the_cache_are_not_kept_so_each_request_has_its_own_and_none_twice()
    {
        var cache = new AnswerCache(clock);
        var first = Request("/embed");
        first.Response.Headers["Strict-Transport-Security"] = "max-age=31536000";
        first.Response.Headers.ContentSecurityPolicy = "frame-ancestors *";
        await cache.ServeAsync(first, Page("map", more: r => r.Headers.ContentSecurityPolicy = "frame-ancestors 'self'"));
        var second = Request("/embed");

        await cache.ServeAsync(second, Page("made again"));

        Assert.Equal(1, made);
        // What the rest of the pipeline set is kept, over what was there before it ran; what was set before is not.
        Assert.Equal("frame-ancestors 'self'", second.Response.Headers.ContentSecurityPolicy.ToString());
        Assert.False(second.Response.Headers.ContainsKey("Strict-Transport-Security"));
        Assert.Equal("W/\"made-1\"", second.Response.Headers.ETag.ToString());
    }
}
