using Microsoft.Playwright;

namespace IndustrialAtlas.Browser.Tests;

/// <summary>The pages with maps paint before Leaflet has arrived, and every page names its icon.</summary>
public sealed class FirstPaintTests(AtlasBrowser browser) : IClassFixture<AtlasBrowser>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/embed?year=1970")]
    [InlineData("/cities/anshan")]
    public async Task The_page_paints_before_leaflet_arrives_and_the_map_follows(string path)
    {
        // Leaflet's files are held back until the page has painted: a page that waited for them would never paint, and
        // the test would fail at the bound below, however fast or slow the machine is.
        var painted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var page = await browser.NewPageAsync();
        await page.Page.RouteAsync("**/lib/leaflet/**", async route =>
        {
            await painted.Task.WaitAsync(TimeSpan.FromMinutes(1));
            await route.FallbackAsync();
        });

        await page.Page.GotoAsync(path, new() { WaitUntil = WaitUntilState.Commit });
        var firstPaint = page.Page.EvaluateAsync<double>("""
            () => new Promise(resolve => {
              const found = () => performance.getEntriesByName('first-contentful-paint')[0];
              if (found()) { resolve(found().startTime); return; }
              new PerformanceObserver((list, observer) => { observer.disconnect(); resolve(found().startTime); }).observe({ type: 'paint', buffered: true });
            })
            """);
        var done = await Task.WhenAny(firstPaint, Task.Delay(TimeSpan.FromSeconds(45)));
        Assert.True(done == firstPaint, $"{path} did not paint while Leaflet's files were held back");
        var leafletArrived = await page.Page.EvaluateAsync<bool>("() => typeof window.L !== 'undefined'");
        painted.SetResult();

        Assert.False(leafletArrived, $"{path} painted only after Leaflet had loaded");
        await page.WaitUntilDrawnAsync();
        page.AssertStayedOnMachine();
    }

    [Theory]
    [InlineData("/favicon.ico", "image/x-icon")]
    [InlineData("/favicon.svg", "image/svg+xml")]
    public async Task The_icons_are_served_and_linked_from_both_layouts(string icon, string contentType)
    {
        using var client = new HttpClient { BaseAddress = browser.Server.Address };
        using var response = await client.GetAsync(icon);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsByteArrayAsync();
        if (icon.EndsWith(".ico", StringComparison.Ordinal))
        {
            // An icon directory: reserved 0, type 1, at least one image.
            Assert.Equal(new byte[] { 0, 0, 1, 0 }, body[..4]);
            Assert.True(BitConverter.ToUInt16(body, 4) >= 1, "the .ico holds no image");
        }

        await using var page = await browser.OpenAsync("/embed?year=1970");
        await using var full = await browser.OpenAsync("/cities");
        foreach (var shown in new[] { page, full })
        {
            var links = await shown.Page.EvalOnSelectorAllAsync<string[]>("link[rel~='icon']", "els => els.map(e => new URL(e.href).pathname)");
            Assert.Contains(icon, links);
        }
    }
}
