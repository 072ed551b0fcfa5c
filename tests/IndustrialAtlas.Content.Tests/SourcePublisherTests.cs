namespace IndustrialAtlas.Content.Tests;

/// <summary>
/// A source's publisher is a name. A note of where the document was read, or that its publisher is not known, is a
/// problem at its line: the copy's address belongs in <c>readAt</c>, and an unknown publisher is left out.
/// </summary>
public class SourcePublisherTests
{
    private static List<Diagnostic> Parse(string publisher)
    {
        var diagnostics = new List<Diagnostic>();
        CityProfileReader.Read("cities/valid.md", FixtureFiles.ValidWith("    publisher: Statistics bureau", $"    publisher: \"{publisher}\""),
            FixtureFiles.Vocabulary, diagnostics);
        return diagnostics;
    }

    [Theory]
    [InlineData("unattributed article (read in a copy on ahfyzs.com)")]
    [InlineData("Xinhua; copy on klasikoak.com")]
    [InlineData("unnamed Henan newspaper")]
    [InlineData("publisher not given in the online copy")]
    [InlineData("Chinese place-name dictionary (edition not named in the copy)")]
    [InlineData("太原道 (tydao.com, reprint of a Shanxi historical-materials article)")]
    [InlineData("Reposted by a county site")]
    public void A_publisher_that_is_a_note_is_a_problem_at_its_line(string publisher)
    {
        var problem = Assert.Single(Parse(publisher));

        Assert.Equal(52, problem.Line);
        Assert.Contains($"the publisher '{publisher}' is a note, not a name", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Statistics bureau")]
    [InlineData("新华社 (Xinhua)")]
    [InlineData("People's Daily (人民日报)")]
    [InlineData("TIME (from Le Monde, via Worldcrunch)")]
    [InlineData("Copyright Agency of China")]
    [InlineData("Knowledge Press")]
    public void A_publisher_that_is_a_name_is_no_problem(string publisher)
    {
        Assert.Empty(Parse(publisher));
    }
}
