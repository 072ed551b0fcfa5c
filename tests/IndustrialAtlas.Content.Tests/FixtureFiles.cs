namespace IndustrialAtlas.Content.Tests;

/// <summary>Reads the fixture profiles copied beside the tests, and mutates them line by line.</summary>
internal static class FixtureFiles
{
    public static readonly Vocabulary Vocabulary = new(
        new HashSet<string>(["ming", "third-front"]),
        new HashSet<string>(["iron-ore", "coal"]));

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
