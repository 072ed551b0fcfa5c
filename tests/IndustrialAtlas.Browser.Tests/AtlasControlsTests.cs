using Microsoft.Playwright;

namespace IndustrialAtlas.Browser.Tests;

/// <summary>The era filter, the play button, and the list of shown cities as the keyboard's way to the markers.</summary>
public sealed class AtlasControlsTests(AtlasBrowser browser) : IClassFixture<AtlasBrowser>
{
    [Fact]
    public async Task Choosing_an_era_shows_its_years_as_a_range_each_city_in_its_phase_of_that_era_and_marks_its_band()
    {
        var era = browser.Content.Eras.Single(e => e.Slug == "third-front");
        await using var page = await browser.OpenAsync("/?year=2000");
        await page.WaitForMapAsync(2000);

        await page.Page.SelectOptionAsync("#era", "third-front");
        await page.WaitForMapAsync(era.End!.Value.Value);

        var query = await AtlasPage.SettleAsync(() => Task.FromResult(page.Query), q => q.GetValueOrDefault("era") == "third-front");
        Assert.Equal(("third-front", "1964", "1980", false), (query.GetValueOrDefault("era"), query.GetValueOrDefault("from"), query.GetValueOrDefault("to"), query.ContainsKey("year")));
        Assert.Contains("selected", await page.Page.GetAttributeAsync(".era-band[data-era='third-front']", "class") ?? "", StringComparison.Ordinal);
        Assert.DoesNotContain("selected", await page.Page.GetAttributeAsync(".era-band[data-era='ming']", "class") ?? "", StringComparison.Ordinal);
        var expected = ShownCities.Within(browser.Content, 1964, 1980, "third-front");
        Assert.Contains(expected, c => c.Slug == "panzhihua");
        // Every city is drawn in its Third Front phase, in that era's colour, not in whatever phase it had in 1980.
        Assert.All(expected, c => Assert.Equal(["third-front"], c.Eras));
        AtlasAssert.ShowsExactly(expected, await page.MarkersAsync());
        // The page says what the filters mean.
        var sentence = (await page.Page.TextContentAsync("#view-sentence"))!;
        Assert.Contains("at any time in 1964–1980", sentence, StringComparison.Ordinal);
        Assert.Contains("belonging to the era Third Front", sentence, StringComparison.Ordinal);
        Assert.Contains("1964–1980", (await page.Page.TextContentAsync("#view-title"))!, StringComparison.Ordinal);
        page.AssertStayedOnMachine();
    }

    [Fact]
    public async Task Play_runs_the_years_to_the_end_and_stops()
    {
        // Forty years at a year a tick: long enough to see it playing even on a loaded machine.
        var last = DateTime.UtcNow.Year;
        await using var page = await browser.OpenAsync($"/?year={last - 40}");
        await page.WaitForMapAsync(last - 40);

        await page.Page.ClickAsync("#play");
        Assert.Equal("true", await page.Page.GetAttributeAsync("#play", "aria-pressed"));
        await page.WaitForMapAsync(last);

        var pressed = await AtlasPage.SettleAsync(() => page.Page.GetAttributeAsync("#play", "aria-pressed"), p => p == "false");
        Assert.Equal("false", pressed);
        Assert.Equal("Play", (await page.Page.TextContentAsync("#play"))?.Trim());
        // Stopped means no tick is left to run: after the next two frames the map still shows the last year.
        await page.Page.EvaluateAsync("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");
        Assert.Equal(last, await page.DrawnYearAsync());
        page.AssertStayedOnMachine();
    }

    [Fact]
    public async Task A_city_in_the_list_opens_its_popup_on_the_map_from_the_keyboard_and_gets_the_focus_back()
    {
        await using var page = await browser.OpenAsync("/?year=1970");
        await page.WaitForMapAsync(1970);
        var button = page.Page.Locator("#atlas-list li[data-city='panzhihua'] button.show-on-map");

        await button.FocusAsync();
        await page.Page.Keyboard.PressAsync("Enter");

        var popup = page.Page.Locator(".atlas-popup");
        await popup.WaitForAsync(new() { State = WaitForSelectorState.Visible });
        Assert.Contains("Dukou", await popup.TextContentAsync() ?? "", StringComparison.Ordinal);
        Assert.Equal("/cities/panzhihua", await popup.Locator("a").GetAttributeAsync("href"));
        Assert.True(await popup.EvaluateAsync<bool>("p => p.contains(document.activeElement)"), "the focus did not move into the popup");
        var query = await AtlasPage.SettleAsync(() => Task.FromResult(page.Query), q => q.ContainsKey("city"));
        Assert.Equal("panzhihua", query.GetValueOrDefault("city"));

        await page.Page.Keyboard.PressAsync("Escape");
        await popup.WaitForAsync(new() { State = WaitForSelectorState.Detached });
        Assert.True(await button.EvaluateAsync<bool>("b => b === document.activeElement"), "the focus did not come back to the list");
        Assert.Equal("Show Dukou on the map", (await button.TextContentAsync())?.Trim());
        page.AssertStayedOnMachine();
    }

    [Fact]
    public async Task A_printed_city_page_drops_the_navigation_and_prints_its_address()
    {
        await using var page = await browser.OpenAsync("/cities/anshan");
        await page.Page.EmulateMediaAsync(new() { Media = Media.Print });

        Assert.False(await page.Page.IsVisibleAsync(".site-header nav"));
        Assert.False(await page.Page.IsVisibleAsync(".share"));
        Assert.False(await page.Page.IsVisibleAsync("#city-map"));
        Assert.False(await page.Page.IsVisibleAsync(".claim-links"));
        Assert.True(await page.Page.IsVisibleAsync(".references"));
        var printed = await page.Page.TextContentAsync(".print-url");
        Assert.Equal(new Uri(browser.Server.Address, "/cities/anshan").ToString(), printed?.Trim());
        Assert.True(await page.Page.IsVisibleAsync(".print-url"));
        page.AssertStayedOnMachine();
    }
}
