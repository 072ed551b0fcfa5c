namespace IndustrialAtlas.Content.Tests;

/// <summary>Reads the fixture profiles copied beside the tests, and mutates them line by line.</summary>
internal static class FixtureFiles
{
    public static readonly Vocabulary Vocabulary = Vocabulary.From(
        [new EraRecord("ming", "Ming", new AtlasYear(1368), new AtlasYear(1644), null), new EraRecord("third-front", "Third Front and after", new AtlasYear(1964), null, null)],
        [new ResourceRecord("iron-ore", "Iron ore", "ore"), new ResourceRecord("coal", "Coal", "fuel")],
        [new IndicatorRecord("population", "Population", "people", "stock"), new IndicatorRecord("crude-steel", "Crude steel output", "t", "flow")]);

    /// <summary>Makes <paramref name="root"/> a content folder with the fixture's eras and resources and an empty <c>cities/</c>.</summary>
    public static void WriteTaxonomies(string root)
    {
        File.WriteAllText(Path.Combine(root, "eras.yml"), "eras:\n  - { slug: ming, name: Ming, start: 1368, end: 1644 }\n  - { slug: third-front, name: Third Front and after, start: 1964 }\n");
        File.WriteAllText(Path.Combine(root, "resources.yml"), "resources:\n  - { slug: iron-ore, name: Iron ore, kind: ore }\n");
        File.WriteAllText(Path.Combine(root, "indicators.yml"), "indicators:\n  - { slug: population, name: Population, unit: people, kind: stock }\n  - { slug: crude-steel, name: Crude steel output, unit: t, kind: flow }\n");
        Directory.CreateDirectory(Path.Combine(root, "cities"));
    }

    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    /// <summary>The valid fixture with the first line that starts with <paramref name="find"/> replaced.</summary>
    public static string ValidWith(string find, string replacement)
    {
        var lines = Read("valid.md").Split('\n');
        var index = Array.FindIndex(lines, l => l.StartsWith(find, StringComparison.Ordinal));
        Assert.True(index >= 0, $"fixture has no line starting with '{find}'");
        lines[index] = replacement;
        return string.Join('\n', lines);
    }

    public static (CityProfile? Profile, List<Diagnostic> Diagnostics) Parse(string text, string file = "cities/valid.md")
    {
        var diagnostics = new List<Diagnostic>();
        var profile = CityProfileReader.Read(file, text, Vocabulary, diagnostics);
        return (profile, diagnostics);
    }
}
