using System.Buffers.Binary;
using System.Globalization;
using IndustrialAtlas.Content;

namespace IndustrialAtlas.Browser.Tests;

/// <summary>The measure on the map, the year range, the slider's scale, and pictures of each with the charts and comparison.</summary>
public sealed class NumbersTests(AtlasBrowser browser) : IClassFixture<AtlasBrowser>
{
    private const double MaxRadius = 26;

    /// <summary>Each shown city's marker radius, read from the map's layers.</summary>
    private static async Task<Dictionary<string, double>> RadiiAsync(AtlasPage page) =>
        (await page.Page.EvaluateAsync<string[][]>("""
            () => { const rows = []; window.atlasMap.eachLayer(l => { if (l.options.city) rows.push([l.options.city, String(l.getRadius())]); }); return rows; }
            """)).ToDictionary(r => r[0], r => double.Parse(r[1], CultureInfo.InvariantCulture));

    /// <summary>The figure the map should show for a city: the latest of its main series at or before the year.</summary>
    private static SeriesPointRecord? Expected(CityProfile city, string indicator, int year) =>
        city.Series.FirstOrDefault(s => s.IndicatorSlug == indicator)?.Points.LastOrDefault(p => p.Year.Value <= year);

    private static async Task SaveAsync(AtlasPage page, string name, int width, int height, string? element = null)
    {
        var file = Path.Combine(RepositoryRoot.Artifacts("screenshots"), name);
        File.Delete(file);
        if (element is null)
        {
            await page.Page.ScreenshotAsync(new() { Path = file });
        }
        else
        {
            await page.Page.Locator(element).ScreenshotAsync(new() { Path = file });
        }

        var png = await File.ReadAllBytesAsync(file);
        var (w, h) = (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
        Assert.True(element is null ? (w, h) == (width, height) : w > 100 && h > 100 && w <= width, $"{name} is {w}×{h}");
    }

    [Theory]
    [InlineData(1280, 800)]
    [InlineData(390, 844)]
    public async Task The_measure_sizes_markers_by_area_with_a_legend_and_survives_a_reload(int width, int height)
    {
        const string indicator = "crude-steel";
        const int year = 1990;
        var measured = browser.Content.Cities.Where(c => c.Series.Any(s => s.IndicatorSlug == indicator)).ToList();
        Assert.True(measured.Count >= 2, "the content needs two cities with crude steel series");
        var max = browser.Content.Cities.Select(c => c.Series.FirstOrDefault(s => s.IndicatorSlug == indicator)).Where(s => s is not null).SelectMany(s => s!.Points).Max(p => p.Value);
        await using var page = await browser.OpenAsync($"/?year={year}&measure={indicator}", width, height);
        await page.WaitForMapAsync(year);

        var radii = await RadiiAsync(page);
        var shown = ShownCities.Slugs(browser.Content, year);
        foreach (var slug in shown)
        {
            var figure = Expected(browser.Content.Cities.Single(c => c.Slug == slug), indicator, year);
            var radius = figure is null ? 4 : Math.Max(2.5, MaxRadius * Math.Sqrt(figure.Value / max));
            Assert.True(Math.Abs(radii[slug] - radius) < 0.01, $"{slug}: radius {radii[slug]}, expected {radius} for {figure?.Value}");
        }

        Assert.True(await page.Page.IsVisibleAsync("#measure-legend"), "the size legend is hidden");
        Assert.Equal(3, await page.Page.Locator("#measure-legend-svg circle").CountAsync());
        Assert.Contains("at or before 1990", await page.Page.TextContentAsync("#measure-legend figcaption"), StringComparison.Ordinal);
        var listed = await AtlasPage.SettleAsync(() => page.Page.Locator("#atlas-list .list-figure").AllTextContentsAsync(), l => l.Count == shown.Count);
        Assert.All(listed, text => Assert.Matches(@"Crude steel output: (c\. )?[\d.,]+ (Mt|kt|t) in (c\. )?\d{4} \(.+\)|Crude steel output: no figure by 1990", text.Trim()));
        await SaveAsync(page, $"measure-{width}.png", width, height);

        await page.Page.ReloadAsync();
        await page.WaitForMapAsync(year);
        Assert.Equal(indicator, await page.ValueAsync("#measure"));
        Assert.Equal(radii, await RadiiAsync(page));

        await page.OpenFiltersAsync();
        await page.Page.SelectOptionAsync("#measure", "");
        await AtlasPage.SettleAsync(() => Task.FromResult(page.Query), q => !q.ContainsKey("measure"));
        Assert.False(await page.Page.IsVisibleAsync("#measure-legend"));
        Assert.All((await RadiiAsync(page)).Values, r => Assert.Equal(7, r));
        page.AssertStayedOnMachine();
    }

    [Theory]
    [InlineData(1280, 800)]
    [InlineData(390, 844)]
    public async Task A_range_shows_every_city_active_within_it_and_reload_restores_it(int width, int height)
    {
        await using var page = await browser.OpenAsync("/?year=1960", width, height);
        await page.WaitForMapAsync(1960);

        await page.OpenFiltersAsync();
        await page.Page.FillAsync("#from", "1905");
        await page.Page.FillAsync("#to", "1950");
        await page.Page.Locator("#to").DispatchEventAsync("change");
        await page.WaitForMapAsync(1950);

        var query = await AtlasPage.SettleAsync(() => Task.FromResult(page.Query), q => q.GetValueOrDefault("from") == "1905");
        Assert.Equal(("1905", "1950", false), (query["from"], query["to"], query.ContainsKey("year")));
        var expected = browser.Content.Cities.Where(c => c.Phases.Any(p => p.Start.Value <= 1950 && (p.End is not { } e || e.Value >= 1905)))
            .Select(c => c.Slug).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, await AtlasPage.SettleAsync(page.ListAsync, l => l.Count == expected.Count));
        Assert.Contains("at any time in 1905–1950", (await page.Page.TextContentAsync("#view-sentence"))!, StringComparison.Ordinal);
        Assert.Contains("active in 1905–1950", (await page.Page.TextContentAsync("#view-title"))!, StringComparison.Ordinal);
        Assert.Equal("1905–1950", (await page.Page.TextContentAsync("#year-label"))?.Trim());
        Assert.True(await page.Page.IsVisibleAsync(".scaled-range"), "the range is not drawn on the slider");
        await SaveAsync(page, $"range-{width}.png", width, height);

        await page.Page.ReloadAsync();
        await page.WaitForMapAsync(1950);
        Assert.Equal(("1905", "1950"), (await page.ValueAsync("#from"), await page.ValueAsync("#to")));
        Assert.Equal(expected, await page.ListAsync());

        await page.OpenFiltersAsync();
        await page.Page.ClickAsync("#clear-range");
        var single = await AtlasPage.SettleAsync(() => Task.FromResult(page.Query), q => q.ContainsKey("year"));
        Assert.Equal(("1950", false), (single["year"], single.ContainsKey("from")));
        page.AssertStayedOnMachine();
    }

