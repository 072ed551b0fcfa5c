using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace IndustrialAtlas.Web.Tests.Api;

/// <summary>
/// Every API and sharing endpoint returns TypedResults with its result types in its signature (a JSON answer's type
/// declares itself; a file's or a text's is declared where it is mapped), so what it answers is in the endpoint's
/// metadata, where API descriptions read it.
/// </summary>
public sealed class ResultTypesTests(AtlasFixture fixture) : IClassFixture<AtlasFixture>
{
    [Fact]
    public void Each_endpoint_says_what_it_answers()
    {
        using var client = fixture.App.CreateClient();
        var endpoints = fixture.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } route && (route.StartsWith("/api/", StringComparison.Ordinal) || route is "/cite" or "/oembed" || route.StartsWith("/preview", StringComparison.Ordinal)))
            .ToList();

        Assert.True(endpoints.Count >= 10, $"only {endpoints.Count} API and sharing endpoints found");
        var untyped = endpoints.Where(e => !e.Metadata.OfType<IProducesResponseTypeMetadata>().Any(m => m.StatusCode == 200))
            .Select(e => e.RoutePattern.RawText).ToList();
        Assert.True(untyped.Count == 0, "endpoints that do not say what they answer: " + string.Join(", ", untyped));
    }
}
