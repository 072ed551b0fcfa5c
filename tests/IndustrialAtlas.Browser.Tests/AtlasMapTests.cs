using System.Globalization;
using Microsoft.Playwright;

namespace IndustrialAtlas.Browser.Tests;

public sealed class AtlasMapTests(AtlasBrowser browser) : IClassFixture<AtlasBrowser>
{
    private static readonly string[] ViewKeys = ["year", "from", "to", "resource", "era", "measure", "list", "kind", "city", "lat", "lon", "z"];

    [Fact]
    public async Task The_default_view_draws_the_basemap_and_one_marker_per_city_shown()
    {
        await using var page = await browser.OpenAsync("/");
        await page.WaitForMapAsync();
        var year = await page.DrawnYearAsync();
        var expected = ShownCities.At(browser.Content, year);

        // The basemap is pixels on its own canvas: China's fill inside it, the neighbours' grey in Mongolia.
        var colours = await page.BasemapColoursAsync((33, 103), (31, 110), (46, 103), (47, 100));
        Assert.Equal(4, colours.Length);
        Assert.Contains("250,246,238", colours[..2]);
        Assert.Contains("233,236,239", colours[2..]);
        Assert.Equal(year.ToString(CultureInfo.InvariantCulture), await page.ValueAsync("#year"));
        Assert.Equal(browser.Content.Eras.Min(e => e.Start.Value).ToString(CultureInfo.InvariantCulture), await page.Page.GetAttributeAsync("#year", "min"));
        Assert.Equal(DateTime.UtcNow.Year.ToString(CultureInfo.InvariantCulture), await page.Page.GetAttributeAsync("#year", "max"));
        Assert.NotEmpty(expected);
        AtlasAssert.ShowsExactly(expected, await page.MarkersAsync());
        Assert.Equal(expected.Select(c => c.Slug), await page.ListAsync());
        Assert.Equal((expected.Count, browser.Content.Cities.Count), await page.CountAsync());
        page.AssertStayedOnMachine();
    }

    [Fact]
    public async Task The_basemap_follows_the_view_after_a_zoom_and_a_pan()
    {
        await using var page = await browser.OpenAsync("/");
        await page.WaitForMapAsync();

        // A closer zoom brings the fine level of detail, painted off the page's thread; the picture shown is the one
        // painted for the view (its zoom on the canvas), in its place: China's fill at Chongqing, Vietnam's grey at Hanoi.
        await page.Page.EvaluateAsync("() => { window.atlasMap.setView([26, 108], 6, { animate: false }); }");
        await page.Page.WaitForSelectorAsync(".leaflet-basemap-pane canvas[data-zoom='6']", new() { State = WaitForSelectorState.Attached });
        Assert.Equal(["250,246,238", "233,236,239"], await page.BasemapColoursAsync((29.56, 106.55), (21.03, 105.85)));

        // A pan far enough to need a new picture: Harbin in China, Ussuriysk in Russia.
        await page.Page.EvaluateAsync("() => { window.atlasMap.setView([45, 128], 6, { animate: false }); }");
        await page.Page.WaitForFunctionAsync("() => document.querySelector('.leaflet-basemap-pane canvas').dataset.centre === '45,128'");
        Assert.Equal(["250,246,238", "233,236,239"], await page.BasemapColoursAsync((45.75, 126.63), (43.8, 131.95)));
        page.AssertStayedOnMachine();
    }

    [Fact]
    public async Task The_controls_are_a_plain_get_form_that_works_without_the_script()
    {
        await using var page = await browser.OpenAsync("/", javaScript: false);
        var form = page.Page.Locator("form#atlas-controls");

        Assert.Equal(("get", "/"), (await form.GetAttributeAsync("method"), await form.GetAttributeAsync("action")));
        // Every key of the view is a field of the form (their order in the URL a plain submission makes does not matter:
        // the page's canonical link and Share panel write the view in one order).
        Assert.Equal(
            ViewKeys.Order(StringComparer.Ordinal),
            (await form.Locator("input[name], select[name]").EvaluateAllAsync<string[]>("els => els.filter(e => e.name !== 'edition').map(e => e.name)")).Order(StringComparer.Ordinal));
        Assert.Equal("range", await page.Page.GetAttributeAsync("#year", "type"));
        Assert.Equal("", await page.Page.Locator("#resource option").First.GetAttributeAsync("value"));
        Assert.Equal("", await page.Page.Locator("#era option").First.GetAttributeAsync("value"));
        Assert.Equal(1, await form.Locator("button[type=submit], input[type=submit]").CountAsync());
        Assert.Equal("button", await page.Page.GetAttributeAsync("#play", "type"));
        Assert.Equal(ShownCities.Slugs(browser.Content, DateTime.UtcNow.Year), await page.ListAsync());
        page.AssertStayedOnMachine();
    }

    [Fact]
    public async Task Selecting_a_marker_opens_its_popup_and_writes_the_city_into_the_url()
    {
        await using var page = await browser.OpenAsync("/?year=1970");
        await page.WaitForMapAsync(1970);

        // The marker is pixels on the map's canvas: a click there reaches it as a reader's mouse does.
        var marker = (await page.DrawnMarkersAsync()).Single(m => m.City == "panzhihua");
        await page.Page.Mouse.ClickAsync((float)marker.X, (float)marker.Y);
        var popup = page.Page.Locator(".leaflet-popup");
        await popup.WaitForAsync();

        Assert.Contains("Panzhihua", await popup.TextContentAsync() ?? "", StringComparison.Ordinal);
        var query = await AtlasPage.SettleAsync(() => Task.FromResult(page.Query), q => q.ContainsKey("city"));
        Assert.Equal("panzhihua", query.GetValueOrDefault("city"));
        page.AssertStayedOnMachine();
    }
}
