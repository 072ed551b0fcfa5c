using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Playwright;

namespace IndustrialAtlas.Browser.Tests;

public sealed partial class SharePanelTests(AtlasBrowser browser) : IClassFixture<AtlasBrowser>
{
    [Fact]
    public async Task The_city_page_cites_its_edition_and_the_embed_size_rewrites_the_snippet()
    {
        var edition = await browser.Server.CurrentEditionAsync();
        await using var page = await browser.OpenAsync("/cities/benxi");

        var apa = page.Page.Locator("#cite-apa");
        Assert.True(await apa.IsVisibleAsync(), "the APA citation is not shown open");
        var citation = await apa.TextContentAsync() ?? "";
        Assert.Contains("Benxi", citation, StringComparison.Ordinal);
        Assert.Contains("Benxi (本溪): History, resources and claims", await apa.Locator("i").TextContentAsync() ?? "", StringComparison.Ordinal);
        Assert.Contains($"/cities/benxi?edition={edition}", citation, StringComparison.Ordinal);

        var responsive = Iframe(await page.ValueAsync("#share-embed"));
        Assert.Equal(("100%", "480"), (responsive["width"], responsive["height"]));
        // A size belongs to a fixed embed only: the server writes it disabled, and choosing a fixed embed enables it.
        Assert.True(await page.Page.IsDisabledAsync("#embed-size"), "the size is offered for a responsive embed");
        await page.Page.SelectOptionAsync("#embed-kind", "fixed");
        Assert.False(await page.Page.IsDisabledAsync("#embed-size"), "the size cannot be chosen for a fixed embed");
        var before = Iframe(await AtlasPage.SettleAsync(() => page.ValueAsync("#share-embed"), s => s.Contains("width=\"600\"", StringComparison.Ordinal)));
        Assert.Equal(("600", "400"), (before["width"], before["height"]));
        Assert.StartsWith(new Uri(browser.Server.Address, "/embed?city=benxi&").ToString(), before["src"], StringComparison.Ordinal);

        await page.Page.SelectOptionAsync("#embed-size", new SelectOptionValue { Label = "800 × 500" });

        var after = Iframe(await AtlasPage.SettleAsync(() => page.ValueAsync("#share-embed"), s => s.Contains("width=\"800\"", StringComparison.Ordinal)));
        Assert.Equal(("800", "500"), (after["width"], after["height"]));
        Assert.Equal((before["src"], before["title"]), (after["src"], after["title"]));
        page.AssertStayedOnMachine();
    }

    /// <summary>
    /// What describes the map's view, read in the page: the link, the embed snippet, the APA citation, the BibTeX
    /// block, the picture and download links, and the head's canonical link and metadata.
    /// </summary>
    private const string DescribedViewScript = """
        () => {
          const panel = document.querySelector('section.share');
          const one = (selector, attribute) => {
            const found = document.querySelectorAll(selector);
            return found.length === 1 ? found[0].getAttribute(attribute) ?? '' : `${found.length} of ${selector}`;
          };
          return {
            link: document.getElementById('share-link').value,
            embed: document.getElementById('share-embed').value,
            apa: document.getElementById('cite-apa').textContent,
            bibtex: document.getElementById('cite-bibtex').textContent,
            picture: panel.querySelector('a[href*="/preview.png"]')?.getAttribute('href') ?? '',
            download: panel.querySelector('.downloads a[href^="/api/atlas.csv"]')?.getAttribute('href') ?? '',
            canonical: one('link[rel="canonical"]', 'href'),
            citationTitle: one('meta[name="citation_title"]', 'content'),
            ogUrl: one('meta[property="og:url"]', 'content'),
            ogImage: one('meta[property="og:image"]', 'content'),
            ogImageAlt: one('meta[property="og:image:alt"]', 'content'),
          };
        }
        """;

    private sealed record DescribedView(string Link, string Embed, string Apa, string Bibtex, string Picture, string Download,
        string Canonical, string CitationTitle, string OgUrl, string OgImage, string OgImageAlt);

