using System.Buffers.Binary;
using Microsoft.Playwright;

namespace IndustrialAtlas.Browser.Tests;

/// <summary>
/// The sites of the official lists as the map's own layer: drawn by the slider's year, clustered, listed under the map,
/// in the URL, and cited with the view; screenshots of the 156 projects in 1957 and the heritage list in 2024.
/// </summary>
public sealed class SitesLayerTests(AtlasBrowser browser) : IClassFixture<AtlasBrowser>
{
    /// <summary>
    /// The sites a list shows in a year, worked out from the content itself: placed ones, from the year the list named
    /// them (a heritage batch), else the year work (or production) began, else the list's own first year.
    /// </summary>
    private IReadOnlyList<string> Expected(string list, int year)
    {
        var start = browser.Content.SiteLists.Single(l => l.Slug == list).Start.Value;
        return [.. browser.Content.Sites
            .Where(s => s.Location is not null && s.Lists.Any(l => l.ListSlug == list))
            .Where(s => (s.Lists.First(l => l.ListSlug == list).Year ?? s.Construction?.Value ?? s.Production?.Value ?? start) <= year)
            .Select(s => s.Slug).Order(StringComparer.Ordinal)];
    }

    private static async Task<int> DrawnSitesAsync(AtlasPage page) =>
        int.Parse(await page.Page.GetAttributeAsync("#atlas-map", "data-sites") ?? "-1", System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<IReadOnlyList<string>> ListedSitesAsync(AtlasPage page) =>
        [.. (await page.Page.Locator("#site-list li").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.site)")).Order(StringComparer.Ordinal)];

    [Theory]
    [InlineData("soviet-156", 1957, 1280, 800)]
    [InlineData("soviet-156", 1957, 390, 844)]
    [InlineData("industrial-heritage", 2024, 1280, 800)]
    [InlineData("industrial-heritage", 2024, 390, 844)]
    public async Task A_list_is_drawn_by_its_year_and_saved_as_a_screenshot(string list, int year, int width, int height)
    {
        var expected = Expected(list, year);
        Assert.True(expected.Count > 20, $"{list} has {expected.Count} sites placed by {year}");

        await using var page = await browser.OpenAsync($"/?year={year}&list={list}", width, height);
        await page.WaitForMapAsync(year);
        var drawn = await AtlasPage.SettleAsync(() => DrawnSitesAsync(page), n => n == expected.Count);
        await page.Page.EvaluateAsync("() => document.fonts.ready.then(() => null)");

        Assert.Equal(expected.Count, drawn);
        Assert.Equal(expected, await ListedSitesAsync(page));
        // Crowded sites are clustered: fewer symbols on the map than sites, each cluster saying how many it holds.
        var symbols = await page.Page.Locator(".site-icon, .site-cluster").CountAsync();
        Assert.InRange(symbols, 1, expected.Count - 1);
        Assert.False(await page.Page.Locator("#site-legend").IsHiddenAsync(), "the legend shows the sites' symbols");
        var scrollWidth = await page.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= width, $"the page is {scrollWidth} px wide in a {width} px viewport");

        var file = Path.Combine(RepositoryRoot.Artifacts("screenshots"), $"sites-{list}-{year}-{width}.png");
        File.Delete(file);
        await page.Page.ScreenshotAsync(new() { Path = file });
        var png = await File.ReadAllBytesAsync(file);
        Assert.Equal((width, height), (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20))));
        page.AssertStayedOnMachine();
    }

    [Fact]
    public async Task Choosing_a_list_draws_it_writes_it_in_the_url_and_the_citation_names_it()
    {
        await using var page = await browser.OpenAsync("/?year=1957");
        await page.WaitForMapAsync(1957);
        await page.OpenFiltersAsync();

        await page.Page.SelectOptionAsync("#list", "soviet-156");
        var expected = Expected("soviet-156", 1957);
        Assert.Equal(expected.Count, await AtlasPage.SettleAsync(() => DrawnSitesAsync(page), n => n == expected.Count));
        Assert.Equal("soviet-156", await AtlasPage.SettleAsync(() => Task.FromResult(page.Query.GetValueOrDefault("list")), l => l == "soviet-156"));
        Assert.Contains("with the sites of the 156 projects", await page.Page.InnerTextAsync("#view-title"), StringComparison.Ordinal);

        // What a student does next: cite the view as it now is.
        using var client = new HttpClient { BaseAddress = browser.Server.Address };
        var cite = await client.GetStringAsync("/cite?style=apa&url=" + Uri.EscapeDataString(new Uri(page.Page.Url).PathAndQuery));
        Assert.Contains("Industrial cities of China in 1957, with the sites of the 156 projects", cite, StringComparison.Ordinal);

        // A kind narrows the layer; no list leaves the map without sites.
        await page.Page.SelectOptionAsync("#kind", "coal-mine");
        var coal = browser.Content.Sites.Count(s => expected.Contains(s.Slug) && s.Kind == "coal-mine");
        Assert.Equal(coal, await AtlasPage.SettleAsync(() => DrawnSitesAsync(page), n => n == coal));
        Assert.Equal("coal-mine", await AtlasPage.SettleAsync(() => Task.FromResult(page.Query.GetValueOrDefault("kind")), k => k == "coal-mine"));
        await page.Page.SelectOptionAsync("#kind", "");
        await page.Page.SelectOptionAsync("#list", "");
        Assert.Equal(0, await AtlasPage.SettleAsync(() => DrawnSitesAsync(page), n => n == 0));
        Assert.True(await page.Page.Locator("#site-list-section").IsHiddenAsync());
        Assert.False(page.Query.ContainsKey("list"));
        page.AssertStayedOnMachine();
    }

    [Fact]
    public async Task The_picture_before_the_first_input_already_shows_the_sites()
    {
        var expected = Expected("soviet-156", 1957);
        await using var page = await browser.OpenAsync("/?year=1957&list=soviet-156");

        await page.Page.WaitForSelectorAsync("canvas.first-view[data-sites]", new() { State = WaitForSelectorState.Attached });

        Assert.Equal(expected.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), await page.Page.GetAttributeAsync("canvas.first-view", "data-sites"));
        page.AssertStayedOnMachine();
    }

    [Fact]
    public async Task Moving_the_slider_back_hides_the_sites_not_yet_begun()
    {
        await using var page = await browser.OpenAsync("/?year=1963&list=soviet-156");
        await page.WaitForMapAsync(1963);
        var later = Expected("soviet-156", 1963);
        Assert.Equal(later.Count, await AtlasPage.SettleAsync(() => DrawnSitesAsync(page), n => n == later.Count));

        await page.Page.FocusAsync("#year");
        await page.Page.Keyboard.PressAsync("PageDown");
        await page.WaitForMapAsync(1953);
        var earlier = Expected("soviet-156", 1953);
        Assert.True(earlier.Count < later.Count, "some of the projects began after 1953");
        Assert.Equal(earlier.Count, await AtlasPage.SettleAsync(() => DrawnSitesAsync(page), n => n == earlier.Count));
        Assert.Equal(earlier, await AtlasPage.SettleAsync(() => ListedSitesAsync(page), l => l.Count == earlier.Count));
        page.AssertStayedOnMachine();
    }
}
