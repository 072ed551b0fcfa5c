using System.Buffers.Binary;

namespace IndustrialAtlas.Browser.Tests;

public sealed class PageScreenshotTests(AtlasBrowser browser) : IClassFixture<AtlasBrowser>
{
    /// <summary>
    /// Saves artifacts/screenshots/NAME-WIDTH.png (the full page) for a person to look at, then checks the layout fits:
    /// the screenshot comes first so that a page that does not fit leaves the picture of what went wrong.
    /// </summary>
    [Theory]
    [InlineData("city-panzhihua", "/cities/panzhihua", 1280, 800)]
    [InlineData("city-panzhihua", "/cities/panzhihua", 390, 844)]
    [InlineData("claims", "/claims", 1280, 800)]
    [InlineData("claims", "/claims", 390, 844)]
    [InlineData("claim-panzhihua-clock-tower", "/claims/panzhihua-clock-tower", 1280, 800)]
    [InlineData("claim-panzhihua-clock-tower", "/claims/panzhihua-clock-tower", 390, 844)]
    public async Task The_page_is_saved_as_a_screenshot_fits_the_viewport_and_shows_its_heading_first(string name, string path, int width, int height)
    {
        await using var page = await browser.OpenAsync(path, width, height);
        await page.WaitUntilDrawnAsync();

        var file = Path.Combine(RepositoryRoot.Artifacts("screenshots"), $"{name}-{width}.png");
        File.Delete(file);
        // The claims index runs to tens of thousands of pixels: a full-page picture of it takes longer than a click may.
        await page.LayOutEveryPartAsync();
        await page.Page.ScreenshotAsync(new() { Path = file, FullPage = true, Timeout = 90_000 });
        var png = await File.ReadAllBytesAsync(file);
        var (shotWidth, shotHeight) = (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
        Assert.True(shotHeight >= height, $"the full-page screenshot is only {shotHeight} px tall");

        var scrollWidth = await page.Page.EvaluateAsync<int>("() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)");
        Assert.True(scrollWidth <= width, $"{path} is {scrollWidth} px wide in a {width} px viewport (see {file})");
        Assert.Equal(width, shotWidth);
        var headings = page.Page.Locator("main h1");
        Assert.Equal(1, await headings.CountAsync());
        Assert.True(await headings.IsVisibleAsync(), $"the heading of {path} is not visible");
        var heading = await headings.BoundingBoxAsync();
        Assert.NotNull(heading);
        Assert.True(heading.X >= 0 && heading.X + heading.Width <= width && heading.Y < height,
            $"the heading of {path} spans x {heading.X}..{heading.X + heading.Width}, starts at y {heading.Y}: not within the first {width}×{height} screen");
        page.AssertStayedOnMachine();
    }
}
