// Sources followed (BibTeX @misc for a web page; biblatex fields urldate and version):
// - https://stat.ethz.ch/CRAN/web/packages/archiveRetriever/citation.html (a CRAN @Misc entry: title, author, year,
//   note, url fields)
// - the brief's field list (author in double braces for a group author, howpublished = {\url{…}}, month macro)
using IndustrialAtlas.Web.Citations;

namespace IndustrialAtlas.Web.Tests.Citations;

public sealed class BibtexCitationTests
{
    [Fact]
    public void A_map_view_is_a_misc_entry_keyed_by_its_id()
    {
        Assert.Equal(
            """
            @misc{industrial-atlas-3f2a9c1b0d4e-map-1970-vanadium,
              author = {{Industrial Atlas}},
              title = {{Industrial cities of China in 1970, resource: vanadium}},
              howpublished = {\url{https://atlas.example.org/?year=1970&resource=vanadium&edition=3f2a9c1b0d4e}},
              year = {2026},
              month = nov,
              note = {Edition 3f2a9c1b0d4e. Accessed 2026-11-24},
              urldate = {2026-11-24},
              version = {3f2a9c1b0d4e}
            }
            """,
            CitationFormatter.Format(CitationExamples.Map, CitationStyle.Bibtex));
    }

    [Fact]
    public void A_city_page_keeps_the_title_as_written_and_its_chinese_name()
    {
        Assert.Equal(
            """
            @misc{industrial-atlas-3f2a9c1b0d4e-city-panzhihua,
              author = {{Industrial Atlas}},
              title = {{Panzhihua (攀枝花): history, resources and claims}},
              howpublished = {\url{https://atlas.example.org/cities/panzhihua?edition=3f2a9c1b0d4e}},
              year = {2026},
              month = may,
              note = {Edition 3f2a9c1b0d4e. Accessed 2026-09-07},
              urldate = {2026-09-07},
              version = {3f2a9c1b0d4e}
            }
            """,
            CitationFormatter.Format(CitationExamples.City, CitationStyle.Bibtex));
    }

    [Theory]
    [InlineData("Anshan & Benxi: 80% of China's scandium", @"Anshan \& Benxi: 80\% of China's scandium")]
    [InlineData("Output in $ per ton, #1 plant", @"Output in \$ per ton, \#1 plant")]
    [InlineData("iron_ore {draft}", @"iron\_ore \{draft\}")]
    [InlineData(@"a\b ~c^", @"a\textbackslash{}b \textasciitilde{}c\textasciicircum{}")]
    public void Special_characters_in_the_title_are_escaped(string title, string escaped)
    {
        var entry = CitationFormatter.Format(CitationExamples.Map with { Title = title }, CitationStyle.Bibtex);

        Assert.Contains($"  title = {{{{{escaped}}}}},\n", entry, StringComparison.Ordinal);
    }

    [Fact]
    public void Percent_and_hash_in_the_url_are_escaped_for_url()
    {
        var item = CitationExamples.City with { Url = "https://atlas.example.org/cities/panzhihua?q=%E9%92%A2#claims" };

        Assert.Contains(
            @"  howpublished = {\url{https://atlas.example.org/cities/panzhihua?q=\%E9\%92\%A2\#claims}},",
            CitationFormatter.Format(item, CitationStyle.Bibtex),
            StringComparison.Ordinal);
    }
}
