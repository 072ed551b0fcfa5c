using System.Net;
using System.Text.RegularExpressions;

namespace IndustrialAtlas.Web.Tests.Hosting;

/// <summary>Chinese under <c>/zh/</c>: the same pages, slugs and query, with their language, alternates, switch and links.</summary>
public sealed partial class LanguagePathsTests(AtlasFixture fixture) : IClassFixture<AtlasFixture>
{
    private readonly HttpClient client = fixture.App.CreateClient();

    public static TheoryData<string> Pages() =>
    [
        "/", "/?year=1958&resource=iron-ore", "/cities", "/cities/alpha", "/claims", "/claims?support=supported", "/claims/alpha-iron",
        "/eras", "/eras/ming", "/resources", "/resources/iron-ore", "/sites", "/sites?list=heritage", "/sites/alpha-works", "/compare",
        "/embed", "/status",
    ];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_page_answers_in_both_languages_with_its_lang_and_alternates(string page)
    {
        var chinese = page == "/" ? "/zh/" : page.StartsWith("/?", StringComparison.Ordinal) ? "/zh" + page : "/zh" + page;
        foreach (var (address, lang) in new[] { (page, "en"), (chinese, "zh-Hans") })
        {
            using var response = await client.GetAsync(address);
            var html = await response.Content.ReadAsStringAsync();

            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{address}: {(int)response.StatusCode}");
            Assert.Contains($"<html lang=\"{lang}\"", html, StringComparison.Ordinal);
            if (page.StartsWith("/embed", StringComparison.Ordinal))
            {
                continue;
            }

            var alternates = Alternates().Matches(html).ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value));
            Assert.Equal(["en", "x-default", "zh-Hans"], alternates.Keys.Order(StringComparer.Ordinal));
            Assert.Equal("http://localhost" + page, alternates["en"]);
            Assert.Equal("http://localhost" + chinese, alternates["zh-Hans"]);
            Assert.Equal(alternates["en"], alternates["x-default"]);
        }
    }

    [Fact]
    public async Task The_language_switch_keeps_the_view()
    {
        var english = await client.GetStringAsync("/claims?city=alpha&support=supported");
        var chinese = await client.GetStringAsync("/zh/claims?city=alpha&support=supported");

        Assert.Equal("/zh/claims?city=alpha&support=supported", Switch(english));
        Assert.Equal("/claims?city=alpha&support=supported", Switch(chinese));
    }

    [Fact]
    public async Task Links_on_a_chinese_page_stay_in_chinese_and_data_links_do_not_move()
    {
        // The language switch is the one link that leaves the language, on purpose.
        var html = LanguageSwitchLink().Replace(WebUtility.HtmlDecode(await client.GetStringAsync("/zh/cities/alpha")), "");

        Assert.Contains("href=\"/zh/cities\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/zh/claims\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/cities", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/zh/api", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/zh/css", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/css/site.css?v=", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/zh/zh/cities")]
    [InlineData("/zh/zh")]
    [InlineData("/zh/cities/nowhere")]
    [InlineData("/zh/nothing-here")]
    [InlineData("/zh/api/cities")]
    public async Task What_is_not_a_chinese_page_is_a_chinese_404(string address)
    {
        using var response = await client.GetAsync(address);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<html lang=\"zh-Hans\"", html, StringComparison.Ordinal);
        Assert.Contains("错误 404", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_two_languages_are_kept_apart_by_the_cache_and_the_etag()
    {
        // English first, so a cache that ignored the language would hand its answer to the Chinese address.
        using var english = await client.GetAsync("/cities/beta");
        using var chinese = await client.GetAsync("/zh/cities/beta");
        using var again = await client.GetAsync("/cities/beta");

        Assert.Contains("<html lang=\"en\"", await english.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("<html lang=\"zh-Hans\"", await chinese.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\"", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotEqual(english.Headers.ETag, chinese.Headers.ETag);
        Assert.Equal(english.Headers.ETag, again.Headers.ETag);
    }

    [Fact]
    public async Task The_sitemap_lists_every_page_in_both_languages_with_its_alternates()
    {
        using var response = await client.GetAsync("/sitemap.xml");
        var xml = System.Xml.Linq.XDocument.Parse(await response.Content.ReadAsStringAsync());
        System.Xml.Linq.XNamespace sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
        System.Xml.Linq.XNamespace xhtml = "http://www.w3.org/1999/xhtml";
        var urls = xml.Root!.Elements(sitemap + "url").ToDictionary(u => u.Element(sitemap + "loc")!.Value);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        foreach (var page in new[] { "/", "/cities/alpha", "/claims/alpha-iron", "/eras/ming", "/resources/iron-ore", "/sites/alpha-works" })
        {
            var chinese = page == "/" ? "/zh/" : "/zh" + page;
            Assert.True(urls.ContainsKey("http://localhost" + page), page);
            Assert.True(urls.ContainsKey("http://localhost" + chinese), chinese);
            var links = urls["http://localhost" + chinese].Elements(xhtml + "link").ToDictionary(l => l.Attribute("hreflang")!.Value, l => l.Attribute("href")!.Value);
            Assert.Equal("http://localhost" + page, links["en"]);
            Assert.Equal("http://localhost" + chinese, links["zh-Hans"]);
            Assert.Equal("http://localhost" + page, links["x-default"]);
        }

        Assert.Equal(0, urls.Count % 2);
    }

    [Fact]
    public async Task An_embed_and_its_oembed_take_lang_zh()
    {
        var embed = await client.GetStringAsync("/embed?year=1958&lang=zh");
        using var oembed = await client.GetAsync("/oembed?url=" + Uri.EscapeDataString("/cities/alpha") + "&lang=zh&format=json");
        var json = System.Text.Json.JsonDocument.Parse(await oembed.Content.ReadAsStringAsync()).RootElement;
        using var bad = await client.GetAsync("/oembed?url=" + Uri.EscapeDataString("/cities/alpha") + "&lang=fr&format=json");

        Assert.Contains("<html lang=\"zh-Hans\"", embed, StringComparison.Ordinal);
        Assert.Contains("1958年", embed, StringComparison.Ordinal);
        Assert.StartsWith("甲城", json.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Contains("lang=zh", json.GetProperty("html").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task A_claim_card_picture_is_drawn_in_the_language_asked_for()
    {
        var english = await client.GetByteArrayAsync("/preview/claims/alpha-iron.png");
        var chinese = await client.GetByteArrayAsync("/preview/claims/alpha-iron.png?lang=zh");
        using var bad = await client.GetAsync("/preview/claims/alpha-iron.png?lang=fr");
        var share = await client.GetStringAsync("/zh/claims/alpha-iron");

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], chinese[..4]);
        Assert.NotEqual(english, chinese);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("/preview/claims/alpha-iron.png?edition=", share, StringComparison.Ordinal);
        Assert.Contains("&amp;lang=zh", share, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_share_panel_of_a_chinese_view_speaks_chinese()
    {
        var chinese = await client.GetStringAsync("/share-panel?url=" + Uri.EscapeDataString("/zh/?year=1958"));
        var english = await client.GetStringAsync("/share-panel?url=" + Uri.EscapeDataString("/?year=1958"));

        Assert.Contains("分享、嵌入与引用", chinese, StringComparison.Ordinal);
        Assert.Contains("1958年的中国工业城市", chinese, StringComparison.Ordinal);
        Assert.Contains("Share, embed, cite", english, StringComparison.Ordinal);
        Assert.DoesNotContain("分享", english, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/zh/cities/alpha", "甲城：历史、资源与说法[EB/OL]")]
    [InlineData("/cities/alpha", "Alpha (甲城): History, resources and claims[EB/OL]")]
    public async Task Gb_t_7714_cites_a_chinese_view_in_chinese(string view, string expected)
    {
        var citation = await client.GetStringAsync("/cite?style=gb-t-7714&url=" + Uri.EscapeDataString(view));
        var apa = await client.GetStringAsync("/cite?style=apa&url=" + Uri.EscapeDataString(view));

        Assert.Contains(expected, citation, StringComparison.Ordinal);
        if (view.StartsWith("/zh/", StringComparison.Ordinal))
        {
            Assert.StartsWith("[1] 中国工业城市地图集.", citation, StringComparison.Ordinal);
            Assert.Contains("/zh/cities/alpha?edition=", citation, StringComparison.Ordinal);
            // APA gives the title as published with its translation in square brackets.
            Assert.Contains("甲城：历史、资源与说法 [Alpha (甲城): History, resources and claims]", apa, StringComparison.Ordinal);
        }
    }

    private static string Switch(string html) => WebUtility.HtmlDecode(LanguageSwitchLink().Match(html).Groups[1].Value);

    [GeneratedRegex(@"<link rel=""alternate"" hreflang=""([^""]+)"" href=""([^""]+)"">")]
    private static partial Regex Alternates();

    [GeneratedRegex(@"<a class=""lang-switch"" href=""([^""]+)""")]
    private static partial Regex LanguageSwitchLink();
}
