using System.Buffers.Binary;
using Microsoft.Playwright;

namespace IndustrialAtlas.Browser.Tests;

/// <summary>
/// The atlas in Chinese: the map draws its view with Chinese words, the city and claim pages read in Chinese, a changed
/// view keeps its language switch in step, and a Chinese embed works inside another site; screenshots at desktop and
/// phone widths for a person to look at.
/// </summary>
public sealed class ChineseTests(AtlasBrowser browser) : IClassFixture<AtlasBrowser>
{
    private static async Task<string> ShotAsync(IPage page, string name, int width, bool fullPage)
    {
        var file = Path.Combine(RepositoryRoot.Artifacts("screenshots"), $"{name}-{width}.png");
        File.Delete(file);
        await page.EvaluateAsync("() => document.fonts.ready.then(() => null)");
        await page.ScreenshotAsync(new() { Path = file, FullPage = fullPage, Timeout = 90_000 });
        var png = await File.ReadAllBytesAsync(file);
        Assert.Equal(width, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)));
        return file;
    }

    [Theory]
    [InlineData(1280, 800)]
    [InlineData(390, 844)]
    public async Task The_chinese_map_draws_the_view_with_chinese_words(int width, int height)
    {
        var expected = ShownCities.At(browser.Content, 1958, "iron-ore");
        await using var page = await browser.OpenAsync("/zh/?year=1958&resource=iron-ore", width, height);
        await page.WaitForMapAsync(1958);

        Assert.Equal("zh-Hans", await page.Page.GetAttributeAsync("html", "lang"));
        Assert.Equal(expected.Select(c => c.Slug).Order(StringComparer.Ordinal), await page.ListAsync());
        Assert.Equal(expected.Count, (await page.MarkersAsync()).Count);
        Assert.Equal("1958年", (await page.Page.TextContentAsync("#year-label"))?.Trim());
        Assert.StartsWith("1958年的中国工业城市 · 铁矿石", (await page.Page.TextContentAsync("#view-title"))?.Trim(), StringComparison.Ordinal);
        Assert.Equal($"{browser.Content.Cities.Count}座城市中的{expected.Count}座", (await page.Page.TextContentAsync("#atlas-count"))?.Trim());
        // The list's links stay in Chinese, as the server wrote them and the script rewrites them.
        Assert.All(await page.Page.Locator("#atlas-list a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"),
            href => Assert.StartsWith("/zh/cities/", href, StringComparison.Ordinal));
        var file = await ShotAsync(page.Page, "zh-map-1958", width, fullPage: false);
        var scrollWidth = await page.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= width, $"the page is {scrollWidth} px wide in a {width} px viewport (see {file})");
        page.AssertStayedOnMachine();
    }

    [Theory]
    [InlineData("zh-city-anshan", "/zh/cities/anshan", "鞍山", 1280, 800)]
    [InlineData("zh-city-anshan", "/zh/cities/anshan", "鞍山", 390, 844)]
    [InlineData("zh-claim-anshan-steel-capital", "/zh/claims/anshan-steel-capital", "钢都", 1280, 800)]
    [InlineData("zh-claim-anshan-steel-capital", "/zh/claims/anshan-steel-capital", "钢都", 390, 844)]
    public async Task A_chinese_page_reads_in_chinese_and_fits_the_screen(string name, string path, string heading, int width, int height)
    {
        await using var page = await browser.OpenAsync(path, width, height);
        await page.WaitUntilDrawnAsync();
        await page.LayOutEveryPartAsync();

        var file = await ShotAsync(page.Page, name, width, fullPage: true);
        Assert.Equal("zh-Hans", await page.Page.GetAttributeAsync("html", "lang"));
        Assert.Contains(heading, await page.Page.TextContentAsync("main h1"), StringComparison.Ordinal);
        Assert.Equal(0, await page.Page.Locator(".untranslated-note").CountAsync());
        var scrollWidth = await page.Page.EvaluateAsync<int>("() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)");
        Assert.True(scrollWidth <= width, $"{path} is {scrollWidth} px wide in a {width} px viewport (see {file})");
        page.AssertStayedOnMachine();
    }

    [Fact]
    public async Task After_a_filter_changes_the_language_switch_leads_to_the_same_view_in_english()
    {
        await using var page = await browser.OpenAsync("/zh/?year=1958", 1280, 800);
        await page.WaitForMapAsync(1958);

        await page.Page.SelectOptionAsync("#resource", "coal");
        await page.Page.WaitForURLAsync(url => url.Contains("resource=coal", StringComparison.Ordinal));
        Assert.StartsWith("/zh/", new Uri(page.Page.Url).AbsolutePath, StringComparison.Ordinal);
        var switchTo = await page.Page.GetAttributeAsync("a.lang-switch", "href");
        Assert.NotNull(switchTo);
        Assert.StartsWith("/?", switchTo, StringComparison.Ordinal);
        Assert.Contains("resource=coal", switchTo, StringComparison.Ordinal);

        await page.Page.ClickAsync("a.lang-switch");
        await page.Page.WaitForURLAsync(url => !new Uri(url).AbsolutePath.StartsWith("/zh", StringComparison.Ordinal));
        Assert.Equal("en", await page.Page.GetAttributeAsync("html", "lang"));
        Assert.Equal("coal", await page.Page.InputValueAsync("#resource"));
        Assert.Equal("1958", await page.Page.InputValueAsync("#year"));
        page.AssertStayedOnMachine();
    }

    [Theory]
    [InlineData(1280, 800)]
    [InlineData(390, 844)]
    public async Task A_chinese_embed_works_inside_another_site(int width, int height)
    {
        await using var site = await OuterSite.StartAsync();
        await using var page = await browser.NewPageAsync(width, height);
        page.AllowOrigin(site.Address);

        await page.GotoAsync(site.PageFraming(new Uri(browser.Server.Address, "/embed?year=1958&lang=zh")).ToString());
        var frame = page.Page.FrameLocator("#atlas-frame");
        await frame.Locator("#atlas-map[data-ready='true'][data-year='1958']").WaitForAsync(new() { State = WaitForSelectorState.Attached });

        Assert.Equal("在中国工业城市地图集中打开", (await frame.Locator("a.embed-open").TextContentAsync())?.Trim());
        Assert.StartsWith("/zh/?year=1958", await frame.Locator("a.embed-open").GetAttributeAsync("href"), StringComparison.Ordinal);
        Assert.Equal("1958年", (await frame.Locator("#year-label").TextContentAsync())?.Trim());
        await ShotAsync(page.Page, "zh-embed-1958", width, fullPage: false);
        page.AssertStayedOnMachine();
    }
}
