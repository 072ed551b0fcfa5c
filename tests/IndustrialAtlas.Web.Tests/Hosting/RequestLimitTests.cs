using System.Net;

namespace IndustrialAtlas.Web.Tests.Hosting;

/// <summary>Uncached work is limited per client (429 with Retry-After); kept answers and the health checks never are.</summary>
public sealed class RequestLimitTests : IDisposable
{
    private readonly AtlasApplication app = new();

    public RequestLimitTests()
    {
        app.Settings["Atlas:RateLimit:PerSecond"] = "1";
        app.Settings["Atlas:RateLimit:Burst"] = "3";
    }

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task A_client_asking_for_new_views_too_fast_gets_429_with_retry_after_while_kept_views_and_health_answer()
    {
        using var client = app.CreateClient();
        using (var first = await client.GetAsync("/api/cities?year=1950"))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        // New views, each work the cache cannot save, until the burst is spent (3, and 1 a second coming back: 60 in a row
        // cannot all pass unless each took a second).
        var statuses = new List<HttpStatusCode>();
        for (var year = 1951; year < 2011; year++)
        {
            using var response = await client.GetAsync($"/api/cities?year={year}");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                var retry = Assert.Single(response.Headers.GetValues("Retry-After"));
                Assert.InRange(int.Parse(retry, System.Globalization.CultureInfo.InvariantCulture), 1, 60);
                Assert.Contains("Too Many Requests", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
                break;
            }
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.InRange(statuses.Count, 2, 60);

        // The view asked for first is kept: it answers however fast the client is.
        for (var i = 0; i < 5; i++)
        {
            using var kept = await client.GetAsync("/api/cities?year=1950");
            Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
        }

        for (var i = 0; i < 10; i++)
        {
            using var health = await client.GetAsync("/health/ready");
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        }
    }
}
