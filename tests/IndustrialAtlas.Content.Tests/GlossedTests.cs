namespace IndustrialAtlas.Content.Tests;

public sealed class GlossedTests
{
    [Theory]
    [InlineData("新华社 (Xinhua)", "新华社", "Xinhua")]
    [InlineData("四川省统计局（Sichuan Provincial Bureau of Statistics）", "四川省统计局", "Sichuan Provincial Bureau of Statistics")]
    [InlineData("人民网 (People's Daily Online)", "人民网", "People's Daily Online")]
    [InlineData("中央政府门户网站 (www.gov.cn)", "中央政府门户网站", "www.gov.cn")]
    public void A_chinese_name_with_a_gloss_splits_into_the_two(string text, string name, string gloss) =>
        Assert.Equal((name, gloss), Glossed.Split(text));

    [Theory]
    [InlineData("辽宁省统计局")]
    [InlineData("Xinhua (China)")]
    [InlineData("冶金工业出版社")]
    [InlineData("鞍钢（鞍山钢铁公司）")]
    [InlineData("Stanford University Press")]
    public void A_name_without_a_gloss_stays_whole(string text) =>
        Assert.Equal((text, (string?)null), Glossed.Split(text));

    [Theory]
    [InlineData("新华社 (Xinhua)", "新华社")]
    [InlineData("People's Daily (人民日报)", "人民日报")]
    [InlineData("Hunan Daily (湖南日报·新湖南)", "湖南日报·新湖南")]
    [InlineData("China Geological Survey（中国地质调查局）", "中国地质调查局")]
    [InlineData("Xinhua (新华网); copy on xihua.es", "Xinhua (新华网); copy on xihua.es")]
    [InlineData("Stanford University Press", "Stanford University Press")]
    [InlineData("辽宁省统计局", "辽宁省统计局")]
    public void A_chinese_reader_reads_the_chinese_name_whichever_comes_first(string text, string chinese) =>
        Assert.Equal(chinese, Glossed.Chinese(text));
}
