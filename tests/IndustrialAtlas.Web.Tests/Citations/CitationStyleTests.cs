using IndustrialAtlas.Web.Citations;

namespace IndustrialAtlas.Web.Tests.Citations;

public sealed partial class CitationStyleTests
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
    public void Every_offered_csl_style_is_an_official_file_whose_origin_is_recorded()
    {
        var folder = Path.Combine(RepositoryRoot.Path, "src", "IndustrialAtlas.Web", "Citations", "Csl");
        var readme = File.ReadAllText(Path.Combine(folder, "README.md"));

        Assert.All(CitationStyles.Formatted, s =>
        {
            var style = System.Xml.Linq.XDocument.Load(Path.Combine(folder, "styles", s.CslId + ".csl"));
            var csl = System.Xml.Linq.XNamespace.Get("http://purl.org/net/xbiblio/csl");
            // The file is the official style it says it is: its id is the repository's, and it carries the project's licence.
            Assert.Equal($"http://www.zotero.org/styles/{s.CslId}", style.Root!.Element(csl + "info")!.Element(csl + "id")!.Value);
            Assert.Contains("by-sa/3.0", style.Root.Element(csl + "info")!.Element(csl + "rights")!.Attribute("license")!.Value, StringComparison.Ordinal);
            Assert.Contains($"`styles/{s.CslId}.csl`", readme, StringComparison.Ordinal);
        });
        // Where the files come from: each repository at a commit, with its date.
        Assert.Equal(2, CommitLine().Count(readme));
        Assert.Equal(["APA 7", "MLA 9", "Chicago (notes and bibliography)", "Harvard (Cite Them Right)", "GB/T 7714-2015"], CitationStyles.Formatted.Select(s => s.Name));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\| `[0-9a-f]{40}` \| \d{4}-\d{2}-\d{2} \|")]
    private static partial System.Text.RegularExpressions.Regex CommitLine();

    [Fact]
    public void A_data_format_is_not_rendered_as_a_style()
    {
        Assert.Throws<ArgumentException>(() => CitationStyles.FormatData(CitationExamples.Map, CitationStyles.Apa));
    }
}
