using System.Net;
using System.Text.RegularExpressions;
using IndustrialAtlas.Content;

namespace IndustrialAtlas.Web.Tests.Pages;

/// <summary>The city index over the real content: sorted as asked, filtered, and a 400 for an order it does not know.</summary>
public sealed partial class CityIndexTests(RealContentFixture fixture) : IClassFixture<RealContentFixture>
{
    private readonly HttpClient client = fixture.App.CreateClient();

    private static readonly Lazy<ContentSet> Content = new(() => ContentLoader.Load(AtlasApplication.RepositoryContent).Set!);

    private async Task<List<string>> RowsAsync(string url) =>
        [.. RowPattern().Matches(await client.GetStringAsync(url)).Select(m => m.Groups[1].Value)];

    [Fact]
    public async Task Sorts_by_population_history_province_and_claims()
    {
        var cities = Content.Value.Cities;

        Assert.Equal(cities.OrderByDescending(c => c.Population.Value).ThenBy(c => c.Name, StringComparer.Ordinal).Select(c => c.Slug), await RowsAsync("/cities?sort=population"));
        Assert.Equal(cities.OrderBy(c => c.Phases.Min(p => p.Start.Value)).ThenBy(c => c.Name, StringComparer.Ordinal).Select(c => c.Slug), await RowsAsync("/cities?sort=history"));
        Assert.Equal(cities.OrderByDescending(c => c.Claims.Count).ThenBy(c => c.Name, StringComparer.Ordinal).Select(c => c.Slug), await RowsAsync("/cities?sort=claims"));
        Assert.Equal(cities.OrderBy(c => c.Province, StringComparer.Ordinal).ThenBy(c => c.Name, StringComparer.Ordinal).Select(c => c.Slug), await RowsAsync("/cities?sort=province"));
        Assert.Equal(cities.OrderBy(c => c.Name, StringComparer.Ordinal).Select(c => c.Slug), await RowsAsync("/cities"));
    }

    [Fact]
    public async Task Filters_and_sorting_combine()
    {
        var expected = Content.Value.Cities.Where(c => c.Province == "Liaoning").OrderByDescending(c => c.Population.Value).Select(c => c.Slug).ToList();
        Assert.True(expected.Count >= 4, "the content should have several Liaoning cities");

        Assert.Equal(expected, await RowsAsync("/cities?province=Liaoning&sort=population"));
    }

    [Fact]
    public async Task An_unknown_order_is_a_400_that_lists_the_known_ones()
    {
        using var response = await client.GetAsync("/cities?sort=size");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("cannot be sorted by \u201csize\u201d; it sorts by name, province, population, history, claims", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [GeneratedRegex("<tr data-city=\"([a-z0-9-]+)\"")]
    private static partial Regex RowPattern();
}
