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

    private static string Switch(string html) => WebUtility.HtmlDecode(LanguageSwitchLink().Match(html).Groups[1].Value);

    [GeneratedRegex(@"<link rel=""alternate"" hreflang=""([^""]+)"" href=""([^""]+)"">")]
    private static partial Regex Alternates();

    [GeneratedRegex(@"<a class=""lang-switch"" href=""([^""]+)""")]
    private static partial Regex LanguageSwitchLink();
}
