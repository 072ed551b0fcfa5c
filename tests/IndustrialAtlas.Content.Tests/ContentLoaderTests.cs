namespace IndustrialAtlas.Content.Tests;

public sealed class ContentLoaderTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("atlas-content-").FullName;

    public ContentLoaderTests()
    {
        FixtureFiles.WriteTaxonomies(root);
        WriteCity("valid", FixtureFiles.Read("valid.md"));
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    private void WriteCity(string slug, string text) => File.WriteAllText(Path.Combine(root, "cities", slug + ".md"), text);

    [Fact]
    public void Loads_a_valid_set_with_its_taxonomies()
    {
        var result = ContentLoader.Load(root);

        Assert.True(result.IsValid, string.Join('\n', result.Diagnostics));
        Assert.Equal(["ming", "third-front"], result.Set!.Eras.Select(e => e.Slug));
        Assert.Equal("valid", Assert.Single(result.Set.Cities).Slug);
        Assert.Matches("^[0-9a-f]{12}$", result.Set.Fingerprint);
    }

    private void WriteSites(string name, string text)
    {
        Directory.CreateDirectory(Path.Combine(root, "sites"));
        File.WriteAllText(Path.Combine(root, "sites", name), text);
    }

    [Fact]
    public void A_site_written_in_the_files_of_two_lists_is_one_site_on_both()
    {
        WriteSites("a-list.yml", FixtureFiles.Read("sites-valid.yml"));
        WriteSites("b-list.yml", """
            list: { slug: other-list, name: Another list, nameZh: 另一名单, issuer: A commission, start: 1953, note: A second list., sources: [review] }
            sources:
              - { id: review, title: A review of the projects, publisher: A commission, accessed: 2026-12-06, kind: official }
            sites:
              - slug: test-mine
                name: Test Mine (first shaft)
                kind: coal-mine
                place: { province: Shanxi, city: Datong }
                lat: 40.1
                lon: 113.2
                precision: city
                locationSource: review
                years: { construction: 1956 }
                lists:
                  - { list: other-list, sector: coal }
                note: Named in the review.
                sources: [review]
            """);

        var result = ContentLoader.Load(root);

        Assert.True(result.IsValid, string.Join('\n', result.Diagnostics));
        var mine = Assert.Single(result.Set!.Sites, s => s.Slug == "test-mine");
        Assert.Equal(["test-list", "other-list"], mine.Lists.Select(l => l.ListSlug));
        Assert.Equal(("Test Mine", "county", 1956), (mine.Name, mine.Location!.Precision, mine.Construction!.Value.Value));
        Assert.Equal(["notice-2", "review"], mine.Sources.Select(s => s.Id));
        Assert.Equal(3, result.Set.Sites.Count);
    }

    [Fact]
    public void A_site_naming_an_unknown_list_or_a_city_without_a_profile_is_a_problem()
    {
        WriteSites("a-list.yml", FixtureFiles.Read("sites-valid.yml")
            .Replace("- { list: test-list, batch: 2 }", "- { list: no-such-list }", StringComparison.Ordinal)
            .Replace("city: valid", "city: atlantis", StringComparison.Ordinal));

        var result = ContentLoader.Load(root);

        Assert.Contains(result.Diagnostics, d => d.ToString() == "sites/a-list.yml:53: site 'test-mine': unknown list 'no-such-list' (lists: test-list)");
        Assert.Contains(result.Diagnostics, d => d.ToString() == "sites/a-list.yml:37: site 'test-steelworks': city 'atlantis' has no profile under cities/; name the city under 'place' instead");
        Assert.Null(result.Set);
    }

    [Fact]
    public void The_fingerprint_changes_with_the_content_and_only_with_it()
    {
        var first = ContentLoader.Load(root).Set!.Fingerprint;
        Assert.Equal(first, ContentLoader.Load(root).Set!.Fingerprint);

        WriteCity("valid", FixtureFiles.ValidWith("summary:", "summary: Changed."));

        Assert.NotEqual(first, ContentLoader.Load(root).Set!.Fingerprint);
    }

    [Fact]
    public void A_claim_id_used_in_two_cities_is_reported_in_the_later_file()
    {
        WriteCity("twin", FixtureFiles.Read("valid.md").Replace("slug: valid", "slug: twin", StringComparison.Ordinal));

        var result = ContentLoader.Load(root);

        Assert.False(result.IsValid);
        Assert.Contains(result.Diagnostics, d => d.ToString() == "cities/valid.md:31: claim id 'valid-iron' is already used in cities/twin.md");
    }

    [Fact]
    public void Problems_in_several_files_are_all_reported()
    {
        WriteCity("broken", "no front matter");
        File.WriteAllText(Path.Combine(root, "resources.yml"), "resources:\n  - { slug: iron-ore, name: Iron ore, kind: rock }\n");

        var result = ContentLoader.Load(root);

        Assert.Null(result.Set);
        Assert.Contains(result.Diagnostics, d => d.File == "cities/broken.md" && d.Line == 1);
        Assert.Contains(result.Diagnostics, d => d.File == "resources.yml" && d.Line == 2 && d.Message.Contains("kind 'rock'", StringComparison.Ordinal));
    }

    [Fact]
    public void An_era_ending_before_it_starts_is_reported()
    {
        File.WriteAllText(Path.Combine(root, "eras.yml"), "eras:\n  - slug: ming\n    name: Ming\n    start: 1368\n    end: 1200\n");

        var result = ContentLoader.Load(root);

        Assert.Contains(result.Diagnostics, d => d.ToString() == "eras.yml:5: era 'ming': end 1200 is before start 1368");
    }

    [Fact]
    public void A_missing_taxonomy_file_is_named()
    {
        File.Delete(Path.Combine(root, "eras.yml"));

        var result = ContentLoader.Load(root);

        Assert.Contains(result.Diagnostics, d => d.ToString() == "eras.yml:1: file not found");
    }
}
