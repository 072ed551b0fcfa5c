using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace IndustrialAtlas.Browser.Tests;

/// <summary>
/// The map is the page: it fills the first screen on a desktop and a phone, its filters fold into a panel (a sheet on a
/// phone), its embed keeps its height in an essay on another site, and every figure reads the same wherever it is
/// written. Each view is saved as a screenshot to look at.
/// </summary>
public sealed partial class MapFirstTests(AtlasBrowser browser) : IClassFixture<AtlasBrowser>
{
    [Theory]
    [InlineData(1366, 900, 0.65)]
    [InlineData(390, 844, 0.55)]
    public async Task The_map_fills_most_of_the_first_screen_and_nothing_scrolls_sideways(int width, int height, double share)
    {
        foreach (var year in new[] { 1958, 1980, 2020 })
        {
            await using var page = await browser.OpenAsync($"/?year={year}", width, height);
            await page.WaitForMapAsync(year);
            var covered = await MapShareAsync(page.Page);
            Assert.True(covered >= share, $"at {width}×{height} the map covers {covered:P0} of the first screen, under {share:P0}");
            var scrollWidth = await page.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            Assert.True(scrollWidth <= width, $"the page is {scrollWidth} px wide in a {width} px viewport");
            // The slider runs along the foot of the map, inside the first screen, with the eras named on it.
            var timeline = (await page.Page.Locator(".timeline").BoundingBoxAsync())!;
            Assert.True(timeline.Y + timeline.Height <= height + 1, $"the timeline ends at {timeline.Y + timeline.Height} px, below the {height} px screen");
            Assert.True(await page.Page.Locator(".era-band:not(.unnamed) .era-band-name").CountAsync() >= 5, "fewer than five eras are named on the slider");
            await SaveAsync(page, $"map-{year}-{width}.png");
            page.AssertStayedOnMachine();
        }
    }

    [Fact]
    public async Task On_a_phone_the_filters_open_in_a_sheet_that_holds_the_focus_and_closes_with_escape()
    {
        await using var page = await browser.OpenAsync("/?year=1958", 390, 844);
        await page.WaitForMapAsync(1958);
        Assert.False(await page.Page.IsVisibleAsync("#resource"), "the filters show over the map on a phone before they are asked for");

        await page.Page.ClickAsync("#filters-toggle");
        await page.Page.WaitForSelectorAsync("#filters-sheet:modal");
        Assert.Equal("true", await page.Page.GetAttributeAsync("#filters-toggle", "aria-expanded"));
        await SaveAsync(page, "filters-sheet-390.png");
        for (var i = 0; i < 14; i++)
        {
            await page.Page.Keyboard.PressAsync("Tab");
            var inside = await page.Page.EvaluateAsync<bool>("() => document.getElementById('filters-sheet').contains(document.activeElement)");
            Assert.True(inside, $"after {i + 1} Tab presses the focus left the sheet for {await page.Page.EvaluateAsync<string>("() => document.activeElement?.outerHTML.slice(0, 80)")}");
        }

        // A choice in the sheet redraws the map behind it at once.
        await page.Page.SelectOptionAsync("#resource", "iron-ore");
        Assert.Equal(ShownCities.Slugs(browser.Content, 1958, "iron-ore"), await AtlasPage.SettleAsync(page.ListAsync, l => l.Count == ShownCities.Slugs(browser.Content, 1958, "iron-ore").Count));

        await page.Page.Keyboard.PressAsync("Escape");
        await page.Page.WaitForSelectorAsync("#filters-sheet:not([open])", new() { State = WaitForSelectorState.Attached });
        Assert.Equal("filters-toggle", await page.Page.EvaluateAsync<string>("() => document.activeElement?.id"));
        Assert.Equal("false", await page.Page.GetAttributeAsync("#filters-toggle", "aria-expanded"));
        Assert.Equal("iron-ore", page.Query.GetValueOrDefault("resource"));
        page.AssertStayedOnMachine();
    }

