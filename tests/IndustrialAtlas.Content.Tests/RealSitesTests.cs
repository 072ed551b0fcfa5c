namespace IndustrialAtlas.Content.Tests;

/// <summary>The two official lists over the checkout's own content: their counts, batches and sources.</summary>
public class RealSitesTests
{
    private static readonly Lazy<ContentSet> Set = new(() => ContentLoader.Load(RepositoryContent.ContentPath).Set
        ?? throw new InvalidOperationException("the content folder has problems (RealContentTests names them)"));

    private static IEnumerable<(SiteRecord Site, SiteListingRecord Listing)> Listed(string list) =>
        Set.Value.Sites.SelectMany(s => s.Lists.Where(l => l.ListSlug == list).Select(l => (s, l)));

    [Fact]
    public void Both_lists_are_there()
    {
        Assert.Equal(["industrial-heritage", "soviet-156"], Set.Value.SiteLists.Select(l => l.Slug));
    }

    [Fact]
    public void Every_batch_of_the_heritage_list_is_there_item_for_item()
    {
        var list = Set.Value.SiteLists.Single(l => l.Slug == "industrial-heritage");
        var items = Listed("industrial-heritage").GroupBy(x => x.Listing.Batch!.Value).ToDictionary(g => g.Key, g => g.Select(x => x.Listing.Number).Distinct().Count());

        Assert.Equal([(1, 2017), (2, 2018), (3, 2019), (4, 2020), (5, 2021), (6, 2024), (7, 2025)], list.Batches.Select(b => (b.Batch, b.Year)));
        Assert.Equal(263, list.Batches.Sum(b => b.Count));
        Assert.All(list.Batches, b => Assert.Equal(b.Count, items.GetValueOrDefault(b.Batch)));
        Assert.All(Listed("industrial-heritage"), x => Assert.Equal(list.Batches.Single(b => b.Batch == x.Listing.Batch).Year, x.Listing.Year));
    }

    [Fact]
    public void The_156_projects_are_no_more_than_the_150_built_each_sector_one_of_the_count_and_within_it()
    {
        var listed = Listed("soviet-156").ToList();
        // The sectors of the 150 as Wang Qi (2009) counts them; a site's sector is given only where a source gives it.
        var counted = new Dictionary<string, int>
        {
            ["military"] = 44,
            ["metallurgy"] = 7,
            ["nonferrous"] = 13,
            ["chemicals"] = 7,
            ["machinery"] = 24,
            ["coal"] = 25,
            ["power"] = 25,
            ["petroleum"] = 2,
            ["light-industry-pharmaceuticals"] = 3,
        };

        Assert.InRange(listed.Count, 80, 150);
        Assert.All(listed.Where(x => x.Listing.Sector is not null).GroupBy(x => x.Listing.Sector!),
            g => Assert.InRange(g.Count(), 1, counted.GetValueOrDefault(g.Key)));
    }

    [Fact]
    public void Every_heritage_site_rests_on_the_ministry_notice_of_its_batch()
    {
        var list = Set.Value.SiteLists.Single(l => l.Slug == "industrial-heritage");
        var notices = list.Batches.ToDictionary(b => b.Batch, b => list.Sources.Single(s => s.Id == b.SourceId));

        Assert.All(Listed("industrial-heritage"), x => Assert.Contains(notices[x.Listing.Batch!.Value], x.Site.Sources));
        Assert.All(notices.Values, n => Assert.Equal(("official", "工业和信息化部"), (n.Kind, n.Publisher)));
    }

    [Fact]
    public void A_site_drawn_on_the_map_says_how_precisely_and_by_what_source()
    {
        var located = Set.Value.Sites.Where(s => s.Location is not null).ToList();

        Assert.True(located.Count >= Set.Value.Sites.Count - 5, "nearly every site is placed");
        Assert.All(located, s => Assert.Contains(s.Location!.Source, s.Sources));
        Assert.All(located, s => Assert.InRange(s.Location!.Latitude, 18, 54));
        Assert.All(located, s => Assert.InRange(s.Location!.Longitude, 73, 135));
    }
}
