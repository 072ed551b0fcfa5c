using IndustrialAtlas.Web.Citations;

namespace IndustrialAtlas.Web.Tests.Citations;

public sealed class CitationStyleTests
{
    [Theory]
    [InlineData("apa", CitationStyle.Apa)]
    [InlineData("MLA", CitationStyle.Mla)]
    [InlineData("Chicago", CitationStyle.Chicago)]
    [InlineData("bibtex", CitationStyle.Bibtex)]
    [InlineData("BibTeX", CitationStyle.Bibtex)]
    [InlineData("csl-json", CitationStyle.CslJson)]
    [InlineData("CSL-JSON", CitationStyle.CslJson)]
    [InlineData(" apa ", CitationStyle.Apa)]
    public void A_style_name_in_any_case_is_read(string text, CitationStyle expected)
    {
        Assert.True(CitationFormatter.TryParseStyle(text, out var style));
        Assert.Equal(expected, style);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("harvard")]
    [InlineData("csljson")]
    [InlineData("CslJson")]
    [InlineData("apa7")]
    [InlineData("0")]
    public void Anything_else_is_not_a_style(string? text)
    {
        Assert.False(CitationFormatter.TryParseStyle(text, out _));
    }

    [Theory]
    [InlineData(CitationStyle.Apa, "APA 7")]
    [InlineData(CitationStyle.Mla, "MLA 9")]
    [InlineData(CitationStyle.Chicago, "Chicago (notes and bibliography)")]
    [InlineData(CitationStyle.Bibtex, "BibTeX")]
    [InlineData(CitationStyle.CslJson, "CSL-JSON")]
    public void Each_style_has_a_display_name(CitationStyle style, string name)
    {
        Assert.Equal(name, CitationFormatter.StyleName(style));
    }

    [Fact]
    public void An_undefined_style_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CitationFormatter.Format(CitationExamples.Map, (CitationStyle)99));
    }
}
