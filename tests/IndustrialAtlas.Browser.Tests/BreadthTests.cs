using System.Buffers.Binary;

namespace IndustrialAtlas.Browser.Tests;

/// <summary>The map with every city of the atlas: all markers drawn and readable, no two names on top of each other.</summary>
public sealed class BreadthTests(AtlasBrowser browser) : IClassFixture<AtlasBrowser>
{
    [Theory]
    [InlineData(1960, 1280, 800)]
    [InlineData(1960, 390, 844)]
    [InlineData(2020, 1280, 800)]
    [InlineData(2020, 390, 844)]
    public async Task Every_city_of_the_year_is_drawn_and_no_two_names_overlap(int year, int width, int height)
    {
        await using var page = await browser.OpenAsync($"/?year={year}", width, height);
        await page.WaitForMapAsync(year);

        var expected = ShownCities.At(browser.Content, year);
        Assert.True(expected.Count >= 15, $"only {expected.Count} cities in {year}");
        AtlasAssert.ShowsExactly(expected, await page.MarkersAsync());
        // Markers pushed apart on screen: no two drawn markers share a centre closer than their radius.
        var drawn = await page.DrawnMarkersAsync();
        foreach (var a in drawn)
        {
            Assert.DoesNotContain(drawn, b => b != a && Math.Abs(b.X - a.X) < 7 && Math.Abs(b.Y - a.Y) < 7);
        }

        var boxes = await page.Page.EvaluateAsync<double[][]>("""
            () => [...document.querySelectorAll('.map-label:not([hidden]) .map-label-text')].map(e => { const r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; })
            """);
        Assert.True(boxes.Length >= Math.Min(10, expected.Count / 2), $"only {boxes.Length} names shown for {expected.Count} cities");
        for (var i = 0; i < boxes.Length; i++)
        {
            for (var j = i + 1; j < boxes.Length; j++)
            {
                var (a, b) = (boxes[i], boxes[j]);
                var overlap = a[0] < b[2] - 1 && b[0] < a[2] - 1 && a[1] < b[3] - 1 && b[1] < a[3] - 1;
                Assert.False(overlap, $"two names overlap: [{string.Join(", ", a)}] and [{string.Join(", ", b)}]");
            }
        }

        var file = Path.Combine(RepositoryRoot.Artifacts("screenshots"), $"atlas-{year}-{width}.png");
        File.Delete(file);
        await page.Page.ScreenshotAsync(new() { Path = file });
        var png = await File.ReadAllBytesAsync(file);
        Assert.Equal((width, height), (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20))));
        // The map alone as well: on a phone the controls fill the first screen and the map follows below them.
        var mapFile = Path.Combine(RepositoryRoot.Artifacts("screenshots"), $"atlas-map-{year}-{width}.png");
        File.Delete(mapFile);
        await page.Page.Locator("#atlas-map").ScreenshotAsync(new() { Path = mapFile });
        Assert.True(new FileInfo(mapFile).Length > 10_000, "the map screenshot is nearly empty");
        page.AssertStayedOnMachine();
    }
}
