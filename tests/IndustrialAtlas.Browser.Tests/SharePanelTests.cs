using System.Net;
using System.Text.RegularExpressions;
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
        await page.Page.SelectOptionAsync("#embed-kind", "fixed");
        var before = Iframe(await AtlasPage.SettleAsync(() => page.ValueAsync("#share-embed"), s => s.Contains("width=\"600\"", StringComparison.Ordinal)));
        Assert.Equal(("600", "400"), (before["width"], before["height"]));
        Assert.StartsWith(new Uri(browser.Server.Address, "/embed?city=benxi&").ToString(), before["src"], StringComparison.Ordinal);

        await page.Page.SelectOptionAsync("#embed-size", new SelectOptionValue { Label = "800 × 500" });

        var after = Iframe(await AtlasPage.SettleAsync(() => page.ValueAsync("#share-embed"), s => s.Contains("width=\"800\"", StringComparison.Ordinal)));
        Assert.Equal(("800", "500"), (after["width"], after["height"]));
        Assert.Equal((before["src"], before["title"]), (after["src"], after["title"]));
        page.AssertStayedOnMachine();
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
