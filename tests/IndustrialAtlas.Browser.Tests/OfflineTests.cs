using Microsoft.Playwright;

namespace IndustrialAtlas.Browser.Tests;

public sealed class OfflineTests(AtlasBrowser browser) : IClassFixture<AtlasBrowser>
{
    [Fact]
    public async Task The_atlas_makes_no_request_off_the_machine_while_it_is_used()
    {
        await using var page = await browser.OpenAsync("/");
        await page.WaitForMapAsync();

        // Zooming and panning is when a page with a tile layer would fetch tiles from a server.
        await page.Page.EvaluateAsync("() => { window.atlasMap.setView([41.2, 123.4], 9); }");
        await page.Page.EvaluateAsync("() => { window.atlasMap.setView([35, 105], 3); }");
        await page.Page.FocusAsync("#year");
        await page.Page.Keyboard.PressAsync("PageDown");
        await page.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Contains(page.AppRequests, url => url.Contains("/js/", StringComparison.Ordinal));
        Assert.Empty(page.OffMachineRequests);
        page.AssertStayedOnMachine();
    }

    [Fact]
    public async Task The_guard_blocks_and_records_a_request_to_another_host()
    {
        await using var page = await browser.OpenAsync("/");

        await Assert.ThrowsAsync<PlaywrightException>(() => page.Page.GotoAsync("http://example.org/tiles/1/2/3.png"));

        Assert.Equal(["GET http://example.org/tiles/1/2/3.png"], page.OffMachineRequests);
    }
}
