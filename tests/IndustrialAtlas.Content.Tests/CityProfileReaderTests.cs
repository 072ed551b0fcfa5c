namespace IndustrialAtlas.Content.Tests;

public class CityProfileReaderTests
{
    [Fact]
    public void Reads_every_field_of_a_valid_profile()
    {
        var (profile, diagnostics) = FixtureFiles.Parse(FixtureFiles.Read("valid.md"));

        Assert.Empty(diagnostics);
        Assert.NotNull(profile);
        Assert.Equal(("valid", "Valid City", "正城", "Zhèngchéng", "Liaoning"), (profile.Slug, profile.Name, profile.NameZh, profile.Pinyin, profile.Province));
        Assert.Equal((41.1, 123.0), (profile.Latitude, profile.Longitude));
        Assert.Equal(new FormerName("Old Valid", "旧城", new AtlasYear(1890, true), new AtlasYear(1948)), Assert.Single(profile.FormerNames));
        Assert.Equal(new Population(1_000_000, new AtlasYear(2020), "census"), profile.Population);
        Assert.Equal(["ming", "third-front"], profile.Phases.Select(p => p.EraSlug));
        Assert.Null(profile.Phases[1].End);

        var resource = Assert.Single(profile.Resources);
        Assert.Equal(("iron-ore", 2.5m, "billion tonnes", -300, "valid-iron"), (resource.ResourceSlug, resource.Figure, resource.Unit, resource.Since?.Value, resource.ClaimId));

        Assert.Equal([Support.Disputed, Support.Unsupported, Support.False], profile.Claims.Select(c => c.Support));
        Assert.Equal([ClaimOrigin.Essay, ClaimOrigin.Essay, ClaimOrigin.Research], profile.Claims.Select(c => c.Origin));
        Assert.Equal(new AtlasYear(2020, true), profile.Claims[0].Year);
        Assert.Equal(["census", "survey"], profile.Claims[0].SourceIds);
        Assert.Equal(["survey"], profile.Claims[2].SourceIds);

        var survey = profile.Sources.Single(s => s.Id == "survey");
        Assert.Equal(("A. Geologist", null, "scholarly"), (survey.Author, survey.Url, survey.Kind));
        Assert.Equal(new DateOnly(2026, 11, 23), profile.Sources.Single(s => s.Id == "census").Accessed);
        Assert.Contains("<h2 id=\"history\">History</h2>", profile.BodyHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", profile.BodyHtml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lat: 41.1", "lat: 141.1", 7, "latitude 141.1 is out of range")]
    [InlineData("lon: 123.0", "lon: -190", 8, "longitude -190 is out of range")]
    [InlineData("    start: 1400", "    start: 14x0", 15, "'start' '14x0' is not a year")]
    [InlineData("    end: 1644", "    end: 1300", 16, "'end' 1300 is before 'start' 1400")]
    [InlineData("    era: ming", "    era: tang", 17, "unknown era 'tang'")]
    [InlineData("  - resource: iron-ore", "  - resource: unobtainium", 23, "unknown resource 'unobtainium'")]
    [InlineData("    unit: billion tonnes", "    note: no unit", 24, "a figure needs its 'unit'")]
    [InlineData("    sources: [census]", "    sources: [censsus]", 28, "unknown source 'censsus'")]
    [InlineData("  - id: valid-memo", "  - id: valid-iron", 40, "duplicate claim id 'valid-iron'")]
    [InlineData("    support: unsupported", "    support: maybe", 42, "support 'maybe' is not one of supported, disputed, unsupported, false")]
    [InlineData("    sources: survey", "    note: nobody", 46, "a false claim needs at least one source")]
    [InlineData("    origin: research", "    origin: rumour", 47, "origin 'rumour' is not one of essay, research")]
    [InlineData("slug: valid", "slug: other", 2, "slug 'other' must match the file name 'valid'")]
    [InlineData("slug: valid", "slug: Not A Slug", 2, "is not a slug")]
    [InlineData("summary: A fixture city with every field.", "summary: [unclosed", 12, "YAML syntax")]
    [InlineData("    url: https://example.org/census", "    url: ftp://example.org", 53, "is not an http(s) address")]
    [InlineData("    url: https://example.org/census", "    url: https://example.org/the census", 53, "holds a space; write it as %20")]
    [InlineData("    accessed: 2026-11-23", "    accessed: last week", 54, "is not a date")]
    [InlineData("    kind: official", "    kind: blog", 55, "kind 'blog' is not one of")]
    public void Reports_each_kind_of_problem_at_its_line(string find, string replacement, int line, string message)
    {
        var (profile, diagnostics) = FixtureFiles.Parse(FixtureFiles.ValidWith(find, replacement));

        Assert.Null(profile);
        var diagnostic = Assert.Single(diagnostics, d => d.Message.Contains(message, StringComparison.Ordinal));
        Assert.Equal(("cities/valid.md", line), (diagnostic.File, diagnostic.Line));
        Assert.StartsWith($"cities/valid.md:{line}: ", diagnostic.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_field_is_reported_as_unknown_and_the_real_one_as_missing()
    {
        var (_, diagnostics) = FixtureFiles.Parse(FixtureFiles.ValidWith("province: Liaoning", "provence: Liaoning"));

        Assert.Equal(
            ["cities/valid.md:2: city: missing field 'province'", "cities/valid.md:6: city: unknown field 'provence'"],
            diagnostics.Select(d => d.ToString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Lists_every_problem_not_only_the_first()
    {
        var text = FixtureFiles.ValidWith("lat: 41.1", "lat: 99")
            .Replace("    era: ming", "    era: tang", StringComparison.Ordinal)
            .Replace("    support: unsupported", "    support: maybe", StringComparison.Ordinal);

        var (_, diagnostics) = FixtureFiles.Parse(text);

        Assert.Equal([7, 17, 42], diagnostics.Select(d => d.Line).Order());
    }

    [Fact]
    public void A_file_without_front_matter_says_how_to_start_one()
    {
        var (profile, diagnostics) = FixtureFiles.Parse("# Only a heading\n");

        Assert.Null(profile);
        Assert.Equal("cities/valid.md:1: no front matter: the file must start with a '---' line, the YAML fields, and a closing '---' line", Assert.Single(diagnostics).ToString());
    }
}
