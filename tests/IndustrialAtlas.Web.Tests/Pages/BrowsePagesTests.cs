using System.Net;
using System.Text.RegularExpressions;

namespace IndustrialAtlas.Web.Tests.Pages;

/// <summary>The city index and page, and the era and resource pages, on the fixture content.</summary>
public sealed partial class BrowsePagesTests(AtlasFixture fixture) : IClassFixture<AtlasFixture>
{
    private readonly HttpClient client = fixture.App.CreateClient();

    private async Task<string> Html(string path) => WebUtility.HtmlDecode(await client.GetStringAsync(path));

    private static string[] Rows(string html) => [.. CityRow().Matches(html).Select(m => m.Groups[1].Value)];

    [Theory]
    [InlineData("/cities", new[] { "alpha", "beta" })]
    [InlineData("/cities?province=Sichuan", new[] { "beta" })]
    [InlineData("/cities?resource=coal", new[] { "alpha" })]
    [InlineData("/cities?era=third-front", new[] { "beta" })]
    [InlineData("/cities?province=Liaoning&era=transition", new[] { "alpha" })]
    [InlineData("/cities?province=Sichuan&era=ming", new string[0])]
    public async Task The_city_index_filters_by_province_resource_and_era(string path, string[] expected)
    {
        var html = await Html(path);

        Assert.Equal(expected, Rows(html));
        Assert.Contains($"role=\"status\">{expected.Length} of 2 cities<", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/cities?province=Mars", "No city in the atlas is in a province called “Mars”")]
    [InlineData("/cities?era=bronze", "There is no era “bronze”")]
    public async Task A_bad_city_filter_is_a_400(string path, string message)
    {
        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_city_page_groups_claims_by_support_each_with_an_anchor_and_a_map_link()
    {
        var html = await Html("/cities/beta");

        Assert.True(html.IndexOf("disputed (1)", StringComparison.Ordinal) < html.IndexOf("false (1)", StringComparison.Ordinal));
        Assert.Contains("<li id=\"claim-beta-reserves\" class=\"claim\">", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/?year=1964&city=beta\">See on the map in 1964</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/claims/beta-clock\">Claim page</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_city_page_draws_its_phases_on_the_national_eras()
    {
        var html = await Html("/cities/alpha");

        Assert.Equal(3, TimelinePhase().Count(html));
        Assert.Contains("<title>Ming foundries (c. 1400–1644)</title>", html, StringComparison.Ordinal);
        Assert.Contains("timeline-phase approximate", html, StringComparison.Ordinal);
        Assert.Contains("id=\"city-map\"", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/resources/iron-ore\">Iron ore</a>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"print-url\">http://localhost/cities/alpha</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_city_timeline_puts_each_year_where_the_map_slider_puts_it()
    {
        var map = await Html("/");
        var city = await Html("/cities/alpha");
        var slider = MapBand().Matches(map).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        var timeline = CityBand().Matches(city).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);

        Assert.Equal(["first-five-year-plan", "ming", "third-front", "transition"], slider.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(slider, timeline);
        // The fixture's eras begin in 1368, so the scale is compressed: 1850 lies a fifth of the way along both.
        Assert.Contains("<span data-x=\"200\">1850</span>", city, StringComparison.Ordinal);
        Assert.Contains("<span data-x=\"200\">1850</span>", map, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_era_page_lists_the_cities_in_it_and_links_to_the_filtered_map()
    {
        var html = await Html("/eras/third-front");

        Assert.Contains("<li class=\"phase\" data-city=\"beta\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-city=\"alpha\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/?year=1964&era=third-front\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"claim-beta-clock\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_resource_page_gives_each_city_its_figure_and_links_to_the_filtered_map()
    {
        var html = await Html("/resources/vanadium");

        Assert.Contains("10 billion tonnes of ore", html, StringComparison.Ordinal);
        Assert.Equal(["beta"], Rows(html));
        Assert.Contains("href=\"/?resource=vanadium\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_resource_no_city_holds_says_so()
    {
        var html = await Html("/resources/limestone");

        Assert.Contains("No city in the atlas records this resource yet.", html, StringComparison.Ordinal);
        Assert.Empty(Rows(html));
    }

    [Fact]
    public async Task The_era_and_resource_indexes_count_the_cities_in_each()
    {
        var eras = await Html("/eras");
        var resources = await Html("/resources");

        Assert.Contains("<a href=\"/eras/third-front\">Third Front construction</a>", eras, StringComparison.Ordinal);
        Assert.Matches("data-era=\"transition\">[\\s\\S]*?<td>2</td>\\s*</tr>", eras);
        Assert.Matches("data-resource=\"limestone\">[\\s\\S]*?<td>0</td>\\s*</tr>", resources);
        Assert.Matches("data-resource=\"vanadium\">[\\s\\S]*?<td>1</td>\\s*</tr>", resources);
    }

    [GeneratedRegex("<tr data-city=\"([a-z0-9-]+)\"")]
    private static partial Regex CityRow();

    [GeneratedRegex("<li class=\"era-band era-c\\d+[^\"]*\" data-era=\"([a-z0-9-]+)\" data-x=\"([0-9.]+)\"")]
    private static partial Regex MapBand();

    [GeneratedRegex("<rect class=\"era-c\\d+ timeline-era\" data-era=\"([a-z0-9-]+)\" x=\"([0-9.]+)\"")]
    private static partial Regex CityBand();

    [GeneratedRegex("class=\"era-c\\d+ timeline-phase")]
    private static partial Regex TimelinePhase();
}
