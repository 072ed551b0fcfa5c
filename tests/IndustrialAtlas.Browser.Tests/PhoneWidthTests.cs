using System.Buffers.Binary;

namespace IndustrialAtlas.Browser.Tests;

/// <summary>The pages on a phone: nothing pushes the page sideways, the charts fit, and whatever scrolls inside the page is reachable by keyboard.</summary>
public sealed class PhoneWidthTests(AtlasBrowser browser) : IClassFixture<AtlasBrowser>
{
    private const int Width = 390;
    private const int Height = 844;

    /// <summary>axe-core from the root package.json's devDependencies, installed by the build's <c>npm ci</c>.</summary>
    private static readonly string AxeScript = Path.Combine(RepositoryRoot.Path, "node_modules", "axe-core", "axe.min.js");

    /// <summary>Elements wider than the viewport's right edge, as tag.class#id, for the failure message.</summary>
    private const string Overflowing = """
        w => [...document.querySelectorAll('body *')]
            .filter(e => e.getBoundingClientRect().right > w + 0.5)
            .map(e => `${e.tagName.toLowerCase()}.${e.getAttribute('class') ?? ''}#${e.id} (right ${Math.round(e.getBoundingClientRect().right)})`)
            .slice(0, 8).join(' | ')
        """;

    /// <summary>
    /// Every element that scrolls inside the page, with what a keyboard and a screen reader need of it; form fields
    /// (a text area that holds more than it shows) are focusable and labelled of themselves.
    /// </summary>
    private const string ScrollAreas = """
        () => [...document.querySelectorAll('body *:not(textarea, input, select)')].filter(e => {
            const style = getComputedStyle(e);
            const scrolls = /(auto|scroll)/.test(style.overflowX + style.overflowY);
            return scrolls && (e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1) && e.getClientRects().length > 0;
        }).map(e => [
            `${e.tagName.toLowerCase()}.${e.getAttribute('class') ?? ''}#${e.id}`,
            e.getAttribute('tabindex') ?? '',
            e.getAttribute('role') ?? '',
            e.getAttribute('aria-label') ?? (e.getAttribute('aria-labelledby') ?? '').split(' ').map(id => document.getElementById(id)?.textContent ?? '').join(' ').trim(),
        ])
        """;

    [Theory]
    [InlineData("/cities")]
    [InlineData("/cities/anshan")]
    [InlineData("/claims")]
    [InlineData("/compare?cities=anshan,baotou&indicator=crude-steel")]
    [InlineData("/eras")]
    [InlineData("/resources")]
    [InlineData("/status")]
    public async Task The_page_does_not_scroll_sideways_on_a_phone(string path)
    {
        await using var page = await browser.OpenAsync(path, Width, Height);
        await page.WaitUntilDrawnAsync();

        var widths = await page.Page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        var (scrollWidth, clientWidth) = (widths[0], widths[1]);

        Assert.True(scrollWidth <= clientWidth,
            $"{path} is {scrollWidth} px wide in a {clientWidth} px wide page: {await page.Page.EvaluateAsync<string>(Overflowing, clientWidth)}");
        page.AssertStayedOnMachine();
    }

    [Fact]
    public async Task The_comparison_chart_fits_a_phone_down_to_its_last_year()
    {
        await using var page = await browser.OpenAsync("/compare?cities=anshan,baotou,wuhan&indicator=crude-steel", Width, Height);
        await page.WaitUntilDrawnAsync();
        var chart = page.Page.Locator("#chart-compare svg.chart-svg:visible");
        Assert.Equal(1, await chart.CountAsync());

        // The last year on the axis is on the screen, within the chart's frame, not behind a sideways scroll.
        var ticks = chart.Locator(".chart-tick.x");
        var years = await ticks.AllTextContentsAsync();
        Assert.True(years.Count >= 3, $"the phone's chart has {years.Count} year labels");
        var last = (await ticks.Last.BoundingBoxAsync())!;
        var frame = (await page.Page.Locator("#chart-compare .chart-scroll").BoundingBoxAsync())!;
        Assert.True(last.X >= frame.X && last.X + last.Width <= frame.X + frame.Width && last.X + last.Width <= Width,
            $"the last year label ({years[^1]}) spans {last.X}..{last.X + last.Width}; the chart's frame {frame.X}..{frame.X + frame.Width}, the screen 0..{Width}");
        Assert.False(await page.Page.EvaluateAsync<bool>("() => { const f = document.querySelector('#chart-compare .chart-scroll'); return f.scrollWidth > f.clientWidth; }"),
            "the chart's frame scrolls sideways on a phone");
        // Legible: the labels are drawn at least 9 px tall, not a wide chart shrunk to fit.
        Assert.True(last.Height >= 9, $"the year labels are {last.Height} px tall");

        await SaveAsync(page, "compare-steel", fullPage: true);
        await page.Page.Locator("#chart-compare").ScrollIntoViewIfNeededAsync();
        await SaveAsync(page, "compare-steel-chart", fullPage: false);
        page.AssertStayedOnMachine();
    }

