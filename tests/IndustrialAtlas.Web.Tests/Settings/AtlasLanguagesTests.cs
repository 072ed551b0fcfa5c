using IndustrialAtlas.Web.Settings;

namespace IndustrialAtlas.Web.Tests.Settings;

/// <summary>The one reading of an address's language, and the one writing of a page's address in a language.</summary>
public sealed class AtlasLanguagesTests
{
    [Theory]
    [InlineData("/zh/cities/anshan", true, "/cities/anshan")]
    [InlineData("/zh", true, "/")]
    [InlineData("/zh/", true, "/")]
    [InlineData("/zh?year=1958", true, "/?year=1958")]
    [InlineData("/zh/?year=1958", true, "/?year=1958")]
    [InlineData("/zhuzhou", false, "/zhuzhou")]
    [InlineData("/cities/zhuzhou", false, "/cities/zhuzhou")]
    [InlineData("javascript:alert(1)", false, "javascript:alert(1)")]
    [InlineData(" ", false, " ")]
    [InlineData("year=1970", false, "year=1970")]
    public void An_address_is_chinese_only_under_the_zh_prefix(string address, bool chinese, string english)
    {
        Assert.Equal(chinese, AtlasLanguages.IsChinese(address, out var twin));
        Assert.Equal(english, twin);
    }

    [Theory]
    [InlineData("/", "/zh/")]
    [InlineData("/?year=1958&resource=iron-ore", "/zh/?year=1958&resource=iron-ore")]
    [InlineData("/cities/anshan#claim-anshan-steel-capital", "/zh/cities/anshan#claim-anshan-steel-capital")]
    [InlineData("/claims?city=anshan", "/zh/claims?city=anshan")]
    [InlineData("/api/cities", "/api/cities")]
    [InlineData("/css/site.css", "/css/site.css")]
    [InlineData("/cite?url=%2F", "/cite?url=%2F")]
    [InlineData("//elsewhere.example/", "//elsewhere.example/")]
    [InlineData("https://example.org/", "https://example.org/")]
    [InlineData("/citiesx", "/citiesx")]
    public void A_page_is_written_under_zh_and_data_and_assets_stay_where_they_are(string english, string chinese)
    {
        Assert.Equal(chinese, AtlasLanguage.Chinese.In(english));
        Assert.Equal(english, AtlasLanguage.English.In(english));
    }
}
