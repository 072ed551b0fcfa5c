using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace IndustrialAtlas.Web.Tests.Atlas;

/// <summary>The map's measure (markers sized by a series) and its range of years: labels, lists, problems and addresses.</summary>
public sealed partial class MeasureAndRangeTests(AtlasFixture fixture) : IClassFixture<AtlasFixture>
{
    private readonly HttpClient client = fixture.App.CreateClient();

    [Fact]
    public async Task The_measure_labels_each_city_with_its_latest_figure_and_that_figures_own_year()
    {
        // Alpha's steel figures are for 1943, 1960, 1983 and 2010: in 1953-1970 the latest at or before 1970 is 1960's.
        var html = await client.GetStringAsync("/?from=1950&to=1970&measure=crude-steel");

        Assert.Contains("had a phase at any time in <span data-part=\"years\">1950\u20131970</span>", html, StringComparison.Ordinal);
        Assert.Contains("Crude steel output: 5.45 Mt in 1960 (A. Geologist)", html, StringComparison.Ordinal);
        Assert.Contains("Crude steel output: no figure by 1970", html, StringComparison.Ordinal); // Beta has none
        Assert.Contains("id=\"measure-legend\"", html, StringComparison.Ordinal);
        Assert.Contains(">20 Mt</text>", html, StringComparison.Ordinal);
        Assert.Contains(">5 Mt</text>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_range_shows_the_cities_active_at_any_time_within_it()
    {
        static string[] Listed(string html) => [.. ListedPattern().Matches(html).Select(m => m.Groups[1].Value)];

        // Alpha is active c. 1400-1644 and from 1953; Beta from 1965.
        Assert.Equal(["alpha", "beta"], Listed(await client.GetStringAsync("/?from=1950&to=1970")));
        Assert.Equal(["alpha"], Listed(await client.GetStringAsync("/?from=1600&to=1700")));
        Assert.Empty(Listed(await client.GetStringAsync("/?from=1645&to=1900")));
        // A single year inside a range shows only the cities active that year.
        Assert.Equal(["alpha"], Listed(await client.GetStringAsync("/?year=1955")));
    }

    [Theory]
    [InlineData("/?from=1950", "'from' and 'to' go together")]
    [InlineData("/?from=1990&to=1950", "'to' (1950) is before 'from' (1990)")]
    [InlineData("/?from=1000&to=1950", "'from' must be between")]
    [InlineData("/?measure=gold", "There is no measure \u201cgold\u201d")]
    [InlineData("/api/atlas.geojson?measure=gold", "There is no measure")]
    public async Task A_bad_measure_or_range_is_a_400_that_names_it(string url, string message)
    {
        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_measure_and_range_are_in_the_views_own_address_citation_and_downloads()
    {
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/?to=1970&from=1950&year=1990&measure=crude-steel"));

        // The range replaces the year the form sends beside it; keys come in the fixed order.
        Assert.Matches(@"/\?from=1950&to=1970&measure=crude-steel&edition=[0-9a-f]{12}", html);
        Assert.Contains("Industrial cities of China active in 1950\u20131970, sized by crude steel output", html, StringComparison.Ordinal);
        Assert.Matches(@"/api/atlas\.csv\?from=1950&to=1970&measure=crude-steel&edition=", html);
        var csv = await client.GetStringAsync("/api/atlas.csv?from=1950&to=1970&measure=crude-steel");
        var alpha = csv.Split("\r\n").Single(l => l.StartsWith("alpha,", StringComparison.Ordinal));
        Assert.Contains(",1950-1970,", alpha, StringComparison.Ordinal);
        Assert.Contains(",crude-steel,5450000,t,1960,no,A. Geologist,", alpha, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_map_data_carries_each_citys_main_series_and_each_measures_largest_figure()
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/atlas/data.json"));
        var measures = json.RootElement.GetProperty("measures").EnumerateArray().ToList();

        Assert.Equal(["population", "crude-steel", "vanadium-products"], measures.Select(m => m.GetProperty("slug").GetString()));
        Assert.Equal(20_000_000d, measures[1].GetProperty("max").GetDouble());
        var alpha = json.RootElement.GetProperty("cities").EnumerateArray().Single(c => c.GetProperty("slug").GetString() == "alpha");
        // Only the main (first) series of an indicator feeds the map.
        Assert.Equal([1943, 1960, 1983, 2010], alpha.GetProperty("figures").GetProperty("crude-steel").EnumerateArray().Select(f => f.GetProperty("year").GetInt32()));
    }

    [GeneratedRegex("<li data-city=\"([a-z]+)\"")]
    private static partial Regex ListedPattern();
}
