using System.Text.RegularExpressions;
using System.Xml.Linq;
using IndustrialAtlas.Content;
using IndustrialAtlas.Web.Citations;

namespace IndustrialAtlas.Web.Tests.Settings;

/// <summary>
/// The interface's words, one file per language: both files hold the same keys, every key the code and views ask for
/// is in them (a missing key would show its name, never a blank), and no Chinese string is left empty or in English.
/// </summary>
public sealed partial class AtlasStringsTests
{
    private static readonly string Folder = Path.Combine(RepositoryRoot.Path, "src", "IndustrialAtlas.Web", "Settings");

    private static Dictionary<string, string> Read(string file) =>
        XDocument.Load(Path.Combine(Folder, file)).Root!.Elements("data").ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")?.Value ?? "");

    private static readonly Dictionary<string, string> English = Read("AtlasStrings.resx");
    private static readonly Dictionary<string, string> Chinese = Read("AtlasStrings.zh-Hans.resx");

    private static readonly string[] SourceKinds = ["official", "scholarly", "press", "reference"];
    private static readonly string[] Statuses = ["404", "400", "405", "503", "500", "other"];
    private static readonly string[] Things = ["city", "claim", "era", "resource", "site"];
    private static readonly string[] SiteGroups = ["metal", "energy", "mining", "engineering", "light", "transport"];

    /// <summary>Chinese strings that are empty on purpose: a word that English puts after a name and Chinese before it.</summary>
    private static readonly string[] EmptyInChinese = ["js.show.after"];

    /// <summary>Chinese strings in English on purpose: the language switch speaks to English readers (it is marked lang="en").</summary>
    private static readonly string[] EnglishInChinese = ["lang.switch", "lang.switch.label"];

    [Fact]
    public void Both_languages_have_the_same_keys()
    {
        Assert.Equal(English.Keys.Order(StringComparer.Ordinal), Chinese.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_key_the_code_asks_for_is_in_the_strings()
    {
        var source = Path.Combine(RepositoryRoot.Path, "src", "IndustrialAtlas.Web");
        var files = Directory.EnumerateFiles(source, "*.cshtml", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        // A key ending in a dot is the start of one made from a value (below).
        var asked = files.SelectMany(f => Asked().Matches(File.ReadAllText(f)).Select(m => m.Groups["key"].Value)).Where(k => !k.EndsWith('.')).ToHashSet(StringComparer.Ordinal);
        // Keys made from a value: each value the content or the code can give.
        asked.UnionWith(SupportWords.All.Select(s => "support." + s.ToWord()));
        asked.UnionWith(SupportWords.All.Select(s => "legend." + s.ToWord()));
        asked.UnionWith(SupportWords.All.Select(s => "claim.meaning." + s.ToWord()));
        asked.UnionWith(SiteKinds.Groups.Keys.Select(k => "kind." + k));
        asked.UnionWith(SitePrecision.All.Select(p => "precision." + p));
        asked.UnionWith(TaxonomyReader.ResourceKinds.Select(k => "resource.kind." + k));
        asked.UnionWith(CitationStyles.All.Select(s => "share.style." + s.Key));
        asked.UnionWith(SourceKinds.Select(k => "source.kind." + k));
        asked.UnionWith(Statuses.SelectMany(c => new[] { $"error.{c}.title", $"error.{c}.message" }));
        asked.UnionWith(Things.SelectMany(t => new[] { $"notfound.{t}.title", $"notfound.{t}.all" }));
        asked.UnionWith(SiteGroups.Select(g => "map.legend." + g));

        var missing = asked.Where(k => !English.ContainsKey(k) || !Chinese.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();

        Assert.True(asked.Count > 300, $"only {asked.Count} keys found: the scan no longer sees how the views ask for them");
        Assert.True(missing.Count == 0, "keys asked for but not in both string files: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_chinese_string_is_written_in_chinese()
    {
        var bad = Chinese.Where(p => !EmptyInChinese.Contains(p.Key) && !EnglishInChinese.Contains(p.Key) && !Han().IsMatch(p.Value) && !Neutral().IsMatch(p.Value))
            .Select(p => $"{p.Key} = \u201c{p.Value}\u201d").ToList();

        Assert.True(bad.Count == 0, "Chinese strings without Chinese: " + string.Join("; ", bad));
    }

    [Fact]
    public void Every_chinese_string_takes_the_arguments_its_english_takes()
    {
        // A Chinese text that drops {2} loses a value the reader needs; one that adds {3} fails when it is formatted.
        var bad = English.Where(p => Chinese.TryGetValue(p.Key, out var zh) && !Placeholders(p.Value).SetEquals(Placeholders(zh)))
            .Select(p => $"{p.Key}: \u201c{p.Value}\u201d / \u201c{Chinese[p.Key]}\u201d").ToList();

        Assert.True(bad.Count == 0, "strings whose languages take different arguments: " + string.Join("; ", bad));
    }

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Groups["n"].Value)];

    [GeneratedRegex(@"\{(?<n>\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex Placeholder();

    /// <summary>T["key"…], text["key"…], AtlasWords.Chinese("key"…), new Say("key"…) with a literal key.</summary>
    [GeneratedRegex(@"(?:\bT|\btext|ErrorPage\.Text\((?:HttpContext|http)\))\[""(?<key>[a-z][a-z0-9.-]+)""|(?:AtlasWords\.Chinese|\bSay)\(""(?<key>[a-z][a-z0-9.-]+)""")]
    private static partial Regex Asked();

    /// <summary>A Chinese character or Chinese (full-width) punctuation.</summary>
    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}\u3000-\u303F\uFF00-\uFFEF]")]
    private static partial Regex Han();

    /// <summary>Strings the same in both languages: a number's pattern, an English name the Chinese page keeps, a format's name.</summary>
    [GeneratedRegex(@"^(\{\d\})+$|^(CSL-JSON|[A-Za-z /—0-9.-]*\d{4}[A-Za-z /—0-9.-]*|.*×.*)$")]
    private static partial Regex Neutral();
}