    [Fact]
    public async Task The_cities_index_is_saved_as_a_phone_screenshot()
    {
        await using var page = await browser.OpenAsync("/cities", Width, Height);
        await page.WaitUntilDrawnAsync();

        await SaveAsync(page, "cities", fullPage: true);
        await SaveAsync(page, "cities-first-screen", fullPage: false);
        page.AssertStayedOnMachine();
    }

    /// <summary>Saves artifacts/screenshots/NAME-390.png, the whole page or the screen as it is scrolled, for a person to look at.</summary>
    private static async Task SaveAsync(AtlasPage page, string name, bool fullPage)
    {
        var file = Path.Combine(RepositoryRoot.Artifacts("screenshots"), $"{name}-{Width}.png");
        File.Delete(file);
        await page.Page.ScreenshotAsync(new() { Path = file, FullPage = fullPage });
        var png = await File.ReadAllBytesAsync(file);
        Assert.Equal(Width, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)));
    }

    [Theory]
    [InlineData(Width, Height)]
    [InlineData(1280, 800)]
    public async Task The_city_timeline_names_its_years_without_one_label_over_another(int width, int height)
    {
        await using var page = await browser.OpenAsync("/cities/panzhihua", width, height);
        await page.WaitUntilDrawnAsync();
        var timeline = page.Page.Locator("figure.city-timeline");
        await timeline.ScrollIntoViewIfNeededAsync();

        var boxes = await page.Page.EvaluateAsync<double[][]>("""
            () => [...document.querySelectorAll('.city-timeline .timeline-ticks span')].filter(e => e.getClientRects().length > 0).map(e => { const r = e.getBoundingClientRect(); return [r.left, r.right]; })
            """);
        Assert.True(boxes.Length >= 3, $"the timeline names {boxes.Length} years");
        for (var i = 1; i < boxes.Length; i++)
        {
            Assert.True(boxes[i][0] >= boxes[i - 1][1], $"year label {i} ({boxes[i][0]}..{boxes[i][1]}) overlaps the one before ({boxes[i - 1][0]}..{boxes[i - 1][1]})");
        }

        Assert.True(boxes[^1][1] <= width, $"the last year label ends at {boxes[^1][1]} of {width}");
        var file = Path.Combine(RepositoryRoot.Artifacts("screenshots"), $"city-timeline-{width}.png");
        File.Delete(file);
        await timeline.ScreenshotAsync(new() { Path = file });
        page.AssertStayedOnMachine();
    }

    [Theory]
    [InlineData("/compare?cities=anshan,baotou,wuhan&indicator=crude-steel", Width, Height)]
    [InlineData("/compare?cities=anshan,baotou,wuhan&indicator=crude-steel", 1280, 800)]
    [InlineData("/cities/anshan", Width, Height)]
    [InlineData("/cities", Width, Height)]
    [InlineData("/eras/third-front", Width, Height)]
    public async Task Every_scroll_area_is_a_named_region_the_keyboard_reaches(string path, int width, int height)
    {
        Assert.True(File.Exists(AxeScript), $"{AxeScript} is missing: the build's `npm ci` installs axe-core from package.json");
        await using var page = await browser.OpenAsync(path, width, height, bypassCsp: true);
        await page.WaitUntilDrawnAsync();
        // Open every disclosure (the figures as a table, the citation formats), so what they hold is checked too.
        await page.Page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");

        var areas = await page.Page.EvaluateAsync<string[][]>(ScrollAreas);
        Assert.All(areas, a => Assert.True(a[1] == "0" && a[2] == "region" && a[3].Length > 0,
            $"{a[0]} scrolls on {path} at {width} px but has tabindex '{a[1]}', role '{a[2]}', name '{a[3]}'"));

        await page.Page.AddScriptTagAsync(new() { Path = AxeScript });
        var violations = await page.Page.EvaluateAsync<string[]>("""
            async () => (await axe.run(document, { runOnly: ["scrollable-region-focusable"] })).violations.flatMap(v => v.nodes.map(n => n.target.join(" ")))
            """);
        Assert.True(violations.Length == 0, $"axe finds scroll areas the keyboard cannot reach on {path}: {string.Join(" | ", violations)}");

        // Each chart's frame is a stop for the keyboard, named after its chart.
        foreach (var frame in await page.Page.Locator(".chart-scroll").AllAsync())
        {
            Assert.Equal("0", await frame.GetAttributeAsync("tabindex"));
            Assert.Equal("region", await frame.GetAttributeAsync("role"));
            Assert.False(string.IsNullOrWhiteSpace(await frame.GetAttributeAsync("aria-label")), "a chart frame has no name");
        }

        page.AssertStayedOnMachine();
    }
}
