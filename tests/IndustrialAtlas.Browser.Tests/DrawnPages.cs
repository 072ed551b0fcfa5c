using Microsoft.Playwright;

namespace IndustrialAtlas.Browser.Tests;

/// <summary>Waits for the scripted parts of any page to finish drawing, so screenshots and audits see the page as a reader does.</summary>
internal static class DrawnPages
{
    /// <summary>The maps a page may hold; each sets <c>data-ready="true"</c> once its live map's basemap and markers are drawn.</summary>
    private static readonly string[] Maps = ["#atlas-map", "#city-map"];

    public static async Task WaitUntilDrawnAsync(this AtlasPage page)
    {
        await page.StartLiveMapsAsync();
        foreach (var map in Maps)
        {
            if (await page.Page.Locator(map).CountAsync() == 0)
            {
                continue;
            }

            try
            {
                await page.Page.WaitForSelectorAsync(map + "[data-ready='true']", new() { State = WaitForSelectorState.Attached });
            }
            catch (TimeoutException)
            {
                Assert.Fail($"{map} on {page.Page.Url} never set data-ready='true'; errors: {string.Join(" | ", page.Errors)}");
            }
        }

        await page.Page.EvaluateAsync("() => document.fonts.ready.then(() => new Promise(r => requestAnimationFrame(() => r(null))))");
    }

    /// <summary>
    /// Lays out the parts of the page that wait until they come near the screen (<c>.later</c>), as printing does: a
    /// full-page screenshot is taken without scrolling, and would show them as blank space.
    /// </summary>
    public static Task LayOutEveryPartAsync(this AtlasPage page) =>
        page.Page.EvaluateAsync("() => { for (const part of document.querySelectorAll('.later')) part.style.contentVisibility = 'visible'; }");
}
