using System.Globalization;

namespace IndustrialAtlas.Browser.Tests;

public sealed class UrlStateTests(AtlasBrowser browser) : IClassFixture<AtlasBrowser>
{
    [Theory]
    [InlineData("year=1970&resource=hydropower&lat=30.5&lon=110.25&z=5", 1970, "1970", "hydropower", "", 30.5, 110.25, 5)]
    [InlineData("year=-475&era=warring-states&lat=41.1&lon=123&z=7", -475, "475 BCE", "", "warring-states", 41.1, 123, 7)]
    public async Task Loading_and_reloading_a_url_restores_its_markers_controls_and_map_view(
        string query, int year, string label, string resource, string era, double lat, double lon, int zoom)
    {
        var expected = ShownCities.At(browser.Content, year, NullIfEmpty(resource), NullIfEmpty(era));
        Assert.NotEmpty(expected);
        Assert.True(expected.Count < browser.Content.Cities.Count, "the query should hide at least one city");
        await using var page = await browser.OpenAsync("/?" + query);

        await AssertRestoredAsync();
        await page.Page.ReloadAsync();
        await AssertRestoredAsync();
        page.AssertStayedOnMachine();

        async Task AssertRestoredAsync()
        {
            await page.WaitForMapAsync(year);
            AtlasAssert.ShowsExactly(expected, await page.MarkersAsync());
            Assert.Equal(year.ToString(CultureInfo.InvariantCulture), await page.ValueAsync("#year"));
            Assert.Equal(label, (await page.Page.TextContentAsync("#year-label"))?.Trim());
            Assert.Equal(resource, await page.ValueAsync("#resource"));
            Assert.Equal(era, await page.ValueAsync("#era"));
            var view = await page.MapViewAsync();
            // Leaflet keeps its pixel origin on whole pixels: the centre is the linked one within a pixel at that zoom.
            var pixel = 360.0 / (256 * Math.Pow(2, zoom));
            Assert.Equal(zoom, view.Zoom);
            Assert.True(Math.Abs(view.Lat - lat) <= pixel && Math.Abs(view.Lon - lon) <= pixel, $"the map is centred on {view.Lat}, {view.Lon}, not {lat}, {lon}");
            var written = page.Query;
            Assert.Equal(year.ToString(CultureInfo.InvariantCulture), written.GetValueOrDefault("year"));
            Assert.Equal(lat, Math.Round(Number(written, "lat"), 2));
            Assert.Equal(lon, Math.Round(Number(written, "lon"), 2));
            Assert.Equal(zoom, Number(written, "z"));
        }
    }

    [Fact]
    public async Task The_url_the_script_writes_after_changes_opens_the_same_view_in_a_new_page()
    {
        await using var first = await browser.OpenAsync("/?year=1960");
        await first.WaitForMapAsync(1960);
        await first.Page.FocusAsync("#year");
        await first.Page.Keyboard.PressAsync("PageUp");
        await first.WaitForMapAsync(1970);
        await first.Page.SelectOptionAsync("#era", "third-front");
        await first.Page.EvaluateAsync("() => { window.atlasMap.setView([29.5, 104.5], 6); }");
        var written = await AtlasPage.SettleAsync(
            () => Task.FromResult(first.Query),
            q => q.GetValueOrDefault("era") == "third-front" && q.GetValueOrDefault("z") == "6");
        Assert.Equal(("1964", "1980", false), (written.GetValueOrDefault("from"), written.GetValueOrDefault("to"), written.ContainsKey("year")));
        Assert.Equal("third-front", written.GetValueOrDefault("era"));
        Assert.Equal(6, Number(written, "z"));
        var expected = ShownCities.Within(browser.Content, 1964, 1980, "third-front");
        AtlasAssert.ShowsExactly(expected, await AtlasPage.SettleAsync(first.MarkersAsync, m => m.Count == expected.Count));

        await using var second = await browser.OpenAsync(new Uri(first.Page.Url).PathAndQuery);
        await second.WaitForMapAsync(1980);

        Assert.Equal(await first.MarkersAsync(), await second.MarkersAsync());
        Assert.Equal("third-front", await second.ValueAsync("#era"));
        Assert.Equal(("1964", "1980"), (await second.ValueAsync("#from"), await second.ValueAsync("#to")));
        var view = await second.MapViewAsync();
        Assert.Equal((29.5, 104.5, 6.0), (Math.Round(view.Lat, 1), Math.Round(view.Lon, 1), view.Zoom));
        first.AssertStayedOnMachine();
        second.AssertStayedOnMachine();
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    private static double Number(IReadOnlyDictionary<string, string> query, string key) =>
        double.TryParse(query.GetValueOrDefault(key), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new Xunit.Sdk.XunitException($"the URL has no number '{key}': {string.Join('&', query.Select(p => $"{p.Key}={p.Value}"))}");
}