    [Fact]
    public async Task The_slider_bands_and_ticks_share_one_scale_that_gives_the_industrial_era_most_of_the_width()
    {
        await using var page = await browser.OpenAsync("/?year=1900");
        await page.WaitForMapAsync(1900);
        var track = (await page.Page.Locator(".scaled-track").BoundingBoxAsync())!;
        var min = browser.Content.Eras.Min(e => e.Start.Value);
        var max = DateTime.UtcNow.Year;
        double Position(int year) => year <= 1850 ? 200.0 * (year - min) / (1850 - min) : 200 + (800.0 * (year - 1850) / (max - 1850));

        // The thumb sits at the year's place on the scale.
        var thumb = (await page.Page.Locator(".scaled-thumb").BoundingBoxAsync())!;
        Assert.Equal(track.X + (track.Width * Position(1900) / 1000), thumb.X + (thumb.Width / 2), 1.5);
        // The tick for 1850 lies a fifth of the way along, under the same place.
        var tick = (await page.Page.Locator(".timeline .timeline-ticks span", new() { HasText = "1850" }).BoundingBoxAsync())!;
        Assert.Equal(track.X + (track.Width * 0.2), tick.X + (tick.Width / 2), 1);
        // So does the band of an era: the Third Front's starts at 1964.
        var band = (await page.Page.Locator(".era-band[data-era='third-front']").BoundingBoxAsync())!;
        Assert.Equal(track.X + (track.Width * Position(1964) / 1000), band.X, 1.0);

        // A click on the track picks the year under the pointer, on the same scale.
        await page.Page.Mouse.ClickAsync((float)(track.X + (track.Width * 0.6)), (float)(track.Y + (track.Height / 2)));
        var picked = int.Parse(await page.ValueAsync("#year"), CultureInfo.InvariantCulture);
        Assert.InRange(picked, 1850 + (int)((max - 1850) * 0.5) - 1, 1850 + (int)((max - 1850) * 0.5) + 1);
        await page.WaitForMapAsync(picked);

        // The keyboard still steps one year.
        await page.Page.Keyboard.PressAsync("ArrowRight");
        await page.WaitForMapAsync(picked + 1);
        Assert.Equal(50, await page.Page.Locator(".timeline-histogram rect").CountAsync());
        page.AssertStayedOnMachine();
    }

    [Theory]
    [InlineData(1280, 900)]
    [InlineData(390, 844)]
    public async Task The_city_charts_and_the_comparison_are_drawn_and_saved(int width, int height)
    {
        var withSeries = browser.Content.Cities.Where(c => c.Series.Count > 0).Select(c => c.Slug).Order(StringComparer.Ordinal).ToList();
        Assert.Contains("anshan", withSeries);
        await using var page = await browser.OpenAsync("/cities/anshan", width, height);

        var chart = page.Page.Locator("#chart-crude-steel");
        Assert.True(await chart.Locator("polyline").CountAsync() >= 2, "Anshan's disagreeing steel series are not both drawn");
        var box = (await chart.Locator("svg.chart-svg:visible").BoundingBoxAsync())!;
        // Wide enough to read (on a phone the narrow drawing takes the whole width), while its frame fits the page.
        Assert.True(box.Width >= Math.Min(540, width * 0.9), $"the chart is {box.Width} px wide at {width}");
        var frame = (await chart.Locator(".chart-scroll").BoundingBoxAsync())!;
        Assert.True(frame.X >= 0 && frame.X + frame.Width <= width, $"the chart's frame spans {frame.X}..{frame.X + frame.Width} of {width}");
        await SaveAsync(page, $"chart-anshan-{width}.png", width, height, "#chart-crude-steel");
        await SaveAsync(page, $"chart-anshan-population-{width}.png", width, height, "#chart-population");

        await page.GotoAsync("/compare?cities=anshan,benxi,panzhihua&indicator=population");
        Assert.Equal(3, await page.Page.Locator("#chart-compare .chart-legend li").CountAsync());
        await SaveAsync(page, $"compare-{width}.png", width, height, "#chart-compare");
        var scrollWidth = await page.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        var widest = await page.Page.EvaluateAsync<string>("w => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > w).map(e => e.tagName + '.' + e.className + '#' + e.id).slice(0, 5).join(' | ')", width);
        Assert.True(scrollWidth <= width, $"the comparison is {scrollWidth} px wide in a {width} px viewport: {widest}");
        page.AssertStayedOnMachine();
    }
}
