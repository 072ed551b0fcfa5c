using IndustrialAtlas.Web.Citations;

namespace IndustrialAtlas.Web.Tests.Citations;

public sealed class CitationStyleTests
{
    [Theory]
    [InlineData("apa", "apa")]
    [InlineData("MLA", "mla")]
    [InlineData(" Chicago ", "chicago")]
    [InlineData("harvard", "harvard")]
    [InlineData("GB-T-7714", "gb-t-7714")]
    [InlineData("bibtex", "bibtex")]
    [InlineData("RIS", "ris")]
    [InlineData("csl-json", "csl-json")]
    public void A_style_name_in_any_case_is_read(string text, string key)
    {
        Assert.Equal(key, CitationStyles.Find(text)?.Key);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("csljson")]
    [InlineData("apa7")]
    [InlineData("vancouver")]
    public void Anything_else_is_not_a_style(string? text)
    {
        Assert.Null(CitationStyles.Find(text));
    }

    [Fact]
    public void Every_offered_csl_style_is_one_the_build_extracts()
    {
        var script = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "build", "citation-styles.mjs"));

        Assert.All(CitationStyles.Formatted, s => Assert.Contains($"\"{s.CslId}\"", script, StringComparison.Ordinal));
        Assert.Equal(["APA 7", "MLA 9", "Chicago (notes and bibliography)", "Harvard (Cite Them Right)", "GB/T 7714-2015"], CitationStyles.Formatted.Select(s => s.Name));
    }

    [Fact]
    public void A_data_format_is_not_rendered_as_a_style()
    {
        Assert.Throws<ArgumentException>(() => CitationStyles.FormatData(CitationExamples.Map, CitationStyles.Apa));
    }
}
