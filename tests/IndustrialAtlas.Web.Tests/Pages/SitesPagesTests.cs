using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace IndustrialAtlas.Web.Tests.Pages;

/// <summary>The sites pages, the map's sites layer in its URL, list, GeoJSON and citation, and the city and era pages' sites.</summary>
public sealed partial class SitesPagesTests(AtlasFixture fixture) : IClassFixture<AtlasFixture>
{
    private readonly HttpClient client = fixture.App.CreateClient();

    private async Task<string> Html(string path) => WebUtility.HtmlDecode(await client.GetStringAsync(path));

    private static string[] Rows(string html) => [.. SiteRow().Matches(html).Select(m => m.Groups[1].Value)];

    [Theory]
    [InlineData("/sites", new[] { "alpha-works", "beta-mine", "gamma-mill", "far-plant" })]
    [InlineData("/sites?list=projects", new[] { "alpha-works", "beta-mine" })]
    [InlineData("/sites?list=heritage&kind=textile-mill", new[] { "gamma-mill" })]
    [InlineData("/sites?province=Gansu", new[] { "far-plant" })]
    public async Task The_index_filters_by_list_kind_and_province(string path, string[] expected) =>
        Assert.Equal(expected, Rows(await Html(path)));

    [Fact]
    public async Task The_index_of_a_list_gives_its_account_batches_and_counts_by_province()
    {
        var html = await Html("/sites?list=heritage");

        Assert.Contains("<h1>Sites of the national heritage test list</h1>", html, StringComparison.Ordinal);
        Assert.Matches(@"<th scope=""row"">2</th><td>2018</td><td>1</td><td>\s*<cite lang=""zh-Hans"">关于公布第二批名单的通告</cite>", html);
        Assert.Contains("<a href=\"/sites?list=heritage&province=Liaoning\">Liaoning</a></th><td>1</td><td>1</td>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/sites?list=heritage&province=Gansu\">Gansu</a></th><td>1</td><td>0</td>", html, StringComparison.Ordinal);
        Assert.Contains("<a class=\"map-link\" href=\"/?list=heritage\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_site_page_gives_its_lists_place_precision_years_and_sources()
    {
        var html = await Html("/sites/alpha-works");

        Assert.Contains("<h1>Alpha Works <span lang=\"zh-Hans\">甲城钢铁厂</span></h1>", html, StringComparison.Ordinal);
        Assert.Contains("placed by <strong>exact</strong>", html, StringComparison.Ordinal);
        Assert.Contains("Placed after <cite>A survey of the works</cite>", html, StringComparison.Ordinal);
        Assert.Contains("work began 1954 · production c. 1956", html, StringComparison.Ordinal);
        Assert.Matches(@"badge-supported"">supported</span>\s*<a href=""/sites\?list=heritage"">National heritage test list</a>\s*<span>· batch 1, 2017</span>", html);
        Assert.Contains("shown on the map from 1954", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/cities/alpha\">Alpha: the city's history, resources and claims</a>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/?year=2017&lat=41.11&lon=122.99&z=7&list=heritage\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chinese_site_page_gives_the_place_in_chinese_where_it_is_written_and_the_sector_in_chinese()
    {
        Assert.Contains("行业：<span>冶金</span>", await Html("/zh/sites/alpha-works"), StringComparison.Ordinal);
        Assert.Contains("，<span>煤炭</span>", await Html("/zh/sites?list=projects"), StringComparison.Ordinal);

        var written = await Html("/zh/sites/gamma-mill");
        var notYet = await Html("/zh/sites/beta-mine");

        Assert.Contains("<dd>山东省青岛市</dd>", written, StringComparison.Ordinal);
        Assert.Contains("<td>山东省青岛市 <span class=\"precision\">", await Html("/zh/sites?list=heritage"), StringComparison.Ordinal);
        Assert.Matches(@"<dd>\s*<span lang=""en"">East District, Beta</span>，四川</dd>", notYet);
    }

    [Fact]
    public async Task A_site_whose_listing_is_unsupported_says_so_and_why()
    {
        var html = await Html("/sites/beta-mine");

        Assert.Contains("badge-unsupported\">unsupported</span>", html, StringComparison.Ordinal);
        Assert.Contains("so the atlas does not state it as fact", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_site_no_source_places_is_listed_not_drawn()
    {
        var html = await Html("/sites/far-plant");

        Assert.Contains("Not placed: no source read gives more than the province", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-site=\"far-plant\"", await Html("/?year=2020&list=heritage"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/sites/nowhere", HttpStatusCode.NotFound, "No site “nowhere”")]
    [InlineData("/sites/alpha-work", HttpStatusCode.NotFound, "/sites/alpha-works")]
    [InlineData("/sites?list=nope", HttpStatusCode.BadRequest, "There is no list “nope”")]
    [InlineData("/?year=1960&list=nope", HttpStatusCode.BadRequest, "There is no list “nope”")]
    [InlineData("/?kind=castle", HttpStatusCode.BadRequest, "There is no kind of site “castle”")]
    public async Task A_bad_site_or_list_gets_its_status_and_says_why(string path, HttpStatusCode status, string text)
    {
        var response = await client.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        Assert.Contains(text, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/?year=1953&list=projects", new[] { "beta-mine" })]
    [InlineData("/?year=1954&list=projects", new[] { "alpha-works", "beta-mine" })]
    [InlineData("/?year=2017&list=heritage", new[] { "alpha-works" })]
    [InlineData("/?year=2018&list=heritage", new[] { "alpha-works", "gamma-mill" })]
    [InlineData("/?year=2018&kind=coal-mine", new[] { "beta-mine" })]
    [InlineData("/?year=2018", new string[0])]
    public async Task The_map_lists_the_sites_of_its_list_by_the_year_they_appear(string path, string[] expected)
    {
        var html = await Html(path);

        Assert.Equal(expected, MapSite().Matches(html).Select(m => m.Groups[1].Value).ToArray());
        Assert.Equal(expected.Length == 0, html.Contains("id=\"site-list-section\" class=\"site-list-section\" hidden", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_geojson_of_a_view_with_a_list_has_its_sites_after_its_cities()
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/atlas.geojson?year=1960&list=projects"));
        var features = json.RootElement.GetProperty("features").EnumerateArray().ToList();
        var sites = features.Where(f => f.GetProperty("properties").TryGetProperty("layer", out var layer) && layer.GetString() == "site").ToList();

        Assert.Equal(["alpha-works", "beta-mine"], sites.Select(f => f.GetProperty("properties").GetProperty("slug").GetString()));
        Assert.Equal([122.99, 41.11], sites[0].GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()));
        Assert.Equal(1954, sites[0].GetProperty("properties").GetProperty("from").GetInt32());
        Assert.True(features.IndexOf(sites[0]) > 0, "the cities come first");
    }

    [Fact]
    public async Task A_map_view_with_a_list_is_cited_with_it_and_offers_its_sites_as_data()
    {
        var cite = await client.GetStringAsync("/cite?url=" + Uri.EscapeDataString("/?year=1960&list=projects") + "&style=apa");
        var panel = await Html("/share-panel?url=" + Uri.EscapeDataString("/?year=1960&list=projects"));

        Assert.Contains("Industrial cities of China in 1960, with the sites of the test projects [Interactive map]", cite, StringComparison.Ordinal);
        Assert.Contains("/?year=1960&list=projects&edition=", cite, StringComparison.Ordinal);
        Assert.Contains("/api/sites.csv?list=projects&edition=", panel, StringComparison.Ordinal);
        Assert.Contains("/embed?year=1960&list=projects&edition=", panel, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_embed_of_a_list_view_lists_its_sites()
    {
        var html = await Html("/embed?year=1960&list=projects");

        Assert.Equal(["alpha-works", "beta-mine"], [.. MapSite().Matches(html).Select(m => m.Groups[1].Value)]);
    }

    [Fact]
    public async Task A_city_page_and_an_era_page_list_their_sites()
    {
        var city = await Html("/cities/alpha");
        var era = await Html("/eras/first-five-year-plan");

        Assert.Contains("Sites of the official lists (1)", city, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/sites/alpha-works\">Alpha Works</a>", city, StringComparison.Ordinal);
        Assert.Equal(["beta-mine", "alpha-works"], [.. ItemSite().Matches(era).Select(m => m.Groups[1].Value)]);
        Assert.DoesNotContain("<h2 id=\"sites\">", await Html("/eras/ming"), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"<tr data-site=""([a-z0-9-]+)"">")]
    private static partial Regex SiteRow();

    [GeneratedRegex(@"<li data-site=""([a-z0-9-]+)"" data-from=")]
    private static partial Regex MapSite();

    [GeneratedRegex(@"<li data-site=""([a-z0-9-]+)"">")]
    private static partial Regex ItemSite();
}
