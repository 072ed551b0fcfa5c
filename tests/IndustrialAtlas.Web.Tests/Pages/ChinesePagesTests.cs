using System.Net;
using System.Text.RegularExpressions;

namespace IndustrialAtlas.Web.Tests.Pages;

/// <summary>The pages in Chinese: the content's Chinese text where it is written, the English marked 尚未翻译 where it is not, the finder and the status counts.</summary>
public sealed partial class ChinesePagesTests(AtlasFixture fixture) : IClassFixture<AtlasFixture>
{
    private readonly HttpClient client = fixture.App.CreateClient();

    private async Task<string> Html(string path) => WebUtility.HtmlDecode(await client.GetStringAsync(path));

    [Fact]
    public async Task A_city_page_in_chinese_shows_its_chinese_text_and_marks_what_is_not_yet_translated()
    {
        var html = await Html("/zh/cities/alpha");

        Assert.Contains("<h1>甲城 <span lang=\"en\">Alpha</span></h1>", html, StringComparison.Ordinal);
        Assert.Contains("东北的一座测试用钢铁城市。", html, StringComparison.Ordinal);
        Assert.Contains("<strong>明代铸造作坊</strong>", html, StringComparison.Ordinal);
        Assert.Contains("约1400年—1644年", html, StringComparison.Ordinal);
        Assert.Contains("（明朝）", html, StringComparison.Ordinal);
        Assert.Contains("75亿吨", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"claim-text\">甲城保有铁矿石75亿吨。</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge badge-supported\">有据</span>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/zh/cities/beta\">乙城</a>", html, StringComparison.Ordinal);
        // The claim without Chinese shows its English, marked so no reader takes it for Chinese.
        Assert.Contains("<span class=\"claim-text\"><span lang=\"en\">A secret tunnel links the two plants.</span> <small class=\"untranslated-note\">尚未翻译</small></span>", html, StringComparison.Ordinal);
        Assert.Contains("（“一五”计划及其后）", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Alpha holds 7.5 billion tonnes", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chinese_source_is_named_as_published_on_a_chinese_page_without_its_english_gloss()
    {
        var html = await Html("/zh/cities/beta");

        Assert.Contains("<cite>乙城第七次全国人口普查公报</cite>. 乙城统计局, 2021-05-31.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Beta statistics bureau", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_map_query_is_explained_in_chinese_with_the_values_to_type_after_their_names()
    {
        using var chinese = await client.GetAsync("/zh/?year=3000&resource=gold");
        using var english = await client.GetAsync("/?year=3000&resource=gold");
        var zh = WebUtility.HtmlDecode(await chinese.Content.ReadAsStringAsync());
        var en = WebUtility.HtmlDecode(await english.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, chinese.StatusCode);
        Assert.Contains("<h1 id=\"problem-title\">无法显示这一地图视图</h1>", zh, StringComparison.Ordinal);
        Assert.Contains("参数“year”应在", zh, StringComparison.Ordinal);
        Assert.Contains("现在是3000。没有“gold”这种资源。已有的资源：", zh, StringComparison.Ordinal);
        Assert.Contains("铁矿石（iron-ore）", zh, StringComparison.Ordinal);
        Assert.DoesNotContain("Known resources", zh, StringComparison.Ordinal);
        // The English page names the same values by their slugs, as before.
        Assert.Contains("There is no resource \u201cgold\u201d. Known resources: ", en, StringComparison.Ordinal);
        Assert.DoesNotContain("铁矿石", en, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_structured_data_of_a_chinese_page_is_in_chinese()
    {
        using var placeJson = System.Text.Json.JsonDocument.Parse(StructuredData(await client.GetStringAsync("/zh/cities/alpha")));
        using var reviewJson = System.Text.Json.JsonDocument.Parse(StructuredData(await client.GetStringAsync("/zh/claims/alpha-rumour")));
        using var englishJson = System.Text.Json.JsonDocument.Parse(StructuredData(await client.GetStringAsync("/claims/alpha-rumour")));
        var (place, review, english) = (placeJson.RootElement, reviewJson.RootElement, englishJson.RootElement);

        Assert.Equal("甲城", place.GetProperty("name").GetString());
        Assert.Equal("Alpha", place.GetProperty("alternateName")[0].GetString());
        Assert.Equal("辽宁", place.GetProperty("address").GetProperty("addressRegion").GetString());
        Assert.Equal("zh-Hans", review.GetProperty("inLanguage").GetString());
        Assert.Equal("中国工业城市地图集", review.GetProperty("author").GetProperty("name").GetString());
        Assert.Equal("无据可查", review.GetProperty("reviewRating").GetProperty("name").GetString());
        Assert.Equal("unsupported", review.GetProperty("reviewRating").GetProperty("alternateName").GetString());
        Assert.Equal("一篇关于甲城的未署名文章的作者（不详）", review.GetProperty("itemReviewed").GetProperty("author").GetProperty("name").GetString());
        // The English page's is as it was.
        Assert.Equal("en", english.GetProperty("inLanguage").GetString());
        Assert.Equal("Unsupported", english.GetProperty("reviewRating").GetProperty("name").GetString());
        Assert.Equal("Unknown author of an unsigned essay on Alpha", english.GetProperty("itemReviewed").GetProperty("author").GetProperty("name").GetString());
    }

    private static string StructuredData(string html) =>
        Regex.Match(html, "<script type=\"application/ld\\+json\">(?<json>.*?)</script>", RegexOptions.Singleline) is { Success: true } m
            ? m.Groups["json"].Value
            : throw new Xunit.Sdk.XunitException("the page has no JSON-LD");

    [Fact]
    public async Task The_english_page_is_unchanged_by_the_chinese_text()
    {
        var html = await Html("/cities/alpha");

        Assert.Contains("<span class=\"claim-text\">Alpha holds 7.5 billion tonnes of iron ore.</span>", html, StringComparison.Ordinal);
        Assert.Contains("7.5 billion tonnes", html, StringComparison.Ordinal);
        Assert.DoesNotContain("尚未翻译", html, StringComparison.Ordinal);
        Assert.DoesNotContain("甲城保有", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_claim_page_keeps_its_id_in_both_languages()
    {
        var translated = await Html("/zh/claims/alpha-iron");
        var untranslated = await Html("/zh/claims/alpha-rumour");

        Assert.Contains("甲城保有铁矿石75亿吨。", translated, StringComparison.Ordinal);
        Assert.Contains("<code>alpha-iron</code>", translated, StringComparison.Ordinal);
        Assert.Contains("<span lang=\"en\">A secret tunnel links the two plants.</span>", untranslated, StringComparison.Ordinal);
        Assert.Contains("无据可查", untranslated, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/zh/claims?q=甲城的铁矿石有多少")]
    [InlineData("/claims?q=铁矿")]
    [InlineData("/zh/claims?q=甲城")]
    public async Task The_finder_finds_claims_from_chinese_text(string address)
    {
        var html = await Html(address);
        var first = ClaimIds().Match(html);

        Assert.True(first.Success, $"{address} lists no claim");
        Assert.Equal("alpha-iron", first.Groups[1].Value);
    }

    [Fact]
    public async Task Status_counts_what_is_not_yet_in_chinese()
    {
        var html = await Html("/zh/status");
        int Count(string key) => int.Parse(Regex.Match(html, $"data-count=\"{key}\">(\\d+)<").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

        // One claim of the fixtures is in Chinese, and one city; every era and resource is named.
        Assert.Equal(Count("claims") - 1, Count("untranslated-claims"));
        Assert.Equal(Count("cities") - 1, Count("untranslated-cities"));
        Assert.Equal(0, Count("untranslated-eras"));
        Assert.Equal(0, Count("untranslated-resources"));

        // Of the four sites, one has its place in Chinese.
        Assert.Equal(3, Count("untranslated-site-places"));
        Assert.True(Count("untranslated") > Count("untranslated-claims"));
    }

    [GeneratedRegex(@"<li class=""claim"" id=""claim-([a-z0-9-]+)"">")]
    private static partial Regex ClaimIds();
}
