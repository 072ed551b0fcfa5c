namespace IndustrialAtlas.Browser.Tests;

public sealed class YearSliderTests(AtlasBrowser browser) : IClassFixture<AtlasBrowser>
{
    [Fact]
    public async Task ArrowRight_moves_one_year_into_the_url_and_the_markers()
    {
        // Panzhihua's phases leave a gap from 1949 to 1964: hidden in 1963, back in 1964 as a Third Front city.
        Assert.DoesNotContain("panzhihua", ShownCities.Slugs(browser.Content, 1963));
        Assert.Contains("panzhihua", ShownCities.Slugs(browser.Content, 1964));
        await using var page = await browser.OpenAsync("/?year=1963");
        await page.WaitForMapAsync(1963);
        AtlasAssert.ShowsExactly(ShownCities.At(browser.Content, 1963), await page.MarkersAsync());

        await page.Page.FocusAsync("#year");
        await page.Page.Keyboard.PressAsync("ArrowRight");
        await page.WaitForMapAsync(1964);

        var query = await AtlasPage.SettleAsync(() => Task.FromResult(page.Query), q => q.GetValueOrDefault("year") == "1964");
        Assert.Equal("1964", query.GetValueOrDefault("year"));
        Assert.Equal("1964", await page.ValueAsync("#year"));
        Assert.Equal("1964", (await page.Page.TextContentAsync("#year-label"))?.Trim());
        var expected = ShownCities.At(browser.Content, 1964);
        AtlasAssert.ShowsExactly(expected, await page.MarkersAsync());
        Assert.Contains(new Marker("panzhihua", "third-front"), await page.MarkersAsync());
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
