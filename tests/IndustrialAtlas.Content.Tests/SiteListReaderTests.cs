namespace IndustrialAtlas.Content.Tests;

/// <summary>The sites files (<c>sites/*.yml</c>): a valid list read whole, and each kind of problem reported at its line.</summary>
public class SiteListReaderTests
{
    private static string Valid => FixtureFiles.Read("sites-valid.yml");

    private static (SiteListRecord? List, IReadOnlyList<SiteRecord> Sites, List<Diagnostic> Diagnostics) Read(string text, WeakHosts? weak = null)
    {
        var diagnostics = new List<Diagnostic>();
        var (list, sites) = SiteListReader.Read("sites/test-list.yml", text, weak ?? WeakHosts.None, diagnostics);
        return (list, sites, diagnostics);
    }

    /// <summary>The valid fixture with the first line equal to <paramref name="find"/> replaced (or removed, given null).</summary>
    private static string ValidWith(string find, string? replacement)
    {
        var lines = Valid.Split('\n').ToList();
        var index = lines.FindIndex(l => l == find);
        Assert.True(index >= 0, $"fixture has no line '{find}'");
        if (replacement is null)
        {
            lines.RemoveAt(index);
        }
        else
        {
            lines[index] = replacement;
        }

        return string.Join('\n', lines);
    }

    [Fact]
    public void A_valid_file_gives_its_list_batches_and_sites()
    {
        var (list, sites, diagnostics) = Read(Valid);

        Assert.Empty(diagnostics);
        Assert.NotNull(list);
        Assert.Equal(("test-list", "测试名单", 2017), (list.Slug, list.NameZh, list.Start.Value));
        Assert.Equal([(1, 2017, 2, "notice-1"), (2, 2018, 1, "notice-2")], list.Batches.Select(b => (b.Batch, b.Year, b.Count, b.SourceId)));
        Assert.Equal(["test-steelworks", "test-mine", "test-plant"], sites.Select(s => s.Slug));

        var works = sites[0];
        Assert.Equal(new SiteLocation(41.12, 122.97, "exact", list.Sources.Single(s => s.Id == "survey")), works.Location);
        Assert.Equal((1953, 1956, true, 2010), (works.Construction!.Value.Value, works.Production!.Value.Value, works.Production.Value.Approximate, works.Closed!.Value.Value));
        Assert.Equal(new SiteListingRecord("test-list", null, "1", 1, 2017, Support.Supported), Assert.Single(works.Lists));
        Assert.Equal(["notice-1", "survey"], works.Sources.Select(s => s.Id));
        Assert.Equal("valid", works.CitySlug);
        Assert.Equal(new SitePlace("Liaoning", "Anshan", "Tiexi District", "辽宁省鞍山市铁西区"), works.Place);
    }

    [Fact]
    public void A_listing_without_a_year_takes_its_batch_year()
    {
        var (_, sites, _) = Read(Valid);

        Assert.Equal(2018, Assert.Single(sites[1].Lists).Year);
    }

    [Fact]
    public void A_site_no_source_places_is_read_without_a_location()
    {
        var (_, sites, _) = Read(Valid);

        Assert.Null(sites[2].Location);
        Assert.Equal(new SitePlace("Gansu", null, null), sites[2].Place);
    }

    [Theory]
    [InlineData("    place: { province: Liaoning, city: Anshan, county: Tiexi District, zh: 辽宁省鞍山市铁西区 }", "    place: { province: Liaoning, city: Anshan, zh: Tiexi }", 43, "zh 'Tiexi' holds no Chinese")]
    [InlineData("    kind: steelworks", "    kind: castle", 41, "site 'test-steelworks': kind 'castle' is not one of steelworks")]
    [InlineData("    precision: exact", "    precision: street", 46, "precision 'street' is not one of exact, town, county, city")]
    [InlineData("    lat: 41.12", "    lat: 141.12", 44, "'lat' 141.12 and 'lon' 122.97 are not a place on Earth")]
    [InlineData("    locationSource: survey", "    locationSource: nowhere", 47, "unknown source 'nowhere'")]
    [InlineData("    precision: county", null, 57, "'lat', 'lon', 'precision' and 'locationSource' go together")]
    [InlineData("    years: { construction: 1953, production: ~1956, closed: 2010 }", "    years: { construction: 1960, production: 1956 }", 48, "the years run backwards")]
    [InlineData("      - { list: test-list, batch: 2 }", "      - { list: test-list, batch: 9 }", 62, "test-list has no batch 9")]
    [InlineData("      - { list: test-list, batch: 1, year: 2017, number: \"1\" }", "      - { list: test-list, batch: 1, year: 2019 }", 50, "batch 1 of test-list was published in 2017, not 2019")]
    [InlineData("    sources: [notice-2]", "    sources: [notice-9]", 64, "unknown source 'notice-9'")]
    [InlineData("    note: Item 1 of batch 2; the year is the batch's.", null, 53, "site 2: missing field 'note'")]
    [InlineData("    pinyin: Cèshì Gāngtiěchǎng", "    pinyn: Cèshì", 40, "unknown field 'pinyn'")]
    [InlineData("  start: 2017", "  start: soon", 8, "'start' 'soon' is not a year")]
    [InlineData("    - { batch: 2, year: 2018, count: 1, source: notice-2 }", "    - { batch: 2, year: 2018, count: 1, source: notice-9 }", 12, "list batch 2: unknown source 'notice-9'")]
    public void Each_problem_is_reported_at_its_line(string find, string? replacement, int line, string message)
    {
        var (_, _, diagnostics) = Read(ValidWith(find, replacement));

        Assert.Contains(diagnostics, d => d.Line == line && d.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_site_whose_listing_rests_only_on_weak_pages_must_be_rated_unsupported()
    {
        var weak = WeakHosts.Read("weak-hosts.yml", "unrelated:\n  - ministry.example\n", []);

        var (_, _, diagnostics) = Read(Valid, weak);
        var (_, sites, rated) = Read(ValidWith("    note: Item 1 of batch 2; the year is the batch's.", "    support: unsupported\n    note: Only a copy was read."), weak);

        Assert.Contains(diagnostics, d => d.Message.StartsWith("site 'test-mine' on its list: a supported claim rests only on weak pages", StringComparison.Ordinal));
        Assert.DoesNotContain(rated, d => d.Message.Contains("test-mine", StringComparison.Ordinal));
        Assert.Equal(Support.Unsupported, Assert.Single(sites[1].Lists).Support);
    }
}
