using System.Net;
using System.Text.Json;
using IndustrialAtlas.Web.Ingest;
using Microsoft.Extensions.DependencyInjection;

namespace IndustrialAtlas.Web.Tests.Editions;

/// <summary>A cited view keeps showing what was cited after the content changes.</summary>
public sealed class EditionTests : IDisposable
{
    private readonly AtlasApplication app = new();
    private readonly HttpClient client;

    public EditionTests() => client = app.CreateClient();

    public void Dispose()
    {
        client.Dispose();
        app.Dispose();
    }

    private async Task<string> CurrentEdition()
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/cities/alpha"));
        return json.RootElement.GetProperty("edition").GetString()!;
    }

    [Fact]
    public async Task An_old_edition_url_still_shows_the_old_figure_after_a_content_change()
    {
        var old = await CurrentEdition();
        app.WriteCity("alpha", app.ReadCity("alpha")
            .Replace("figure: 7.5", "figure: 8.1", StringComparison.Ordinal)
            .Replace("text: Alpha holds 7.5 billion", "text: Alpha holds 8.1 billion", StringComparison.Ordinal));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<AtlasImporter>().IngestAsync(app.ContentPath)).Published);
        }

        var current = await CurrentEdition();
        var oldPage = WebUtility.HtmlDecode(await client.GetStringAsync($"/cities/alpha?edition={old}"));
        var newPage = WebUtility.HtmlDecode(await client.GetStringAsync("/cities/alpha"));

        Assert.NotEqual(old, current);
        Assert.Contains("7.5 billion tonnes", oldPage, StringComparison.Ordinal);
        Assert.DoesNotContain("8.1 billion tonnes", oldPage, StringComparison.Ordinal);
        Assert.Contains("A newer edition exists", oldPage, StringComparison.Ordinal);
        var oldMap = WebUtility.HtmlDecode(await client.GetStringAsync($"/?year=1970&edition={old}&resource=vanadium"));
        Assert.Contains("<a class=\"newer-edition\" href=\"/?year=1970&resource=vanadium\">", oldMap, StringComparison.Ordinal);
        Assert.Contains("8.1 billion tonnes", newPage, StringComparison.Ordinal);
        Assert.DoesNotContain("A newer edition exists", newPage, StringComparison.Ordinal);

        var oldCitation = await client.GetStringAsync($"/cite?url={Uri.EscapeDataString($"/cities/alpha?edition={old}")}&style=apa");
        Assert.Contains($"/cities/alpha?edition={old}", oldCitation, StringComparison.Ordinal);
        Assert.Contains($"Version {old},", await client.GetStringAsync($"/cite?url={Uri.EscapeDataString($"/cities/alpha?edition={old}")}&style=mla"), StringComparison.Ordinal);
        var oldClaims = await client.GetStringAsync($"/api/claims?city=alpha&edition={old}");
        Assert.Contains("Alpha holds 7.5 billion", oldClaims, StringComparison.Ordinal);
        var oldFinder = WebUtility.HtmlDecode(await client.GetStringAsync($"/claims?q=7.5+billion+tonnes&edition={old}"));
        Assert.Contains("id=\"claim-alpha-iron\"", oldFinder, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_edition_is_a_404_everywhere()
    {
        foreach (var path in new[] { "/?edition=abc", "/embed?edition=abc", "/claims?edition=abc", "/api/atlas.geojson?edition=abc", "/preview.svg?edition=abc" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(path)).StatusCode);
        }
    }
}

/// <summary>ETags let a browser or CDN revalidate a view without the page being built again.</summary>
public sealed class CachingTests : IDisposable
{
    private readonly AtlasApplication app = new();
    private readonly HttpClient client;

    public CachingTests() => client = app.CreateClient();

    public void Dispose()
    {
        client.Dispose();
        app.Dispose();
    }

    private async Task<HttpResponseMessage> GetAsync(string path, string? etag = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (etag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        }

        return await client.SendAsync(request);
    }

    [Theory]
    [InlineData("/cities/alpha")]
    [InlineData("/api/atlas.geojson?year=1970")]
    [InlineData("/?year=1970")]
    public async Task A_view_revalidates_with_304_until_the_content_changes(string path)
    {
        var first = await GetAsync(path);
        var etag = first.Headers.ETag?.ToString();

        Assert.NotNull(etag);
        Assert.Equal("public, max-age=60", first.Headers.CacheControl?.ToString());
        Assert.Equal(HttpStatusCode.NotModified, (await GetAsync(path, etag)).StatusCode);

        app.WriteCity("alpha", app.ReadCity("alpha").Replace("grew around", "grew up around", StringComparison.Ordinal));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AtlasImporter>().IngestAsync(app.ContentPath);
        }

        var after = await GetAsync(path, etag);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(etag, after.Headers.ETag?.ToString());
    }

    [Fact]
    public async Task A_pinned_edition_may_be_kept_longer_and_errors_carry_no_etag()
    {
        var edition = (await GetAsync("/cities/alpha")).Headers.ETag!.Tag.Trim('"').Split('-')[0];
        Assert.Matches("^[0-9a-f]{12}$", edition);

        var pinned = await GetAsync($"/cities/alpha?edition={edition}");
        var missing = await GetAsync("/cities/gamma");

        Assert.Equal("public, max-age=3600", pinned.Headers.CacheControl?.ToString());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Null(missing.Headers.ETag);
    }
}
