using System.Security.Cryptography;
using System.Text;

namespace IndustrialAtlas.Content;

/// <summary>The outcome of reading a content folder: the set when it is valid, and every problem found.</summary>
public sealed record ContentLoadResult(ContentSet? Set, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when the whole set is valid and may be stored.</summary>
    public bool IsValid => Set is not null && Diagnostics.Count == 0;
}

/// <summary>
/// Reads a content folder (<c>eras.yml</c>, <c>resources.yml</c>, <c>indicators.yml</c>, <c>cities/*.md</c>) and checks it as a
/// whole: each file on its own, then what spans files (duplicate claim ids).
/// </summary>
public static class ContentLoader
{
    /// <summary>The taxonomy of national eras.</summary>
    public const string ErasFile = "eras.yml";

    /// <summary>The resource taxonomy.</summary>
    public const string ResourcesFile = "resources.yml";

    /// <summary>The indicators series measure.</summary>
    public const string IndicatorsFile = "indicators.yml";

    /// <summary>The hosts whose pages are weak sources; a folder without it treats no host as weak.</summary>
    public const string WeakHostsFile = "weak-hosts.yml";

    /// <summary>The folder of city profiles.</summary>
    public const string CitiesFolder = "cities";

    /// <summary>The folder of official lists of sites, one file per list.</summary>
    public const string SitesFolder = "sites";

    /// <summary>The largest profile accepted: the longest today is about 55 KB, so this leaves room and stops a runaway file.</summary>
    public const int MaxProfileBytes = 256 * 1024;

    /// <summary>Reads and checks the content under <paramref name="directory"/>.</summary>
    public static ContentLoadResult Load(string directory)
    {
        var diagnostics = new List<Diagnostic>();
        if (!Directory.Exists(directory))
        {
            diagnostics.Add(new Diagnostic(directory, 1, "content folder not found"));
            return new ContentLoadResult(null, diagnostics);
        }

        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        string? ReadFile(string relative)
        {
            var text = ContentFile.Read(directory, relative, ContentFile.MaxTaxonomyBytes, diagnostics);
            if (text is not null)
            {
                files[relative] = text;
            }

            return text;
        }

        var erasText = ReadFile(ErasFile);
        var resourcesText = ReadFile(ResourcesFile);
        var eras = erasText is null ? [] : TaxonomyReader.ReadEras(ErasFile, erasText, diagnostics);
        var resources = resourcesText is null ? [] : TaxonomyReader.ReadResources(ResourcesFile, resourcesText, diagnostics);
        var indicatorsText = ReadFile(IndicatorsFile);
        var indicators = indicatorsText is null ? [] : TaxonomyReader.ReadIndicators(IndicatorsFile, indicatorsText, diagnostics);
        var weakHosts = Path.Exists(Path.Combine(directory, WeakHostsFile)) && ReadFile(WeakHostsFile) is { } weakText
            ? WeakHosts.Read(WeakHostsFile, weakText, diagnostics)
            : WeakHosts.None;
        var vocabulary = Vocabulary.From(eras, resources, indicators) with { WeakHosts = weakHosts };

        var cities = new List<CityProfile>();
        var citiesPath = Path.Combine(directory, CitiesFolder);
        var unread = new[] { (ErasFile, erasText), (ResourcesFile, resourcesText), (IndicatorsFile, indicatorsText) }.Where(t => t.Item2 is null).Select(t => t.Item1).ToList();
        if (unread.Count > 0)
        {
            // Every era, resource and indicator a profile names would be "unknown": one line says why instead of hundreds.
            diagnostics.Add(new Diagnostic($"{CitiesFolder}/", 1, $"the city profiles were not checked, as {string.Join(" and ", unread)} could not be read (above)"));
            return new ContentLoadResult(null, diagnostics);
        }

        var cityFiles = Directory.Exists(citiesPath)
            ? Directory.GetFiles(citiesPath, "*.md").Select(p => $"{CitiesFolder}/{Path.GetFileName(p)}").Order(StringComparer.Ordinal).ToList()
            : [];
        // Profiles are read one after another, in file order. Read on every core they were no faster and the ingest
        // beside a running server slower (1,000 profiles, three runs each, taken in turn on two cores: ingest median
        // 3.02 s on all cores, 2.04 s one after another): YamlDotNet looks every scalar up in the runtime's one table
        // of interned strings (String.IsInterned), and the threads queue for it.
        var read = cityFiles.Select(relative =>
        {
            var problems = new List<Diagnostic>();
            var text = ContentFile.Read(directory, relative, MaxProfileBytes, problems);
            return text is null
                ? (Relative: relative, Text: "", City: null, Problems: problems)
                : (Relative: relative, Text: text, City: CityProfileReader.Read(relative, text, vocabulary, problems), Problems: problems);
        }).ToList();
        foreach (var (relative, text, city, problems) in read)
        {
            files[relative] = text;
            diagnostics.AddRange(problems);
            if (city is not null)
            {
                cities.Add(city);
            }
        }

        if (cityFiles.Count == 0)
        {
            // Publishing no cities would replace a working atlas with an empty one.
            diagnostics.Add(new Diagnostic($"{CitiesFolder}/", 1, "no city profiles (cities/*.md): there is nothing to publish"));
        }

        (eras, resources, indicators, cities) = ChineseFiles.Read(directory, eras, resources, indicators, cities, files, diagnostics);
        CheckAcrossFiles(cities, files, diagnostics);
        var (lists, sites) = SiteFiles.Read(directory, cities, weakHosts, files, diagnostics);
        (lists, sites) = ChineseFiles.ReadSites(directory, lists, sites, files, diagnostics);
        var set = diagnostics.Count == 0
            ? new ContentSet(eras, resources, cities, Fingerprint(files)) { Indicators = indicators, SiteLists = lists, Sites = sites }
            : null;
        return new ContentLoadResult(set, diagnostics);
    }

    private static void CheckAcrossFiles(List<CityProfile> cities, SortedDictionary<string, string> files, List<Diagnostic> diagnostics)
    {
        var firstSeen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var city in cities)
        {
            foreach (var claim in city.Claims)
            {
                if (firstSeen.TryAdd(claim.Id, city.File))
                {
                    continue;
                }

                diagnostics.Add(new Diagnostic(city.File, LineOf(files[city.File], $"id: {claim.Id}"),
                    $"claim id '{claim.Id}' is already used in {firstSeen[claim.Id]}"));
            }
        }

        var slugs = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var city in cities.Where(c => !slugs.Add(c.Slug)))
        {
            diagnostics.Add(new Diagnostic(city.File, LineOf(files[city.File], "slug:"), $"duplicate city slug '{city.Slug}'"));
        }
    }

    internal static int LineOf(string text, string needle)
    {
        var index = text.IndexOf(needle, StringComparison.Ordinal);
        return index < 0 ? 1 : text.AsSpan(0, index).Count('\n') + 1;
    }

    /// <summary>A short hash over every file's path and text, so unchanged content gives the same edition id.</summary>
    private static string Fingerprint(SortedDictionary<string, string> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (path, text) in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(path + "\0" + text.ReplaceLineEndings("\n") + "\0"));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..12];
    }
}
