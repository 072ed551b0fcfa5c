namespace IndustrialAtlas.Browser.Tests;

public sealed class YearSliderTests(AtlasBrowser browser) : IClassFixture<AtlasBrowser>
{
    [Fact]
    public async Task ArrowRight_moves_one_year_into_the_url_and_the_markers()
    {
        // Luoyang's phases leave a gap from the Ming to the First Five-Year Plan: hidden in 1952, shown from 1953 as a plan city.
        Assert.DoesNotContain("luoyang", ShownCities.Slugs(browser.Content, 1952));
        Assert.Contains("luoyang", ShownCities.Slugs(browser.Content, 1953));
        await using var page = await browser.OpenAsync("/?year=1952");
        await page.WaitForMapAsync(1952);
        AtlasAssert.ShowsExactly(ShownCities.At(browser.Content, 1952), await page.MarkersAsync());

        await page.Page.FocusAsync("#year");
        await page.Page.Keyboard.PressAsync("ArrowRight");
        await page.WaitForMapAsync(1953);

        var query = await AtlasPage.SettleAsync(() => Task.FromResult(page.Query), q => q.GetValueOrDefault("year") == "1953");
        Assert.Equal("1953", query.GetValueOrDefault("year"));
        Assert.Equal("1953", await page.ValueAsync("#year"));
        Assert.Equal("1953", (await page.Page.TextContentAsync("#year-label"))?.Trim());
        var expected = ShownCities.At(browser.Content, 1953);
        AtlasAssert.ShowsExactly(expected, await page.MarkersAsync());
        Assert.Contains(new Marker("luoyang", "first-five-year-plan"), await page.MarkersAsync());
        Assert.Equal(expected.Select(c => c.Slug), await AtlasPage.SettleAsync(page.ListAsync, l => l.Count == expected.Count));
        Assert.Equal((expected.Count, browser.Content.Cities.Count), await page.CountAsync());
        page.AssertStayedOnMachine();
    }

    [Fact]
    public async Task PageUp_and_PageDown_move_ten_years()
    {
        // Benxi's first phase starts in 1411: absent in 1401, shown ten years on.
        Assert.DoesNotContain("benxi", ShownCities.Slugs(browser.Content, 1401));
        Assert.Contains("benxi", ShownCities.Slugs(browser.Content, 1411));
        await using var page = await browser.OpenAsync("/?year=1401");
        await page.WaitForMapAsync(1401);
        await page.Page.FocusAsync("#year");

        await page.Page.Keyboard.PressAsync("PageUp");
        await page.WaitForMapAsync(1411);
        AtlasAssert.ShowsExactly(ShownCities.At(browser.Content, 1411), await page.MarkersAsync());

        await page.Page.Keyboard.PressAsync("PageDown");
        await page.WaitForMapAsync(1401);
        AtlasAssert.ShowsExactly(ShownCities.At(browser.Content, 1401), await page.MarkersAsync());
        Assert.Equal("1401", await page.ValueAsync("#year"));
        page.AssertStayedOnMachine();
    }
}
