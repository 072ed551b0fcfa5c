// Sources followed: the biblatex manual (CTAN, package biblatex), §2.1.1 entry type @online (author/editor, title,
// date, url, urldate, organization, version) and §2.3.8 on dates (date = {YYYY-MM-DD}); corporate authors in an
// extra pair of braces so no name parser splits them; in titles, braces only around what must keep its capitals.
using IndustrialAtlas.Web.Citations;

namespace IndustrialAtlas.Web.Tests.Citations;

public sealed class BibtexCitationTests
{
    [Fact]
    public void A_map_view_is_an_online_entry_with_url_full_date_organisation_and_version()
    {
        Assert.Equal(
            """
            @online{industrial-atlas-year-1970-resource-vanadium-edition-3f2a9c1b0d4e,
              author = {{Industrial Atlas}},
              title = {Industrial cities of {China} in 1970 with vanadium (era: {Third} {Front} construction)},
              date = {2026-11-23},
              url = {https://atlas.example.org/?year=1970&resource=vanadium&era=third-front&edition=3f2a9c1b0d4e},
              urldate = {2026-11-24},
              organization = {Industrial Atlas},
              version = {3f2a9c1b0d4e},
              langid = {english}
            }

            """.ReplaceLineEndings("\n"),
            CitationStyles.FormatData(CitationExamples.Map, CitationStyles.Bibtex));
    }

    [Theory]
    [InlineData("Panzhihua (攀枝花): History, resources and claims", "Panzhihua ({攀枝花}): {History}, resources and claims")]
    [InlineData("Claims about Anshan", "Claims about {Anshan}")]
    [InlineData("Crude steel: Anshan, Benxi compared", "Crude steel: {Anshan}, {Benxi} compared")]
    [InlineData("50% of Tangshan's coal & steel", "50\\% of {Tangshan's} coal \\& steel")]
    public void Only_words_whose_capitals_must_stay_are_braced(string title, string expected)
    {
        Assert.Equal(expected, BibtexCitation.ProtectCapitals(title));
    }

    [Theory]
    [InlineData("100% & more", "100\\% \\& more")]
    [InlineData("a_b #1 $2 {x}", "a\\_b \\#1 \\$2 \\{x\\}")]
    [InlineData("back\\slash ~ ^", "back\\textbackslash{}slash \\textasciitilde{} \\textasciicircum{}")]
    public void Tex_special_characters_are_escaped(string text, string expected)
    {
        Assert.Equal(expected, BibtexCitation.Escape(text));
    }
}
