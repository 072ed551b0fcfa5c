using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace IndustrialAtlas.Web.Tests.Pages;

/// <summary>The atlas at <c>/</c>: the server-rendered view of a query, and its refusals.</summary>
public sealed partial class AtlasPageTests(AtlasFixture fixture) : IClassFixture<AtlasFixture>
{
    private readonly HttpClient client = fixture.App.CreateClient();

    private async Task<string> Html(string path) => WebUtility.HtmlDecode(await client.GetStringAsync(path));

    private static string[] Listed(string html) => [.. ListItem().Matches(html).Select(m => m.Groups[1].Value)];

    [Theory]
    [InlineData("/?year=1970", new[] { "alpha", "beta" }, "2 of 2 cities")]
    [InlineData("/?year=1960", new[] { "alpha" }, "1 of 2 cities")]
    [InlineData("/?year=1970&resource=vanadium", new[] { "beta" }, "1 of 2 cities")]
    [InlineData("/?year=1500&era=ming", new[] { "alpha" }, "1 of 2 cities")]
    [InlineData("/?year=1500&era=third-front", new string[0], "0 of 2 cities")]
    [InlineData("/?year=1400", new[] { "alpha" }, "1 of 2 cities")]
    public async Task Lists_the_cities_the_view_shows(string path, string[] expected, string count)
    {
        var html = await Html(path);

        Assert.Equal(expected, Listed(html));
        Assert.Contains($"role=\"status\">{count}</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_era_shows_each_city_in_its_phase_of_that_era_not_in_the_phase_it_has_at_the_year()
    {
        // Alpha's First Five-Year Plan phase runs 1953-2012; from 2013 it is in the transition era.
        var range = await Html("/?from=1953&to=2020&era=first-five-year-plan");
        Assert.Contains("Soviet-aided steel, 1953\u20132012", range, StringComparison.Ordinal);
        Assert.DoesNotContain("Restructured works", range, StringComparison.Ordinal);
        // In one year outside its phase of the era, the city is not in that era, so it is not shown.
        var after = await Html("/?year=2020&era=first-five-year-plan");
        Assert.DoesNotContain("<li data-city=\"alpha\"", after, StringComparison.Ordinal);
        Assert.Contains("<li data-city=\"alpha\" data-era=\"first-five-year-plan\"", await Html("/?year=1970&era=first-five-year-plan"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(15_250_000, "15.3 Mt")]
    [InlineData(24_050_000, "24.1 Mt")]
    [InlineData(2_345_000, "2.35 Mt")]
    [InlineData(125, "125 t")]
    public void Figures_round_half_away_from_zero_as_readers_do(double tonnes, string expected) =>
        Assert.Equal(expected, IndustrialAtlas.Web.Charts.Figures.Format(tonnes, "t"));

    [Fact]
    public async Task The_list_gives_each_city_its_name_phase_and_era_that_year()
    {
        var html = await Html("/?year=1970");

        Assert.Contains("<a href=\"/cities/beta\">Ferry</a>", html, StringComparison.Ordinal);
        Assert.Contains("(now Beta)", html, StringComparison.Ordinal);
        Assert.Contains("Third Front base, 1965–1980 · Third Front construction", html, StringComparison.Ordinal);
        Assert.Contains("Soviet-aided steel, 1953–2012 · First Five-Year Plan", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_controls_show_the_state_of_the_url()
    {
        var html = await Html("/?year=1975&resource=vanadium&era=third-front&lat=30.5&lon=104&z=6&city=beta");

        Assert.Matches("<input type=\"range\" id=\"year\" name=\"year\" min=\"1368\" max=\"\\d{4}\" step=\"1\" value=\"1975\"", html);
        Assert.Contains("<option value=\"vanadium\" selected=\"selected\">", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"third-front\" selected=\"selected\"", html, StringComparison.Ordinal);
        Assert.Contains("<input type=\"hidden\" name=\"lat\" value=\"30.5\">", html, StringComparison.Ordinal);
        Assert.Contains("<input type=\"hidden\" name=\"z\" value=\"6\">", html, StringComparison.Ordinal);
        Assert.Contains("<input type=\"hidden\" name=\"city\" value=\"beta\">", html, StringComparison.Ordinal);
        Assert.Contains("class=\"era-band era-c2 row-1 selected\" data-era=\"third-front\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_year_the_view_is_this_year()
    {
        var html = await Html("/");

        Assert.Contains($"value=\"{DateTime.UtcNow.Year}\"", html, StringComparison.Ordinal);
        Assert.Equal(["alpha", "beta"], Listed(html));
    }

    [Theory]
    [InlineData("/?year=abc", "“abc” is not a whole number", "/")]
    [InlineData("/?year=1000&resource=coal", "'year' must be between 1368 (1368) and", "/?resource=coal")]
    [InlineData("/?year=1970&resource=zinc", "There is no resource “zinc”", "/?year=1970")]
    [InlineData("/?era=bronze-age", "There is no era “bronze-age”", "/")]
    [InlineData("/?z=40", "'z' must be between 2 and 12", "/")]
    [InlineData("/?lat=30&year=1970", "'lat' and 'lon' go together", "/?year=1970")]
    [InlineData("/?lat=north&lon=104", "'lat' must be a number of degrees", "/")]
    [InlineData("/?city=gamma", "There is no city “gamma”", "/")]
    [InlineData("/?year=1970&year=1980", "'year' is given 2 times", "/")]
    public async Task A_bad_value_is_a_400_that_says_what_and_links_to_the_valid_view(string path, string message, string valid)
    {
        var response = await client.GetAsync(path);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{valid}\">The same view without the values in error</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_geojson_has_one_point_per_shown_city_with_the_documented_properties()
    {
        var response = await client.GetAsync("/api/atlas.geojson?year=1970");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var features = json.RootElement.GetProperty("features").EnumerateArray().ToList();

        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("FeatureCollection", json.RootElement.GetProperty("type").GetString());
        Assert.Equal(2, features.Count);
        var beta = features.Single(f => f.GetProperty("properties").GetProperty("slug").GetString() == "beta");
        Assert.Equal("Point", beta.GetProperty("geometry").GetProperty("type").GetString());
        Assert.Equal([101.72, 26.58], beta.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()));
        var properties = beta.GetProperty("properties");
        Assert.Equal(["slug", "name", "nameZh", "nameThen", "era", "phase", "resources"], properties.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("Beta", "乙城", "Ferry", "third-front", "Third Front base"),
            (properties.GetProperty("name").GetString(), properties.GetProperty("nameZh").GetString(), properties.GetProperty("nameThen").GetString(),
             properties.GetProperty("era").GetString(), properties.GetProperty("phase").GetString()));
        Assert.Equal(["vanadium"], properties.GetProperty("resources").EnumerateArray().Select(r => r.GetString()));
    }

    [Theory]
    [InlineData("/api/atlas.geojson?year=1960", new[] { "alpha" })]
    [InlineData("/api/atlas.geojson?year=1970&resource=vanadium", new[] { "beta" })]
    [InlineData("/api/atlas.geojson?year=1500&era=third-front", new string[0])]
    public async Task The_geojson_answers_the_same_query_as_the_page(string path, string[] expected)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync(path));

        Assert.Equal(expected, json.RootElement.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties").GetProperty("slug").GetString()));
        Assert.Equal(expected, Listed(await Html(path.Replace("/api/atlas.geojson", "/", StringComparison.Ordinal))));
    }

    [Theory]
    [InlineData("/api/atlas.geojson?year=abc", "is not a whole number")]
    [InlineData("/api/atlas.geojson?resource=zinc", "There is no resource")]
    public async Task A_bad_geojson_query_is_a_400_problem(string path, string message)
    {
        var response = await client.GetAsync(path);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, json.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("/api/atlas.geojson", json.RootElement.GetProperty("validView").GetString());
    }

    [Fact]
    public async Task The_map_data_carries_every_city_with_its_phases_and_names()
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/atlas/data.json"));
        var beta = json.RootElement.GetProperty("cities").EnumerateArray().Single(c => c.GetProperty("slug").GetString() == "beta");

        Assert.Equal(1368, json.RootElement.GetProperty("minYear").GetInt32());
        Assert.Equal([1965, 1981, 2013], beta.GetProperty("phases").EnumerateArray().Select(p => p.GetProperty("start").GetInt32()));
        Assert.Equal("Ferry", beta.GetProperty("formerNames")[0].GetProperty("name").GetString());
    }

    [GeneratedRegex("<li data-city=\"([a-z0-9-]+)\"")]
    private static partial Regex ListItem();
}