    [Theory]
    [InlineData(1366)]
    [InlineData(800)]
    [InlineData(390)]
    public async Task The_map_embed_in_an_essay_on_another_site_keeps_a_height_that_depends_on_its_width_only(int width)
    {
        await using var source = await browser.OpenAsync("/?year=1958&resource=iron-ore");
        var snippet = await source.ValueAsync("#share-embed");
        Assert.Contains("data-industrial-atlas", snippet, StringComparison.Ordinal);

        await using var site = await OuterSite.StartAsync();
        await using var page = await browser.NewPageAsync(width, 800);
        page.AllowOrigin(site.Address);
        await page.GotoAsync(site.PagePosting(snippet).ToString());
        var frame = page.Page.FrameLocator("iframe[data-industrial-atlas]");
        await frame.Locator("#atlas-map[data-ready='true'][data-year='1958']").WaitForAsync(new() { State = WaitForSelectorState.Attached });

        var first = await SettledHeightAsync(page.Page);
        // A taller window on the host changes nothing in the frame: its height does not follow the frame's own height.
        await page.Page.SetViewportSizeAsync(width, 1400);
        var second = await SettledHeightAsync(page.Page);
        Assert.True(Math.Abs(first - second) <= 2, $"the embed grew from {first} to {second} px when the host window grew");
        Assert.InRange(first, 300, width * 1.4 + 300);

        // What it shows is said in the frame: the title line with the year and the resource, the count, the era legend.
        var title = await frame.Locator("#view-title").TextContentAsync() ?? "";
        Assert.Contains("1958", title, StringComparison.Ordinal);
        Assert.Contains("Iron ore", title, StringComparison.Ordinal);
        Assert.Matches(@"^\d+ of \d+ cities$", (await frame.Locator("#atlas-count").TextContentAsync())?.Trim() ?? "");
        Assert.True(await frame.Locator("#era-legend li:not([hidden])").CountAsync() > 0, "the embed shows no era legend");
        Assert.True(await frame.Locator("a.embed-open").IsVisibleAsync(), "the embed has no link back to the full view");
        await SaveAsync(page, $"embed-in-essay-{width}.png");
        page.AssertStayedOnMachine();
    }

    [Theory]
    [InlineData("crude-steel", 2018, "baotou", "15.3 Mt in 2018")]
    [InlineData("raw-coal", 1979, "datong", "24.1 Mt in 1979")]
    public async Task A_figure_reads_the_same_in_the_server_list_the_redrawn_list_the_popup_and_the_city_chart(string measure, int year, string city, string words)
    {
        await using var plain = await browser.OpenAsync($"/?year={year}&measure={measure}", javaScript: false);
        var served = await ListTextsAsync(plain.Page);
        Assert.Contains(words, served[city], StringComparison.Ordinal);

        // The same view reached by changing the controls after the page loaded: the script draws the server's words.
        await using var page = await browser.OpenAsync($"/?year={year - 5}");
        await page.WaitForMapAsync(year - 5);
        await page.Page.SelectOptionAsync("#measure", measure);
        await page.Page.FocusAsync("#year");
        for (var i = 0; i < 5; i++)
        {
            await page.Page.Keyboard.PressAsync("ArrowRight");
        }

        await page.WaitForMapAsync(year);
        var redrawn = await AtlasPage.SettleAsync(() => ListTextsAsync(page.Page), l => l.TryGetValue(city, out var t) && t.Contains(words, StringComparison.Ordinal));
        Assert.Equal(served, redrawn);

        await page.Page.ClickAsync($"#atlas-list button.show-on-map[data-city='{city}']");
        Assert.Contains(words, await page.Page.Locator(".atlas-popup .popup-figure").TextContentAsync() ?? "", StringComparison.Ordinal);

        await page.GotoAsync($"/cities/{city}");
        Assert.Contains(words.Split(" in ")[0], await page.Page.Locator($"#chart-{measure}").TextContentAsync() ?? "", StringComparison.Ordinal);
        page.AssertStayedOnMachine();
    }

    [Fact]
    public async Task A_city_name_on_the_map_opens_its_popup_and_the_larger_city_keeps_its_name()
    {
        await using var page = await browser.OpenAsync("/?year=2020", 1366, 900);
        await page.WaitForMapAsync(2020);
        var named = await page.Page.Locator(".map-label:not([hidden]) .map-label-text").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.city)");
        // Shenyang, the largest of the Liaoning cluster, keeps its name where the names collide.
        Assert.Contains("shenyang", named);

