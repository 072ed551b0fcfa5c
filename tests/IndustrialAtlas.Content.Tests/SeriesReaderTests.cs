namespace IndustrialAtlas.Content.Tests;

/// <summary>The series in a profile: what is read, converted, and each kind of problem at its line.</summary>
public sealed class SeriesReaderTests
{
    private static int LineOf(string text, string start) =>
        Array.FindIndex(text.Split('\n'), l => l.StartsWith(start, StringComparison.Ordinal)) + 1;

    [Fact]
    public void Reads_series_in_the_indicators_unit_with_approximate_points_and_sources()
    {
        var (profile, diagnostics) = FixtureFiles.Parse(FixtureFiles.Read("valid.md"));

        Assert.Empty(diagnostics);
        Assert.NotNull(profile);
        Assert.Equal(2, profile.Series.Count);
        var population = profile.Series[0];
        Assert.Equal(("population", "prefecture-level city", "people", "census"), (population.IndicatorSlug, population.Scope, population.Unit, population.SourceId));
        Assert.Equal([1964, 2020], population.Points.Select(p => p.Year.Value));
        Assert.All(population.Points, p => Assert.Equal("census", p.SourceId));

        var steel = profile.Series[1];
        Assert.Equal("Mt", steel.Unit);
        Assert.Null(steel.Scope);
        Assert.Equal([1_500_000d, 3_200_000d], steel.Points.Select(p => p.Value));
        Assert.True(steel.Points[0].Approximate);
        Assert.False(steel.Points[1].Approximate);
        Assert.Equal(["survey", "census"], steel.Points.Select(p => p.SourceId));
        Assert.Equal("the bureau's figure", steel.Points[1].Note);
    }

    [Theory]
    [InlineData("  - indicator: crude-steel", "  - indicator: crude-steal", "unknown indicator 'crude-steal'")]
    [InlineData("    unit: Mt", "    unit: barrels", "unit 'barrels' does not fit crude-steel, which is counted in t")]
    [InlineData("    unit: Mt", "    unit: million people", "unit 'million people' does not fit crude-steel")]
    [InlineData("      - { year: 1970, value: ~1.5 }", "      - { year: 1970, value: lots }", "value 'lots' is not a number")]
    [InlineData("      - { year: 1970, value: ~1.5 }", "      - { year: 1970, value: -1.5 }", "value -1.5 is negative")]
    [InlineData("      - { year: 1980, value: 3.2", "      - { year: 1970, value: 3.2 }", "year 1970 is already given at line")]
    [InlineData("      - { year: 1970, value: ~1.5 }", "      - { year: 2970, value: 1.5 }", "year 2970 lies outside the atlas's span")]
    [InlineData("      - { year: 1970, value: ~1.5 }", "      - { year: 1970, value: 1.5, source: nowhere }", "unknown source 'nowhere'")]
    [InlineData("      - { year: 1970, value: ~1.5 }", "      - { year: 1970 }", "missing field 'value'")]
    [InlineData("      - { year: 1970, value: ~1.5 }", "      - { year: 1970, value: 1.5, colour: red }", "unknown field 'colour'")]
    [InlineData("    source: survey", "    source: nowhere", "unknown source 'nowhere'")]
    public void Reports_each_kind_of_series_problem_at_its_line(string find, string replacement, string message)
    {
        var text = FixtureFiles.ValidWith(find, replacement);

        var (profile, diagnostics) = FixtureFiles.Parse(text);

        Assert.Null(profile);
        var problem = Assert.Single(diagnostics, d => d.Message.Contains(message, StringComparison.Ordinal));
        Assert.Equal(LineOf(text, replacement), problem.Line);
    }

    [Fact]
    public void A_point_with_no_source_of_its_own_or_of_its_series_is_a_problem()
    {
        var text = FixtureFiles.ValidWith("    source: survey", "    note: no source");

        var (profile, diagnostics) = FixtureFiles.Parse(text);

        Assert.Null(profile);
        var problem = Assert.Single(diagnostics);
        Assert.Contains("no source; give the series a 'source' or this point its own", problem.Message, StringComparison.Ordinal);
        Assert.Equal(LineOf(text, "      - { year: 1970, value: ~1.5 }"), problem.Line);
    }

    [Fact]
    public void Two_sources_that_disagree_are_two_series_but_the_same_source_twice_is_a_problem()
    {
        const string second = "\n  - indicator: crude-steel\n    unit: Mt\n    source: census\n    points:\n      - { year: 1970, value: 1.2 }\n";
        var valid = FixtureFiles.Read("valid.md");
        var at = valid.IndexOf("\n---\n## History", StringComparison.Ordinal);

        var (disagreeing, none) = FixtureFiles.Parse(valid.Insert(at, second.TrimEnd('\n')));
        Assert.Empty(none);
        Assert.Equal([1_500_000d, 1_200_000d], disagreeing!.Series.Where(s => s.IndicatorSlug == "crude-steel").Select(s => s.Points[0].Value));

        var repeated = valid.Insert(at, second.Replace("source: census", "source: survey", StringComparison.Ordinal).TrimEnd('\n'));
        var (profile, diagnostics) = FixtureFiles.Parse(repeated);
        Assert.Null(profile);
        var problem = Assert.Single(diagnostics);
        Assert.Contains("the same indicator 'crude-steel', scope and source as series 2", problem.Message, StringComparison.Ordinal);
        Assert.Equal(repeated[..at].Count(c => c == '\n') + 2, problem.Line);
    }
}

/// <summary>A phase lies inside its era's span, and a claim's year inside its era's.</summary>
public sealed class EraSpanTests
{
    [Theory]
    [InlineData("    start: 1400", "    start: 1300", "'start' 1300 lies outside its era 'ming' (1368–1644)")]
    [InlineData("    end: 1644", "    end: 1700", "'end' 1700 lies outside its era 'ming' (1368–1644)")]
    [InlineData("    year: ~2020", "    year: 1950", "'year' 1950 lies outside its era 'third-front' (1964 to the present)")]
    public void A_phase_or_claim_outside_its_era_is_a_problem_at_its_line(string find, string replacement, string message)
    {
        var text = FixtureFiles.ValidWith(find, replacement);

        var (profile, diagnostics) = FixtureFiles.Parse(text);

        Assert.Null(profile);
        var problem = Assert.Single(diagnostics);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
        Assert.Equal(Array.FindIndex(text.Split('\n'), l => l == replacement) + 1, problem.Line);
    }

    [Fact]
    public void A_phase_that_runs_to_the_present_needs_an_era_that_does()
    {
        var vocabulary = FixtureFiles.Vocabulary with
        {
            Eras = new Dictionary<string, EraRecord>(FixtureFiles.Vocabulary.Eras)
            {
                ["third-front"] = new("third-front", "Third Front", new AtlasYear(1964), new AtlasYear(1980), null),
            },
        };
        var diagnostics = new List<Diagnostic>();

        var profile = CityProfileReader.Read("cities/valid.md", FixtureFiles.Read("valid.md"), vocabulary, diagnostics);

        Assert.Null(profile);
        Assert.Contains(diagnostics, d => d.Message.Contains("runs to the present, but its era 'third-front' ends in 1980", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Message.Contains("'year' c. 2020 lies outside its era 'third-front' (1964–1980)", StringComparison.Ordinal));
    }
}