    [Fact]
    public async Task Share_embed_cite_and_the_metadata_follow_the_view_as_filters_and_the_year_change()
    {
        var edition = await browser.Server.CurrentEditionAsync();
        await using var page = await browser.OpenAsync("/?year=2026");
        await page.WaitForMapAsync(2026);
        // A reader has MLA open: it stays open as the panel is replaced.
        await page.Page.Locator(".share-cite summary", new() { HasTextString = "MLA 9" }).ClickAsync();

        await page.Page.SelectOptionAsync("#resource", "iron-ore");
        var first = await DescribesAsync(page, 2026, edition);
        Assert.StartsWith("<iframe src=\"", first.Embed, StringComparison.Ordinal);
        Assert.Contains("/embed" + new Uri(first.Link).Query.Replace("&", "&amp;", StringComparison.Ordinal) + "\"", first.Embed, StringComparison.Ordinal);
        Assert.True(await page.Page.Locator("details:has(#cite-mla)").EvaluateAsync<bool>("d => d.open"), "MLA was closed by the update");

        // The picture embed, then ten years back and three more, quickly: the last view is the one described.
        await page.Page.SelectOptionAsync("#embed-kind", "image");
        await page.Page.FocusAsync("#year");
        await page.Page.Keyboard.PressAsync("PageDown");
        var second = await DescribesAsync(page, 2016, edition);
        Assert.StartsWith("<a href=\"", second.Embed, StringComparison.Ordinal);
        Assert.Contains("/preview.png" + new Uri(second.Link).Query.Replace("&", "&amp;", StringComparison.Ordinal) + "\"", second.Embed, StringComparison.Ordinal);
        Assert.Contains("alt=\"Map of ", second.Embed, StringComparison.Ordinal);
        Assert.Contains("in 2016, iron ore", second.Embed, StringComparison.Ordinal);
        Assert.Contains("in 2016, iron ore", second.OgImageAlt, StringComparison.Ordinal);
        foreach (var key in new[] { "ArrowLeft", "ArrowLeft", "ArrowLeft" })
        {
            await page.Page.Keyboard.PressAsync(key);
        }

        var third = await DescribesAsync(page, 2013, edition);
        Assert.Equal("image", await page.ValueAsync("#embed-kind"));
        Assert.Equal("year", await page.Page.EvaluateAsync<string>("() => document.activeElement.id"));

        await Screenshot(page, "share-follows-view-1280.png");

        // One source of truth: the same view loaded afresh shows the same citation and link.
        await using var fresh = await browser.OpenAsync(new Uri(third.Link).PathAndQuery, javaScript: false);
        Assert.Equal(third.Link, await fresh.ValueAsync("#share-link"));
        Assert.Equal(third.Apa, await fresh.Page.TextContentAsync("#cite-apa"));
        Assert.Equal(third.Bibtex, await fresh.Page.TextContentAsync("#cite-bibtex"));
        page.AssertStayedOnMachine();
    }

    [Fact]
    public async Task While_the_panel_catches_up_it_is_marked_busy_and_if_it_cannot_it_says_so_and_offers_a_reload()
    {
        await using var page = await browser.OpenAsync("/?year=2026");
        await page.WaitForMapAsync(2026);
        var answer = new TaskCompletionSource();
        await page.Page.RouteAsync("**/share-panel?**", async route =>
        {
            await answer.Task;
            await route.FulfillAsync(new() { Status = 503, ContentType = "text/plain", Body = "unavailable" });
        });

        await page.Page.SelectOptionAsync("#resource", "iron-ore");

        // Until the answer comes the panel still holds the earlier view's citation, and says it is being updated.
        await page.Page.WaitForSelectorAsync("section.share[aria-busy='true']", new() { State = WaitForSelectorState.Attached });
        Assert.DoesNotContain("iron-ore", await page.ValueAsync("#share-link"), StringComparison.Ordinal);
        await Screenshot(page, "share-follows-busy-1280.png");
        answer.SetResult();

        var note = page.Page.Locator("section.share .share-status");
        await note.WaitForAsync();
        Assert.Contains("still describe the earlier view", await note.TextContentAsync() ?? "", StringComparison.Ordinal);
        var reload = new Uri(browser.Server.Address, await note.Locator("a").GetAttributeAsync("href") ?? "");
        Assert.Equal("iron-ore", QueryHelpers.ParseQuery(reload.Query).GetValueOrDefault("resource").ToString());
        Assert.Null(await page.Page.GetAttributeAsync("section.share", "aria-busy"));
        Assert.DoesNotContain("iron-ore", await page.ValueAsync("#share-link"), StringComparison.Ordinal);
        await Screenshot(page, "share-follows-stale-1280.png");
        Assert.All(page.Errors, e => Assert.Contains("503", e, StringComparison.Ordinal));
    }