        // A name that covers no other marker takes a click as its marker does.
        var label = page.Page.Locator(".map-label:not([hidden]):not(.covers) .map-label-text").First;
        var slug = await label.GetAttributeAsync("data-city");
        var name = (await label.TextContentAsync())!.Trim();
        await label.ClickAsync();
        var popup = page.Page.Locator(".leaflet-popup .popup-title");
        await popup.WaitForAsync();
        Assert.Contains(name, await popup.TextContentAsync() ?? "", StringComparison.Ordinal);
        Assert.Equal(slug, (await AtlasPage.SettleAsync(() => Task.FromResult(page.Query), q => q.ContainsKey("city"))).GetValueOrDefault("city"));
        page.AssertStayedOnMachine();
    }

    [Fact]
    public async Task The_page_title_names_the_view_and_follows_it()
    {
        await using var page = await browser.OpenAsync("/?year=1958");
        await page.WaitForMapAsync(1958);
        Assert.Equal("Industrial cities of China in 1958 · Industrial Atlas", await page.Page.TitleAsync());

        await page.Page.SelectOptionAsync("#resource", "iron-ore");
        await page.Page.WaitForFunctionAsync("() => document.title.includes('iron ore')");
        Assert.Equal("Industrial cities of China in 1958 with iron ore · Industrial Atlas", await page.Page.TitleAsync());
        page.AssertStayedOnMachine();
    }

    [Fact]
    public async Task Play_starts_at_the_first_year_of_the_industrial_eras()
    {
        var start = browser.Content.Eras.Where(e => e.Start.Value >= 1850).Min(e => e.Start.Value);
        await using var page = await browser.OpenAsync("/");
        await page.WaitForMapAsync(DateTime.UtcNow.Year);
        // Record the first year the map draws after Play, whatever the machine's speed.
        await page.Page.EvaluateAsync("""
            () => { window.firstYears = []; new MutationObserver(() => window.firstYears.push(document.getElementById('atlas-map').dataset.year))
              .observe(document.getElementById('atlas-map'), { attributes: true, attributeFilter: ['data-year'] }); }
            """);
        await page.Page.ClickAsync("#play");
        var years = await AtlasPage.SettleAsync(() => page.Page.EvaluateAsync<string[]>("() => window.firstYears"), y => y.Length > 0);
        await page.Page.ClickAsync("#play");
        Assert.Equal(start.ToString(CultureInfo.InvariantCulture), years[0]);
        page.AssertStayedOnMachine();
    }

    [Fact]
    public async Task The_sentence_above_the_list_says_how_the_filters_combine()
    {
        await using var page = await browser.OpenAsync("/?year=1958&resource=iron-ore", javaScript: false);
        var sentence = Whitespace().Replace(await page.Page.TextContentAsync("#view-sentence") ?? "", " ");
        var count = ShownCities.Slugs(browser.Content, 1958, "iron-ore").Count;
        Assert.Contains($"{count} of {browser.Content.Cities.Count} cities had a phase in 1958", sentence, StringComparison.Ordinal);
        Assert.Contains("Iron ore among their resources (as recorded today", sentence, StringComparison.Ordinal);
        page.AssertStayedOnMachine();
    }

    private static async Task<double> MapShareAsync(IPage page) => await page.EvaluateAsync<double>("""
        () => {
          const box = document.getElementById('atlas-map').getBoundingClientRect();
          const w = Math.max(0, Math.min(box.right, innerWidth) - Math.max(box.left, 0));
          const h = Math.max(0, Math.min(box.bottom, innerHeight) - Math.max(box.top, 0));
          return (w * h) / (innerWidth * innerHeight);
        }
        """);

    /// <summary>The iframe's height once it equals its content's (two frames after the last report).</summary>
    private static async Task<double> SettledHeightAsync(IPage page)
    {
        var reading = await AtlasPage.SettleAsync(
            async () =>
            {
                await page.EvaluateAsync("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
                var frame = (await page.Locator("iframe[data-industrial-atlas]").BoundingBoxAsync())!.Height;
                // The content's own height (the document's scroll height is never less than the frame, so it cannot tell a
                // frame that is too tall).
                var content = await page.FrameLocator("iframe[data-industrial-atlas]").Locator("body").EvaluateAsync<double>("e => e.getBoundingClientRect().height");
                return (Frame: frame, Content: content);
            },
            r => Math.Abs(r.Frame - r.Content) <= 2);
        Assert.True(Math.Abs(reading.Frame - reading.Content) <= 2, $"the iframe is {reading.Frame} px tall for {reading.Content} px of content");
        return reading.Frame;
    }

    private static async Task<Dictionary<string, string>> ListTextsAsync(IPage page)
    {
        var rows = await page.Locator("#atlas-list > li").EvaluateAllAsync<string[][]>(
            "els => els.map(li => { const c = li.cloneNode(true); c.querySelector('button')?.remove(); return [li.dataset.city, c.textContent]; })");
        return rows.ToDictionary(r => r[0], r => Whitespace().Replace(r[1], " ").Trim());
    }

    private static async Task SaveAsync(AtlasPage page, string name)
    {
        var file = Path.Combine(RepositoryRoot.Artifacts("screenshots"), name);
        File.Delete(file);
        await page.Page.ScreenshotAsync(new() { Path = file });
        Assert.True(new FileInfo(file).Length > 10_000, $"{name} is nearly empty");
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
