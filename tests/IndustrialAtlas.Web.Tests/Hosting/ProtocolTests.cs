using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace IndustrialAtlas.Web.Tests.Hosting;

/// <summary>A visitor's mistakes and a hostile header: each answered with a 4xx or ignored, never a 5xx or a false 304.</summary>
public sealed class ProtocolTests : IDisposable
{
    private readonly AtlasApplication app = new();

    public void Dispose() => app.Dispose();

    private HttpClient NoRedirects() => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Theory]
    [InlineData("/Cities/alpha", "/cities/alpha")]
    [InlineData("/CLAIMS", "/claims")]
    [InlineData("/API/cities?resource=Iron-Ore", "/api/cities?resource=Iron-Ore")]
    [InlineData("/EMBED?year=1958", "/embed?year=1958")]
    [InlineData("/Status", "/status")]
    public async Task An_address_in_capitals_is_sent_for_good_to_its_lowercase_form(string path, string lowercase)
    {
        using var client = NoRedirects();
        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(lowercase, response.Headers.Location?.OriginalString);
        using var followed = await client.GetAsync(lowercase);
        Assert.True(followed.IsSuccessStatusCode, $"{lowercase}: {followed.StatusCode}");
    }

    [Fact]
    public async Task A_static_file_whose_name_has_capitals_is_still_served()
    {
        using var client = NoRedirects();
        using var response = await client.GetAsync("/lib/basemap/ATTRIBUTION.txt");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/error/500")]
    [InlineData("/error/503")]
    [InlineData("/error/404")]
    public async Task The_error_pages_cannot_be_reached_directly(string path)
    {
        using var client = NoRedirects();
        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_oembed_format_not_offered_is_a_501_logged_as_information_not_as_an_error()
    {
        using var client = NoRedirects();
        using var response = await client.GetAsync("/oembed?url=/cities/alpha&format=xml");

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        var line = Assert.Single(app.Logs.Events, e => e.RenderMessage(null).Contains("/oembed", StringComparison.Ordinal) && e.RenderMessage(null).Contains("501", StringComparison.Ordinal));
        Assert.Equal(Serilog.Events.LogEventLevel.Information, line.Level);
        Assert.DoesNotContain(app.Logs.Events, e => e.Level >= Serilog.Events.LogEventLevel.Error);
    }

    [Theory]
    [InlineData("javascript")]
    [InlineData("ftp")]
    [InlineData("data")]
    public async Task A_forwarded_scheme_other_than_http_or_https_is_refused(string scheme)
    {
        // Over Kestrel on loopback, where the forwarded headers are believed.
        using var client = new HttpClient { BaseAddress = KestrelHost.Start(app) };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/cities/alpha");
        request.Headers.Add("X-Forwarded-Proto", scheme);
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(scheme + "://", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // A scheme's name in capitals is the same scheme.
        using var https = new HttpRequestMessage(HttpMethod.Get, "/cities/alpha");
        https.Headers.Add("X-Forwarded-Proto", "HTTPS");
        using var fine = await client.SendAsync(https);
        Assert.Equal(HttpStatusCode.OK, fine.StatusCode);
        Assert.Contains("<link rel=\"canonical\" href=\"https://", await fine.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/api/cities")]
    [InlineData("/css/site.css")]
    public async Task An_if_modified_since_in_the_future_never_earns_a_304(string path)
    {
        using var client = NoRedirects();
        // Asked for twice first, so a kept answer exists where one is kept.
        (await client.GetAsync(path)).Dispose();
        (await client.GetAsync(path)).Dispose();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.IfModifiedSince = DateTimeOffset.UtcNow.AddYears(5);
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/cities", true)]
    [InlineData("/api/atlas.geojson", true)]
    [InlineData("/api/claims.csv", true)]
    [InlineData("/oembed?url=/cities/alpha", true)]
    [InlineData("/", false)]
    [InlineData("/cities/alpha", false)]
    [InlineData("/embed", false)]
    [InlineData("/cite?url=/cities/alpha", false)]
    public async Task Only_the_read_only_data_may_be_read_by_other_sites_scripts(string path, bool open)
    {
        using var client = NoRedirects();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Origin", "https://essays.example.org");
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(open ? ["*"] : [], response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) ? values : []);
    }
}