    private static async Task Screenshot(AtlasPage page, string name)
    {
        var file = Path.Combine(RepositoryRoot.Artifacts("screenshots"), name);
        File.Delete(file);
        // The panel is laid out only near the screen (content-visibility): bring it there and wait until the browser
        // has rendered it, not for a time, so a busy machine does not photograph the placeholder.
        var section = page.Page.Locator("section.share");
        await section.ScrollIntoViewIfNeededAsync();
        await page.Page.WaitForFunctionAsync("() => document.querySelector('section.share').checkVisibility({ contentVisibilityAuto: true })");
        await page.Page.EvaluateAsync("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(null))))");
        await section.ScreenshotAsync(new() { Path = file });
        Assert.True(new FileInfo(file).Length > 10_000, $"{name} is nearly empty");
    }

    /// <summary>
    /// Waits until the panel is settled on the page's current view (the map may add its centre and zoom to the address at
    /// any time), which must be of <paramref name="year"/> and iron ore, then checks that everything describes it.
    /// </summary>
    private async Task<DescribedView> DescribesAsync(AtlasPage page, int year, string edition)
    {
        try
        {
            await page.Page.WaitForFunctionAsync("""
                ([year, edition]) => {
                  if (document.querySelector('section.share').hasAttribute('aria-busy')) return false;
                  const link = new URL(document.getElementById('share-link').value);
                  const here = new URLSearchParams(location.search);
                  if (!here.has('edition')) here.set('edition', edition);
                  const sorted = params => [...params].map(p => p.join('=')).sort().join('&');
                  return here.get('year') === String(year) && here.get('resource') === 'iron-ore'
                    && sorted(here) === sorted(link.searchParams)
                    && document.querySelector('link[rel="canonical"]').href === link.href;
                }
                """, new object[] { year, edition });
        }
        catch (TimeoutException)
        {
            Assert.Fail($"the Share panel did not come to describe year {year} and iron ore: link {await page.ValueAsync("#share-link")}, url {page.Page.Url}, errors {string.Join(" | ", page.Errors)}");
        }

        // One reading, so the checks below compare parts of the same panel even if the map writes its view again.
        var read = await page.Page.EvaluateAsync<Dictionary<string, string>>(DescribedViewScript);
        var seen = new DescribedView(read["link"], read["embed"], read["apa"], read["bibtex"], read["picture"], read["download"],
            read["canonical"], read["citationTitle"], read["ogUrl"], read["ogImage"], read["ogImageAlt"]);
        var link = new Uri(seen.Link);
        var query = QueryHelpers.ParseQuery(link.Query);
        Assert.Equal((year.ToString(System.Globalization.CultureInfo.InvariantCulture), "iron-ore", edition), (query["year"].ToString(), query["resource"].ToString(), query["edition"].ToString()));
        Assert.Equal(new Uri(browser.Server.Address, "/" + link.Query).ToString(), seen.Link);
        var title = $"Industrial cities of China in {year} with iron ore";
        Assert.Contains(title, seen.Apa, StringComparison.Ordinal);
        Assert.Contains(seen.Link, seen.Apa, StringComparison.Ordinal);
        Assert.Contains($"url = {{{seen.Link}}}", seen.Bibtex, StringComparison.Ordinal);
        Assert.EndsWith("/preview.png" + link.Query, seen.Picture, StringComparison.Ordinal);
        Assert.Equal("/api/atlas.csv" + link.Query, seen.Download);
        Assert.Equal(seen.Link, seen.Canonical);
        Assert.StartsWith(title, seen.CitationTitle, StringComparison.Ordinal);
        Assert.Equal(seen.Link, seen.OgUrl);
        Assert.Equal(new Uri(browser.Server.Address, "/preview.png" + link.Query).ToString(), seen.OgImage);
        return seen;
    }

    /// <summary>The attributes of the one iframe in an embed snippet, decoded as a browser would read them.</summary>
    private static Dictionary<string, string> Iframe(string snippet)
    {
        var match = IframeTag().Match(snippet);
        Assert.True(match.Success, $"not one iframe: {snippet}");
        return Attribute().Matches(match.Groups[1].Value).ToDictionary(a => a.Groups[1].Value, a => WebUtility.HtmlDecode(a.Groups[2].Value));
    }

    [GeneratedRegex(@"^\s*<iframe\b([^>]*)>\s*</iframe>")]
    private static partial Regex IframeTag();

    [GeneratedRegex(@"([a-z-]+)=""([^""]*)""")]
    private static partial Regex Attribute();
}
