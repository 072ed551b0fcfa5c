// Sources followed (headline-style capitalisation for MLA 9 and Chicago):
// - https://libguides.tru.ca/chicago/websites (CMOS 14.206: page titles capitalised headline-style)
// - https://www.0685.com/college-life/college-academics/62808.html (MLA: articles, short prepositions and
//   conjunctions lowercase unless first or after a colon)
// - https://tiffauditcuda.pages.dev/994151.html (MLA: keep all-caps only for acronyms such as USA)
// and the brief's list of minor words. APA's sentence case: https://researchguides.uvm.edu/c.php?g=290683&p=7930912
using IndustrialAtlas.Web.Citations;

namespace IndustrialAtlas.Web.Tests.Citations;

public sealed class TitleCaseTests
{
    [Theory]
    [InlineData("industrial cities of China in 1970", "Industrial Cities of China in 1970")]
    [InlineData("the rise and fall of a steel town", "The Rise and Fall of a Steel Town")]
    [InlineData("coal, iron and steel from Anshan to Benxi", "Coal, Iron and Steel from Anshan to Benxi")]
    [InlineData("Anshan vs Benxi as steel towns", "Anshan vs Benxi as Steel Towns")]
    [InlineData("What the Plant Was Built For", "What the Plant Was Built For")]
    [InlineData("Cities Of The Third Front", "Cities of the Third Front")]
    public void Minor_words_stay_lowercase_unless_first_or_last(string title, string expected)
    {
        Assert.Equal(expected, TitleCase.Headline(title));
    }

    [Theory]
    [InlineData("Industrial cities of China in 1970, resource: vanadium", "Industrial Cities of China in 1970, Resource: Vanadium")]
    [InlineData("Dukou: the city that became Panzhihua", "Dukou: The City That Became Panzhihua")]
    [InlineData("Panzhihua (攀枝花): a history", "Panzhihua (攀枝花): A History")]
    public void The_first_word_after_a_colon_is_capitalised(string title, string expected)
    {
        Assert.Equal(expected, TitleCase.Headline(title));
    }

    [Theory]
    [InlineData("SOE restructuring in the PRC", "SOE Restructuring in the PRC")]
    [InlineData("the 156 projects and 3rd-front plants", "The 156 Projects and 3rd-Front Plants")]
    [InlineData("iPhone parts from an OR plant", "iPhone Parts from an OR Plant")]
    public void Acronyms_words_with_digits_and_inner_capitals_are_kept(string title, string expected)
    {
        Assert.Equal(expected, TitleCase.Headline(title));
    }

    [Theory]
    [InlineData("Panzhihua (攀枝花): history, resources and claims", "Panzhihua (攀枝花): History, Resources and Claims")]
    [InlineData("攀枝花钢铁 and the vanadium-titanium magnetite of Panzhihua", "攀枝花钢铁 and the Vanadium-Titanium Magnetite of Panzhihua")]
    [InlineData("本溪", "本溪")]
    public void Chinese_characters_are_kept(string title, string expected)
    {
        Assert.Equal(expected, TitleCase.Headline(title));
    }

    [Theory]
    [InlineData("Industrial cities of China in 1970, resource: vanadium", "Industrial cities of China in 1970, resource: Vanadium")]
    [InlineData("panzhihua (攀枝花): history, resources and claims", "Panzhihua (攀枝花): History, resources and claims")]
    [InlineData("Claims about Anshan", "Claims about Anshan")]
    public void Sentence_case_capitalises_only_the_first_word_and_the_word_after_a_colon(string title, string expected)
    {
        Assert.Equal(expected, TitleCase.Sentence(title));
    }
}
