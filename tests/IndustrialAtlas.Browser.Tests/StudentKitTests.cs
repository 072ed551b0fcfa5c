using System.Buffers.Binary;

namespace IndustrialAtlas.Browser.Tests;

/// <summary>What a student does with a view: cites it from the Cite panel, embeds a claim card in an essay on another
/// site (the responsive embed sizing itself), and shares its picture. Each is saved as a screenshot to look at.</summary>
public sealed class StudentKitTests(AtlasBrowser browser) : IClassFixture<AtlasBrowser>
{
    [Theory]
    [InlineData(1280, 800)]
    [InlineData(390, 844)]
    public async Task The_cite_panel_shows_every_style_formatted_with_italics(int width, int height)
    {
        await using var page = await browser.OpenAsync("/cities/benxi", width, height);
        var cite = page.Page.Locator(".share-cite");
        // Open the styles a student reaches for besides APA (open by default), as a reader would: by clicking their names.
        foreach (var name in new[] { "MLA 9", "Chicago (notes and bibliography)", "GB/T 7714-2015" })
        {
            await cite.Locator("summary", new() { HasTextString = name }).ClickAsync();
        }

        Assert.Contains("Benxi (本溪): History, resources and claims", await page.Page.Locator("#cite-apa i").TextContentAsync() ?? "", StringComparison.Ordinal);
        Assert.Contains("Benxi (本溪): History, Resources and Claims", await page.Page.Locator("#cite-mla i").TextContentAsync() ?? "", StringComparison.Ordinal);
        Assert.StartsWith("Industrial Atlas, \u201cBenxi", await page.Page.Locator("#cite-chicago-note").TextContentAsync() ?? "", StringComparison.Ordinal);
        Assert.Contains("[EB/OL]", await page.Page.Locator("#cite-gb-t-7714").TextContentAsync() ?? "", StringComparison.Ordinal);
        var scrollWidth = await page.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= width, $"the page is {scrollWidth} px wide in a {width} px viewport");

        var file = Path.Combine(RepositoryRoot.Artifacts("screenshots"), $"cite-panel-{width}.png");
        File.Delete(file);
        await cite.ScreenshotAsync(new() { Path = file });
        Assert.True(new FileInfo(file).Length > 10_000, "the Cite panel screenshot is nearly empty");
        page.AssertStayedOnMachine();
    }

    [Theory]
    [InlineData(1280, 800)]
    [InlineData(390, 844)]
    public async Task A_claim_card_embedded_in_an_essay_on_another_site_sizes_itself_to_its_content(int width, int height)
    {
        await using var source = await browser.OpenAsync("/claims/panzhihua-vtm-reserves", width, height);
        var snippet = await source.ValueAsync("#share-embed");
        Assert.Contains("/embed/claims/panzhihua-vtm-reserves?edition=", snippet, StringComparison.Ordinal);
        Assert.Contains("data-industrial-atlas", snippet, StringComparison.Ordinal);

        await using var site = await OuterSite.StartAsync();
        await using var page = await browser.NewPageAsync(width, height);
        page.AllowOrigin(site.Address);
        await page.GotoAsync(site.PagePosting(snippet).ToString());
        var frame = page.Page.Locator("iframe[data-industrial-atlas]");
        var card = page.Page.FrameLocator("iframe[data-industrial-atlas]").Locator(".claim-card");
        await card.WaitForAsync();

        // embed.js on the essay's page sets the iframe's height to what the card's page reports: no inner scroll bar.
        var sized = await AtlasPage.SettleAsync(
            async () => (Frame: (await frame.BoundingBoxAsync())!.Height, Content: await page.Page.FrameLocator("iframe[data-industrial-atlas]").Locator("body").EvaluateAsync<double>("e => e.getBoundingClientRect().height")),
            s => Math.Abs(s.Frame - s.Content) <= 2 && s.Frame != 360);
        Assert.True(Math.Abs(sized.Frame - sized.Content) <= 2, $"the iframe is {sized.Frame} px tall for {sized.Content} px of content");
        Assert.Contains("disputed", await card.Locator(".badge").TextContentAsync() ?? "", StringComparison.Ordinal);
        Assert.True(await card.Locator("ol.references li").CountAsync() > 0, "the card lists no sources");

        var file = Path.Combine(RepositoryRoot.Artifacts("screenshots"), $"claim-card-embed-{width}.png");
        File.Delete(file);
        await page.LayOutEveryPartAsync();
        await page.Page.ScreenshotAsync(new() { Path = file, FullPage = true });
        var png = await File.ReadAllBytesAsync(file);
        Assert.Equal(width, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)));
        page.AssertStayedOnMachine();
    }

    [Theory]
    [InlineData("share-map-1958", "/preview.png?year=1958&resource=iron-ore")]
    [InlineData("share-map-2020-measure", "/preview.png?year=2020&measure=population")]
    [InlineData("share-claim", "/preview/claims/panzhihua-households.png")]
    public async Task The_share_picture_is_saved_to_look_at(string name, string path)
    {
        await using var page = await browser.NewPageAsync();
        var response = await page.Page.APIRequest.GetAsync(new Uri(browser.Server.Address, path).ToString());
        var png = await response.BodyAsync();

        Assert.Equal(200, response.Status);
        Assert.Equal((1200, 630), (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20))));
        await File.WriteAllBytesAsync(Path.Combine(RepositoryRoot.Artifacts("screenshots"), $"{name}.png"), png);
    }
}
