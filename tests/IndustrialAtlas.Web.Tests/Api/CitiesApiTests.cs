using System.Net;
using System.Text.Json;

namespace IndustrialAtlas.Web.Tests.Api;

public sealed class CitiesApiTests(AtlasFixture fixture) : IClassFixture<AtlasFixture>
{
    private readonly HttpClient client = fixture.App.CreateClient();

    private static string[] Names(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];

    [Fact]
    public async Task Lists_cities_in_the_documented_shape()
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/cities"));
        var cities = json.RootElement.EnumerateArray().ToList();

        Assert.Equal(["alpha", "beta"], cities.Select(c => c.GetProperty("slug").GetString()));
        Assert.All(cities, c => Assert.Equal(["slug", "name", "nameZh", "province", "lat", "lon", "eras", "resources"], Names(c)));
        var alpha = cities[0];
        Assert.Equal(("Alpha", "甲城", "Liaoning", 41.11, 122.99),
            (alpha.GetProperty("name").GetString(), alpha.GetProperty("nameZh").GetString(), alpha.GetProperty("province").GetString(), alpha.GetProperty("lat").GetDouble(), alpha.GetProperty("lon").GetDouble()));
        var eras = alpha.GetProperty("eras").EnumerateArray().ToList();
        Assert.All(eras, e => Assert.Equal(["slug", "name", "start", "end"], Names(e)));
        Assert.Equal(["ming", "first-five-year-plan", "transition"], eras.Select(e => e.GetProperty("slug").GetString()));
        Assert.Equal(JsonValueKind.Null, eras[2].GetProperty("end").ValueKind);
        var resources = alpha.GetProperty("resources").EnumerateArray().ToList();
        Assert.All(resources, r => Assert.Equal(["slug", "name"], Names(r)));
        Assert.Equal(["iron-ore", "coal"], resources.Select(r => r.GetProperty("slug").GetString()));
    }

    [Fact]
    public async Task One_city_has_its_phases_figures_and_claims_with_support()
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/cities/beta"));
        var city = json.RootElement;

        Assert.Equal("Ferry", city.GetProperty("formerNames")[0].GetProperty("name").GetString());
        Assert.Equal(["Third Front base", "Reform-era works", "Vanadium city"], city.GetProperty("phases").EnumerateArray().Select(p => p.GetProperty("title").GetString()));
        var resource = city.GetProperty("resources")[0];
        Assert.Equal((10m, "billion tonnes of ore", "2008", "beta-reserves"),
            (resource.GetProperty("figure").GetDecimal(), resource.GetProperty("unit").GetString(), resource.GetProperty("year").GetString(), resource.GetProperty("claim").GetString()));
        var claims = city.GetProperty("claims").EnumerateArray().ToList();
        Assert.Equal(["disputed", "false"], claims.Select(c => c.GetProperty("support").GetString()));
        Assert.Equal("City yearbook", claims[0].GetProperty("sources")[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task Approximate_years_keep_their_mark()
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/cities/alpha"));

        Assert.Equal("~1400", json.RootElement.GetProperty("phases")[0].GetProperty("start").GetString());
    }

    [Theory]
    [InlineData("/api/cities/nowhere", "Unknown city")]
    [InlineData("/api/cities?edition=ffffffffffff", "Unknown edition")]
    public async Task Unknown_names_are_404_problems(string path, string title)
    {
        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(title, json.RootElement.GetProperty("title").GetString());
    }
}
