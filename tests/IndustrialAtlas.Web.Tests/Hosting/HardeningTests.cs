using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace IndustrialAtlas.Web.Tests.Hosting;

/// <summary>Methods, headers and addresses: no method or header can make the atlas fail or write what a request says.</summary>
public sealed class HardeningTests : IDisposable
{
    private readonly AtlasApplication app = new();

    public void Dispose() => app.Dispose();

    public static TheoryData<string, string> WriteMethodsOnEveryRoute()
    {
        var data = new TheoryData<string, string>();
        foreach (var method in new[] { "POST", "PUT", "DELETE", "PATCH", "TRACE", "OPTIONS", "PROPFIND" })
        {
            foreach (var path in new[] { "/", "/cities", "/cities/alpha", "/claims", "/claims/alpha-iron", "/eras/ming", "/resources/iron-ore", "/embed", "/status", "/error/404", "/api/cities", "/api/atlas.geojson", "/cite?url=/", "/oembed?url=/", "/preview.svg", "/health", "/css/site.css" })
            {
                data.Add(method, path);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(WriteMethodsOnEveryRoute))]
    public async Task Every_method_but_get_and_head_is_405_with_allow(string method, string path)
    {
        using var client = app.CreateClient();
        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent("x") });

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/cities/alpha")]
    [InlineData("/api/cities")]
    [InlineData("/api/atlas.geojson")]
    [InlineData("/api/claims.csv")]
    [InlineData("/cite?url=/cities/alpha")]
    [InlineData("/oembed?url=/cities/alpha")]
    [InlineData("/preview.svg")]
    [InlineData("/health")]
    public async Task Head_answers_every_read_route_like_get_without_a_body(string path)
    {
        // Kestrel, as in production: the test host would pass a HEAD answer's body on.
        using var client = new HttpClient { BaseAddress = KestrelHost.Start(app) };
        using var get = await client.GetAsync(path);
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task With_a_public_base_url_no_host_header_steers_an_absolute_url()
    {
        app.Settings["Atlas:PublicBaseUrl"] = "https://atlas.example.org/";
        using var client = app.CreateClient();

        foreach (var path in new[] { "/cities/alpha", "/claims/alpha-iron", "/", "/cite?url=https://atlas.example.org/cities/alpha&style=bibtex", "/oembed?url=https://atlas.example.org/cities/alpha" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Host = "evil.example";
            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.DoesNotContain("evil.example", body, StringComparison.Ordinal);
            Assert.Contains("https://atlas.example.org/", body, StringComparison.Ordinal);
        }

        using var foreign = new HttpRequestMessage(HttpMethod.Get, "/cite?url=http://evil.example/cities/alpha");
        foreign.Headers.Host = "evil.example";
        Assert.Equal(HttpStatusCode.BadRequest, (await client.SendAsync(foreign)).StatusCode);
    }

    [Fact]
    public async Task Behind_a_trusted_proxy_the_forwarded_scheme_makes_https_urls()
    {
        // The test host has no client address; this one comes from the loopback proxy, which is trusted by default.
        app.ServiceChanges.Add(services => services.AddSingleton<IStartupFilter, FromLoopback>());
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/cities/alpha");
        request.Headers.Add("X-Forwarded-Proto", "https");

        var body = await (await client.SendAsync(request)).Content.ReadAsStringAsync();

        Assert.Contains("<link rel=\"canonical\" href=\"https://localhost/cities/alpha?edition=", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/", "same-origin")]
    [InlineData("/cities/alpha", "same-origin")]
    [InlineData("/embed", "cross-origin")]
    [InlineData("/preview.svg", "cross-origin")]
    [InlineData("/api/cities", "cross-origin")]
    public async Task Every_answer_carries_the_security_headers(string path, string resourcePolicy)
    {
        app.Settings["Environment"] = "Production";
        using var client = app.CreateClient(new() { BaseAddress = new Uri("https://atlas.example.org/") });
        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("max-age=31536000", string.Join(",", response.Headers.GetValues("Strict-Transport-Security")));
        Assert.Contains("camera=()", response.Headers.GetValues("Permissions-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("same-origin", response.Headers.GetValues("Cross-Origin-Opener-Policy").Single());
        Assert.Equal(resourcePolicy, response.Headers.GetValues("Cross-Origin-Resource-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("frame-ancestors", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task Kestrel_sends_no_server_header()
    {
        var address = KestrelHost.Start(app);
        using var client = new HttpClient { BaseAddress = address };

        using var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Server"));
    }

    private sealed class FromLoopback : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => builder =>
        {
            builder.Use(async (HttpContext context, RequestDelegate inner) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Loopback;
                await inner(context);
            });
            next(builder);
        };
    }
}
