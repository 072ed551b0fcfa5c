using Microsoft.Playwright;

namespace IndustrialAtlas.Browser.Tests;

public sealed class EmbedTests(AtlasBrowser browser) : IClassFixture<AtlasBrowser>
{
    private const string Magnetite = "vanadium-titanium-magnetite";

    /// <summary>The map, in a frame or a page, once its script has drawn the year 1970.</summary>
    private const string DrawnIn1970 = "#atlas-map[data-ready='true'][data-year='1970']";

    [Fact]
    public async Task Another_site_frames_the_embed_which_draws_the_view_and_opens_it_in_the_full_atlas()
    {
        var expected = ShownCities.At(browser.Content, 1970, Magnetite);
        Assert.Equal(["panzhihua"], expected.Select(c => c.Slug));
        var edition = await browser.Server.CurrentEditionAsync();
        await using var site = await OuterSite.StartAsync();
        await using var page = await browser.NewPageAsync();
        page.AllowOrigin(site.Address);

        await page.GotoAsync(site.PageFraming(new Uri(browser.Server.Address, $"/embed?year=1970&resource={Magnetite}")).ToString());
        var frame = page.Page.FrameLocator("#atlas-frame");
        await WaitForMapAsync(frame.Locator(DrawnIn1970));

        AtlasAssert.ShowsExactly(expected, await MarkersAsync(frame.Locator("#atlas-map")));
        var open = frame.Locator("a.embed-open");
        Assert.True(await open.IsVisibleAsync(), "the frame shows no a.embed-open");
        Assert.Equal("Open in Industrial Atlas", (await open.TextContentAsync())?.Trim());
        var href = new Uri(browser.Server.Address, await open.GetAttributeAsync("href"));
        var fullView = new Uri(browser.Server.Address, $"/?year=1970&resource={Magnetite}&edition={edition}");
        Assert.Equal(fullView.ToString(), href.ToString());

        var full = await page.Page.Context.RunAndWaitForPageAsync(() => open.ClickAsync());
        await full.WaitForLoadStateAsync();
        Assert.Equal(fullView.ToString(), full.Url);
        await AtlasPage.StartLiveMapsAsync(full);
        await WaitForMapAsync(full.Locator(DrawnIn1970));
        AtlasAssert.ShowsExactly(expected, await MarkersAsync(full.Locator("#atlas-map")));
        Assert.Equal(Magnetite, await full.InputValueAsync("#resource"));
        page.AssertStayedOnMachine();
    }

    [Fact]
    public async Task Another_site_cannot_frame_a_city_page()
    {
        await using var site = await OuterSite.StartAsync();
        await using var page = await browser.NewPageAsync();
        page.AllowOrigin(site.Address);
        var city = new Uri(browser.Server.Address, "/cities/panzhihua");
        var answered = page.Page.WaitForResponseAsync(city.ToString());

        await page.GotoAsync(site.PageFraming(city).ToString());

        // The app answers the frame's request with the page and a CSP that names only itself as a framing ancestor ...
        var response = await answered;
        Assert.Equal(200, response.Status);
        Assert.Contains("frame-ancestors 'self'", await response.HeaderValueAsync("content-security-policy") ?? "", StringComparison.Ordinal);
        // ... so Chromium refuses to show it inside another site's page and says why.
        var refusals = await AtlasPage.SettleAsync(() => Task.FromResult(page.Errors), e => e.Count > 0);
        Assert.Contains(refusals, e => e.Contains("frame-ancestors 'self'", StringComparison.Ordinal) && e.Contains(city.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal));
        var frame = page.Page.Frames.Single(f => f != page.Page.MainFrame);
        Assert.NotEqual(city.ToString(), frame.Url);
        Assert.Equal(0, await frame.Locator("article.city, #city-map").CountAsync());
        Assert.DoesNotContain("Panzhihua", await frame.Locator("body").TextContentAsync() ?? "", StringComparison.Ordinal);
        Assert.Empty(page.OffMachineRequests);
        Assert.All(page.Errors, e => Assert.Contains("frame-ancestors", e, StringComparison.Ordinal));
    }

    private static Task WaitForMapAsync(ILocator drawn) => drawn.WaitForAsync(new() { State = WaitForSelectorState.Attached });

    private static async Task<IReadOnlyList<Marker>> MarkersAsync(ILocator map) =>
        [.. (await AtlasPage.DrawnMarkersAsync(map)).Select(m => new Marker(m.City, m.Era))];
}
