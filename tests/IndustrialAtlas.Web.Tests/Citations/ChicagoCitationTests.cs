// Sources followed (Chicago 17/18, notes and bibliography, website content with an organisation as author):
// - http://www.chicagomanualofstyle.org/qanda/data/faq/topics/Documentation/faq0135.html (CMOS Q&A: the site's
//   owner may stand as the author when no author is named)
// - https://libguides.tru.ca/chicago/websites (CMOS 17 14.206-14.207: title of the page, site, owner, publication
//   or revision date, access date, URL; page titles headline-style in quotation marks)
// - https://research.wou.edu/c.php?g=551307&p=3785490 (full note: "title," site, date, access date, URL.)
// - https://libguides.ucd.ie/chicagostyle/chicagowebsiteorwebsitepages (bibliography entry and footnote forms; the
//   publishing organisation is not repeated when it is the site)
// - https://charlottelatin.libguides.com/c.php?g=723289 (the Chicago quick guide's Yale University example)
// - https://columbiacollege-ca.libguides.com/chicago/websites (which date to give; "Accessed January 17, 2022.")
using IndustrialAtlas.Web.Citations;

namespace IndustrialAtlas.Web.Tests.Citations;

public sealed class ChicagoCitationTests
{
    [Fact]
    public void A_map_view_gives_the_full_note_then_the_bibliography_entry()
    {
        Assert.Equal(
            "Note: 1. \u201cIndustrial Cities of China in 1970, Resource: Vanadium,\u201d Industrial Atlas, edition 3f2a9c1b0d4e, "
            + "November 23, 2026, accessed November 24, 2026, https://atlas.example.org/?year=1970&resource=vanadium&edition=3f2a9c1b0d4e.\n"
            + "\n"
            + "Bibliography: Industrial Atlas. \u201cIndustrial Cities of China in 1970, Resource: Vanadium.\u201d Edition 3f2a9c1b0d4e. "
            + "November 23, 2026. Accessed November 24, 2026. https://atlas.example.org/?year=1970&resource=vanadium&edition=3f2a9c1b0d4e.",
            CitationFormatter.Format(CitationExamples.Map, CitationStyle.Chicago));
    }

    [Fact]
    public void A_city_page_keeps_its_chinese_name_in_both_forms()
    {
        Assert.Equal(
            "Note: 1. \u201cPanzhihua (攀枝花): History, Resources and Claims,\u201d Industrial Atlas, edition 3f2a9c1b0d4e, "
            + "May 2, 2026, accessed September 7, 2026, https://atlas.example.org/cities/panzhihua?edition=3f2a9c1b0d4e.\n"
            + "\n"
            + "Bibliography: Industrial Atlas. \u201cPanzhihua (攀枝花): History, Resources and Claims.\u201d Edition 3f2a9c1b0d4e. "
            + "May 2, 2026. Accessed September 7, 2026. https://atlas.example.org/cities/panzhihua?edition=3f2a9c1b0d4e.",
            CitationFormatter.Format(CitationExamples.City, CitationStyle.Chicago));
    }

    [Fact]
    public void An_owner_that_is_not_the_site_is_named_in_the_note_and_leads_the_bibliography_entry()
    {
        Assert.Equal(
            "Note: 1. \u201cPanzhihua (攀枝花): History, Resources and Claims,\u201d Atlas Mirror, Industrial Atlas, edition 3f2a9c1b0d4e, "
            + "May 2, 2026, accessed September 7, 2026, https://atlas.example.org/cities/panzhihua?edition=3f2a9c1b0d4e.\n"
            + "\n"
            + "Bibliography: Industrial Atlas. \u201cPanzhihua (攀枝花): History, Resources and Claims.\u201d Atlas Mirror. Edition 3f2a9c1b0d4e. "
            + "May 2, 2026. Accessed September 7, 2026. https://atlas.example.org/cities/panzhihua?edition=3f2a9c1b0d4e.",
            CitationFormatter.Format(CitationExamples.CityOnMirror, CitationStyle.Chicago));
    }
}
