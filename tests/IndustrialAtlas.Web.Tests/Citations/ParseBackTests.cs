// BibTeX and RIS read back by citation-js (the readers behind many reference tools), as a reference manager would.
using IndustrialAtlas.Web.Citations;

namespace IndustrialAtlas.Web.Tests.Citations;

public sealed class ParseBackTests
{
    [Theory]
    [MemberData(nameof(CitationExamples.Items), MemberType = typeof(CitationExamples))]
    public void Bibtex_parses_back_whole(string example)
    {
        var item = CitationExamples.Named(example);

        var parsed = Assert.Single(ReferenceProcessor.Parse("bibtex", CitationStyles.FormatData(item, CitationStyles.Bibtex)))!.Element();

        Assert.Equal("webpage", parsed.GetProperty("type").GetString());
        Assert.Equal(item.Id, parsed.GetProperty("id").GetString());
        Assert.Equal(item.Title, parsed.GetProperty("title").GetString());
        Assert.Equal(item.Url, parsed.GetProperty("URL").GetString());
        Assert.Equal(item.EditionId, parsed.GetProperty("version").GetString());
        Assert.Equal("Industrial Atlas", parsed.GetProperty("publisher").GetString());
        Assert.Equal("Industrial Atlas", Assert.Single(parsed.GetProperty("author").EnumerateArray()).GetProperty("family").GetString());
        Assert.Equal($"[[{item.Issued.Year},{item.Issued.Month},{item.Issued.Day}]]", parsed.GetProperty("issued").GetProperty("date-parts").GetRawText().Replace(" ", "", StringComparison.Ordinal));
        Assert.Equal($"[[{item.Accessed.Year},{item.Accessed.Month},{item.Accessed.Day}]]", parsed.GetProperty("accessed").GetProperty("date-parts").GetRawText().Replace(" ", "", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(CitationExamples.Items), MemberType = typeof(CitationExamples))]
    public void Ris_parses_back_with_the_atlas_as_an_organisation(string example)
    {
        var item = CitationExamples.Named(example);

        var parsed = Assert.Single(ReferenceProcessor.Parse("ris", CitationStyles.FormatData(item, CitationStyles.Ris)))!.Element();

        Assert.Equal(item.Title, parsed.GetProperty("title").GetString());
        Assert.Equal(item.Url, parsed.GetProperty("URL").GetString());
        Assert.Equal(item.EditionId, parsed.GetProperty("edition").GetString());
        Assert.Equal("Industrial Atlas", parsed.GetProperty("publisher").GetString());
        Assert.Equal("Industrial Atlas", Assert.Single(parsed.GetProperty("author").EnumerateArray()).GetProperty("literal").GetString());
        Assert.Equal($"[[{item.Issued.Year},{item.Issued.Month},{item.Issued.Day}]]", parsed.GetProperty("issued").GetProperty("date-parts").GetRawText().Replace(" ", "", StringComparison.Ordinal));
    }

    [Fact]
    public void Ris_has_one_tag_a_line_and_ends_its_record()
    {
        var ris = CitationStyles.FormatFile(CitationExamples.City with { Title = "Two\nlines" }, CitationStyles.Ris);

        Assert.All(ris.Split("\r\n", StringSplitOptions.RemoveEmptyEntries), line => Assert.Matches("^[A-Z][A-Z0-9]  - ", line));
        Assert.EndsWith("ER  - \r\n", ris, StringComparison.Ordinal);
        Assert.Contains("TI  - Two lines\r\n", ris, StringComparison.Ordinal);
    }

    [Fact]
    public void Ris_as_a_page_shows_it_ends_its_lines_with_line_feeds_alone()
    {
        var shown = CitationStyles.FormatData(CitationExamples.City with { Title = "Two\r\nlines" }, CitationStyles.Ris);

        Assert.DoesNotContain('\r', shown);
        Assert.Equal(CitationStyles.FormatFile(CitationExamples.City with { Title = "Two\r\nlines" }, CitationStyles.Ris).Replace("\r\n", "\n", StringComparison.Ordinal), shown);
        Assert.Single(ReferenceProcessor.Parse("ris", shown));
    }

    [Theory]
    [InlineData("bibtex")]
    [InlineData("ris")]
    [InlineData("csl-json")]
    public void No_data_format_shown_in_a_page_holds_a_carriage_return(string style)
    {
        Assert.All(CitationExamples.Items().Select(i => CitationExamples.Named((string)i[0])), item =>
            Assert.DoesNotContain('\r', CitationStyles.FormatData(item with { Title = item.Title + "\r\nsecond line" }, CitationStyles.Find(style)!)));
    }
}
