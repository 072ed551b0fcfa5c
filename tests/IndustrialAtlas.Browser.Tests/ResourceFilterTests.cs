using System.Net.Http.Json;

namespace IndustrialAtlas.Browser.Tests;

public sealed class ResourceFilterTests(AtlasBrowser browser) : IClassFixture<AtlasBrowser>
{
    private const string Magnetite = "vanadium-titanium-magnetite";

    [Fact]
    public async Task A_resource_filter_hides_the_cities_without_that_resource()
    {
        // Only Panzhihua lists vanadium-titanium magnetite, so the filter must hide every other city.
        Assert.Equal(["panzhihua"], browser.Content.Cities.Where(c => c.Resources.Any(r => r.ResourceSlug == Magnetite)).Select(c => c.Slug));
        await using var page = await browser.OpenAsync("/?year=2000");
        await page.WaitForMapAsync(2000);
        Assert.True((await page.MarkersAsync()).Count > 1, "the unfiltered view should show more than one city in 2000");

        await page.Page.SelectOptionAsync("#resource", Magnetite);
        var expected = ShownCities.At(browser.Content, 2000, Magnetite);
        var markers = await AtlasPage.SettleAsync(page.MarkersAsync, m => m.Count == expected.Count);
        await page.WaitForMapAsync(2000);

        AtlasAssert.ShowsExactly(expected, markers);
        Assert.Equal(Magnetite, page.Query.GetValueOrDefault("resource"));
        Assert.Equal(expected.Select(c => c.Slug), await AtlasPage.SettleAsync(page.ListAsync, l => l.Count == expected.Count));
        Assert.Equal((expected.Count, browser.Content.Cities.Count), await page.CountAsync());

        // The server's own answers for the same query: the GeoJSON and the list rendered without JavaScript.
        using var client = new HttpClient { BaseAddress = browser.Server.Address };
        var features = await client.GetFromJsonAsync<FeatureCollection>($"/api/atlas.geojson?year=2000&resource={Magnetite}");
        Assert.Equal(expected.Select(c => c.Slug), features!.Features.Select(f => f.Properties.Slug).Order(StringComparer.Ordinal));
        await using var plain = await browser.OpenAsync($"/?year=2000&resource={Magnetite}", javaScript: false);
        Assert.Equal(expected.Select(c => c.Slug), await plain.ListAsync());
        Assert.Equal((expected.Count, browser.Content.Cities.Count), await plain.CountAsync());

        await page.Page.SelectOptionAsync("#resource", "");
        var all = ShownCities.At(browser.Content, 2000);
        AtlasAssert.ShowsExactly(all, await AtlasPage.SettleAsync(page.MarkersAsync, m => m.Count == all.Count));
        page.AssertStayedOnMachine();
        plain.AssertStayedOnMachine();
    }

    private sealed record FeatureCollection(string Type, IReadOnlyList<Feature> Features);

    private sealed record Feature(string Type, FeatureProperties Properties);

    private sealed record FeatureProperties(string Slug, string Era);
}
