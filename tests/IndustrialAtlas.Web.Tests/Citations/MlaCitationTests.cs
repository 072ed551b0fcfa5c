// Sources followed (MLA 9, page on a website, corporate author that is also the site and its publisher):
// - https://pressbooks.nvcc.edu/eng111nol/chapter/works-cited-list-webpages (corporate author = publisher: omit the
//   author and begin with the title; site = author = publisher: name it once, as the container; URL without
//   http(s)://; "Accessed 15 Aug. 2021." after the location)
// - https://federation.edu.au/library/fedcite/content/mla/webpages/website (author known only as the publisher is
//   listed once; no https://; placement of the access date)
// - https://library.piercecollege.edu/mla9/websites ("Webpage with Unknown or Group Author" template)
// - https://tiffauditcuda.pages.dev/994151.html (month abbreviations: Sept., May, June, July; title capitalisation)
// - https://learningcommons.dccc.edu/mla9/wcweb (version element; "Accessed 17 Oct. 2020.")
using IndustrialAtlas.Web.Citations;

namespace IndustrialAtlas.Web.Tests.Citations;

public sealed class MlaCitationTests
{
    [Fact]
    public void A_map_view_begins_with_the_title_in_title_case_and_drops_the_scheme()
    {
        Assert.Equal(
            "\u201cIndustrial Cities of China in 1970, Resource: Vanadium.\u201d Industrial Atlas, edition 3f2a9c1b0d4e, 23 Nov. 2026, "
            + "atlas.example.org/?year=1970&resource=vanadium&edition=3f2a9c1b0d4e. Accessed 24 Nov. 2026.",
            CitationFormatter.Format(CitationExamples.Map, CitationStyle.Mla));
    }

    [Fact]
    public void A_city_page_abbreviates_september_but_not_may()
    {
        Assert.Equal(
            "\u201cPanzhihua (攀枝花): History, Resources and Claims.\u201d Industrial Atlas, edition 3f2a9c1b0d4e, 2 May 2026, "
            + "atlas.example.org/cities/panzhihua?edition=3f2a9c1b0d4e. Accessed 7 Sept. 2026.",
            CitationFormatter.Format(CitationExamples.City, CitationStyle.Mla));
    }

    [Fact]
    public void A_publisher_that_is_not_the_site_follows_the_site()
    {
        Assert.Equal(
            "\u201cPanzhihua (攀枝花): History, Resources and Claims.\u201d Atlas Mirror, Industrial Atlas, edition 3f2a9c1b0d4e, 2 May 2026, "
            + "atlas.example.org/cities/panzhihua?edition=3f2a9c1b0d4e. Accessed 7 Sept. 2026.",
            CitationFormatter.Format(CitationExamples.CityOnMirror, CitationStyle.Mla));
    }

    [Fact]
    public void A_title_ending_in_a_question_mark_takes_no_period()
    {
        var item = CitationExamples.City with { Title = "Was Panzhihua a Third Front base?" };

        Assert.StartsWith(
            "\u201cWas Panzhihua a Third Front Base?\u201d Industrial Atlas, ",
            CitationFormatter.Format(item, CitationStyle.Mla),
            StringComparison.Ordinal);
    }
}
