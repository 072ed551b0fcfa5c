using System.Net;
using System.Text.Json;
using IndustrialAtlas.Web.Ingest;
using IndustrialAtlas.Web.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IndustrialAtlas.Web.Tests.Store;

/// <summary>The same atlas on PostgreSQL (Atlas:Store = postgres), the store for several web instances.</summary>
public sealed class PostgresStoreTests(PostgresServer server) : IClassFixture<PostgresServer>, IDisposable
{
    private readonly AtlasApplication app = Postgres(server);

    private static AtlasApplication Postgres(PostgresServer server, string? database = null)
    {
        var app = new AtlasApplication();
        app.Settings["Atlas:Store"] = "postgres";
        app.Settings["ConnectionStrings:Atlas"] = database ?? server.CreateDatabase();
        return app;
    }

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task The_pages_api_and_claim_finder_answer_from_postgres()
    {
        using var client = app.CreateClient();

        using var cities = JsonDocument.Parse(await client.GetStringAsync("/api/cities"));
        using var map = JsonDocument.Parse(await client.GetStringAsync("/api/atlas.geojson?year=1970"));
        var city = WebUtility.HtmlDecode(await client.GetStringAsync("/cities/beta"));
        var finder = WebUtility.HtmlDecode(await client.GetStringAsync("/claims?q=" + Uri.EscapeDataString("A secret tunnel is said to join the two plants")));

        Assert.Equal(["alpha", "beta"], cities.RootElement.EnumerateArray().Select(c => c.GetProperty("slug").GetString()));
        Assert.Equal(2, map.RootElement.GetProperty("features").GetArrayLength());
        Assert.Contains("<span class=\"badge badge-disputed\">disputed</span>", city, StringComparison.Ordinal);
        Assert.Equal("alpha-rumour", System.Text.RegularExpressions.Regex.Match(finder, "<li class=\"claim\" id=\"claim-([a-z0-9-]+)\"").Groups[1].Value);
        await using var scope = app.Services.CreateAsyncScope();
        Assert.True(scope.ServiceProvider.GetRequiredService<AtlasDbContext>().Database.IsNpgsql());
    }

    [Fact]
    public async Task Editions_survive_a_content_change_and_a_broken_set_changes_nothing()
    {
        using var client = app.CreateClient();
        using var before = JsonDocument.Parse(await client.GetStringAsync("/api/cities/alpha"));
        var old = before.RootElement.GetProperty("edition").GetString();

        app.WriteCity("alpha", app.ReadCity("alpha").Replace("figure: 7.5", "figure: 8.1", StringComparison.Ordinal));
        app.WriteCity("gamma", "no front matter");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var broken = await scope.ServiceProvider.GetRequiredService<AtlasImporter>().IngestAsync(app.ContentPath);
            Assert.False(broken.Valid);
        }

        Assert.Contains("cities/gamma.md:1: no front matter", WebUtility.HtmlDecode(await client.GetStringAsync("/status")), StringComparison.Ordinal);
        Assert.Contains("7.5 billion tonnes", WebUtility.HtmlDecode(await client.GetStringAsync("/cities/alpha")), StringComparison.Ordinal);

        File.Delete(Path.Combine(app.ContentPath, "cities", "gamma.md"));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<AtlasImporter>().IngestAsync(app.ContentPath)).Published);
        }

        Assert.Contains("7.5 billion tonnes", WebUtility.HtmlDecode(await client.GetStringAsync($"/cities/alpha?edition={old}")), StringComparison.Ordinal);
        Assert.Contains("8.1 billion tonnes", WebUtility.HtmlDecode(await client.GetStringAsync("/cities/alpha")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_instance_on_the_same_store_serves_a_new_edition_within_seconds()
    {
        using var first = app.CreateClient();
        Assert.Contains("7.5 billion tonnes", WebUtility.HtmlDecode(await first.GetStringAsync("/cities/alpha")), StringComparison.Ordinal);
        using var other = Postgres(server, app.Settings["ConnectionStrings:Atlas"]);
        other.Settings["Atlas:IngestOnStart"] = "false";
        using var second = other.CreateClient();
        Assert.Contains("7.5 billion tonnes", WebUtility.HtmlDecode(await second.GetStringAsync("/cities/alpha")), StringComparison.Ordinal);

        app.WriteCity("alpha", app.ReadCity("alpha").Replace("figure: 7.5", "figure: 8.1", StringComparison.Ordinal));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<AtlasImporter>().IngestAsync(app.ContentPath)).Published);
        }

        var published = System.Diagnostics.Stopwatch.StartNew();
        Assert.Contains("8.1 billion tonnes", WebUtility.HtmlDecode(await first.GetStringAsync("/cities/alpha")), StringComparison.Ordinal);
        while (!WebUtility.HtmlDecode(await second.GetStringAsync("/cities/alpha")).Contains("8.1 billion tonnes", StringComparison.Ordinal))
        {
            Assert.True(published.Elapsed < TimeSpan.FromSeconds(10), "the other instance still serves the old edition after 10 s");
            await Task.Delay(200);
        }
    }
}
