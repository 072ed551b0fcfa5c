using System.Net;
using System.Text;
using System.Text.Json;

namespace IndustrialAtlas.Web.Tests.Api;

/// <summary><c>/api/sites</c>, <c>/api/sites.csv</c> and the map layer's <c>/api/atlas/sites.json</c>, on the fixture lists.</summary>
public sealed class SitesApiTests(AtlasFixture fixture) : IClassFixture<AtlasFixture>
{
    private readonly HttpClient client = fixture.App.CreateClient();

    private async Task<string[]> Slugs(string path)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync(path));
        return [.. json.RootElement.EnumerateArray().Select(s => s.GetProperty("slug").GetString()!)];
    }

    [Fact]
    public async Task Lists_sites_in_the_documented_shape_one_site_from_the_entries_of_two_lists()
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/sites"));
        var sites = json.RootElement.EnumerateArray().ToList();

        Assert.Equal(["alpha-works", "beta-mine", "gamma-mill", "far-plant"], sites.Select(s => s.GetProperty("slug").GetString()));
        Assert.All(sites, s => Assert.Equal(["slug", "name", "nameZh", "pinyin", "kind", "city", "province", "cityName", "county", "placeZh", "lat", "lon", "precision", "years", "lists", "note", "sources"],
            s.EnumerateObject().Select(p => p.Name)));
        var works = sites[0];
        Assert.Equal(("Alpha Works", "甲城钢铁厂", "alpha", "exact", 41.11), (works.GetProperty("name").GetString(), works.GetProperty("nameZh").GetString(), works.GetProperty("city").GetString(), works.GetProperty("precision").GetString(), works.GetProperty("lat").GetDouble()));
        Assert.Equal([("heritage", "supported", 2017), ("projects", "supported", 0)], works.GetProperty("lists").EnumerateArray()
            .Select(l => (l.GetProperty("slug").GetString(), l.GetProperty("support").GetString(), l.GetProperty("year").ValueKind == JsonValueKind.Null ? 0 : l.GetProperty("year").GetInt32())));
        Assert.Equal((1954, 1956, true), (works.GetProperty("years").GetProperty("construction").GetInt32(), works.GetProperty("years").GetProperty("production").GetInt32(), works.GetProperty("years").GetProperty("productionApproximate").GetBoolean()));
        // The source that places it comes first.
        Assert.Equal("A survey of the works", works.GetProperty("sources")[0].GetProperty("title").GetString());
        Assert.Equal(JsonValueKind.Null, sites[3].GetProperty("lat").ValueKind);
    }

    [Theory]
    [InlineData("/api/sites?list=projects", new[] { "alpha-works", "beta-mine" })]
    [InlineData("/api/sites?list=heritage&province=Shandong", new[] { "gamma-mill" })]
    [InlineData("/api/sites?kind=coal-mine", new[] { "beta-mine" })]
    [InlineData("/api/sites?city=alpha", new[] { "alpha-works" })]
    [InlineData("/api/sites?province=shandong", new[] { "gamma-mill" })]
    public async Task Filters_by_list_kind_city_and_province(string path, string[] expected) =>
        Assert.Equal(expected, await Slugs(path));

    [Theory]
    [InlineData("/api/sites?list=nope", "There is no list “nope”. Lists: heritage, projects.")]
    [InlineData("/api/sites?kind=castle", "There is no kind of site “castle”.")]
    [InlineData("/api/sites?list=heritage&list=projects", "'list' is given 2 times; give it once.")]
    [InlineData("/api/sites.csv?province=Mars", "No site lies in a province “Mars”.")]
    public async Task A_bad_filter_is_a_400_problem_that_says_why(string path, string message)
    {
        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(message, json.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_csv_keeps_chinese_names_approximate_years_and_where_a_source_was_read()
    {
        var response = await client.GetAsync("/api/sites.csv?list=heritage");
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("slug,name,name_zh,kind,city,province,city_name,county,place_zh,lat,lon,precision,construction,production,closed,lists,support,note,sources,edition", lines[0], StringComparison.Ordinal);
        Assert.Equal(4, lines.Length);
        Assert.Contains("alpha-works,Alpha Works,甲城钢铁厂,steelworks,alpha,Liaoning,Alpha,,,41.11,122.99,exact,1954,~1956,,", lines[1], StringComparison.Ordinal);
        Assert.Contains("read at https://copy.example/2", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_map_layer_has_each_placed_site_with_the_year_it_appears_on_each_list()
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/atlas/sites.json"));
        var sites = json.RootElement.GetProperty("sites").EnumerateArray().ToDictionary(s => s.GetProperty("slug").GetString()!);

        Assert.Equal(["alpha-works", "beta-mine", "gamma-mill"], sites.Keys);
        Assert.Equal((2017, 1954), (sites["alpha-works"].GetProperty("from").GetProperty("heritage").GetInt32(), sites["alpha-works"].GetProperty("from").GetProperty("projects").GetInt32()));
        Assert.Equal(1953, sites["beta-mine"].GetProperty("from").GetProperty("projects").GetInt32());
        Assert.Equal(("unsupported", "metal"), (sites["beta-mine"].GetProperty("support").GetProperty("projects").GetString(), sites["alpha-works"].GetProperty("group").GetString()));
        Assert.Equal("the test projects", json.RootElement.GetProperty("lists").EnumerateArray().Single(l => l.GetProperty("slug").GetString() == "projects").GetProperty("inSentence").GetString());
    }
}
