// Sources followed (APA 7, webpage on a website, group author, retrieval date):
// - https://library.laguardia.edu/help/cite/apa-7-web/ (Publication Manual 10.16: group author = site, so the
//   site name is omitted, e.g. World Health Organization; unarchived page that changes: "Retrieved July 3, 2019, from")
// - https://guides.lndlibrary.org/c.php?g=360086&p=7216111 ("Webpage with group author", "Webpage with a retrieval date")
// - https://writeanswers.royalroads.ca/faq/199090 (quotes the Publication Manual, 7th ed., p. 290, on retrieval dates)
// - https://libguides.uvt.nl/apa-manual/retrieval-date ("Retrieved January 25, 2023, from https://…")
// - https://researchguides.uvm.edu/c.php?g=290683&p=7930912 (sentence case: capitalise the first word after a colon)
// - http://owl.english.purdue.edu/owl/resource/560/10/ (Purdue OWL, Reference List: Electronic Sources;
//   an APA 5th-edition page, used only for the "Retrieved Month Day, Year, from URL" form, unchanged in APA 7)
using IndustrialAtlas.Web.Citations;

namespace IndustrialAtlas.Web.Tests.Citations;

public sealed class ApaCitationTests
{
    [Fact]
    public void A_map_view_names_the_atlas_as_author_once_and_gives_the_retrieval_date()
    {
        Assert.Equal(
            "Industrial Atlas. (2026, November 23). Industrial cities of China in 1970, resource: Vanadium (Edition 3f2a9c1b0d4e). "
            + "Retrieved November 24, 2026, from https://atlas.example.org/?year=1970&resource=vanadium&edition=3f2a9c1b0d4e",
            CitationFormatter.Format(CitationExamples.Map, CitationStyle.Apa));
    }

    [Fact]
    public void A_city_page_keeps_its_chinese_name_and_capitalises_the_subtitle()
    {
        Assert.Equal(
            "Industrial Atlas. (2026, May 2). Panzhihua (攀枝花): History, resources and claims (Edition 3f2a9c1b0d4e). "
            + "Retrieved September 7, 2026, from https://atlas.example.org/cities/panzhihua?edition=3f2a9c1b0d4e",
            CitationFormatter.Format(CitationExamples.City, CitationStyle.Apa));
    }

    [Fact]
    public void A_site_that_is_not_the_author_is_named_after_the_title()
    {
        Assert.Equal(
            "Industrial Atlas. (2026, May 2). Panzhihua (攀枝花): History, resources and claims (Edition 3f2a9c1b0d4e). Atlas Mirror. "
            + "Retrieved September 7, 2026, from https://atlas.example.org/cities/panzhihua?edition=3f2a9c1b0d4e",
            CitationFormatter.Format(CitationExamples.CityOnMirror, CitationStyle.Apa));
    }
}
