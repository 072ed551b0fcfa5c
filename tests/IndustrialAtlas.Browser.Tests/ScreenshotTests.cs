using System.Buffers.Binary;

namespace IndustrialAtlas.Browser.Tests;

public sealed class ScreenshotTests(AtlasBrowser browser) : IClassFixture<AtlasBrowser>
{
    /// <summary>Saves artifacts/screenshots/atlas-WIDTH.png for a person to look at, after checking the layout fits.</summary>
    [Theory]
    [InlineData(1280, 800)]
    [InlineData(390, 844)]
    public async Task The_atlas_fits_the_viewport_and_is_saved_as_a_screenshot(int width, int height)
    {
        await using var page = await browser.OpenAsync("/", width, height);
        await page.WaitForMapAsync();
        await page.Page.EvaluateAsync("() => document.fonts.ready.then(() => null)");

        var scrollWidth = await page.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= width, $"the page is {scrollWidth} px wide in a {width} px viewport");
        var map = await page.Page.Locator("#atlas-map").BoundingBoxAsync();
        Assert.NotNull(map);
        Assert.True(map.X >= 0 && map.X + map.Width <= width && map.Width >= width / 2, $"the map spans x {map.X}..{map.X + map.Width} of {width}");
        Assert.True(map.Height >= 250, $"the map is only {map.Height} px tall");
        Assert.True(map.Y < height, "the map starts below the first screen");
        var markers = await page.DrawnMarkersAsync();
        Assert.True(markers.Count > 0, "no markers drawn");
        const int Radius = 8;
        foreach (var marker in markers)
        {
            Assert.True(marker.X - Radius >= map.X && marker.X + Radius <= map.X + map.Width && marker.Y - Radius >= map.Y && marker.Y + Radius <= map.Y + map.Height,
                $"marker {marker.City} at ({marker.X}, {marker.Y}) lies outside the map");
        }

        var file = Path.Combine(RepositoryRoot.Artifacts("screenshots"), $"atlas-{width}.png");
        File.Delete(file);
        await page.Page.ScreenshotAsync(new() { Path = file });

        var png = await File.ReadAllBytesAsync(file);
        Assert.Equal((width, height), (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20))));
        page.AssertStayedOnMachine();
    }
}
