namespace IndustrialAtlas.Content;

/// <summary>
/// Reads the <c>zh/</c> folder: <c>eras.yml</c>, <c>resources.yml</c> and <c>indicators.yml</c> in Chinese, and
/// <c>cities/&lt;slug&gt;.md</c> for each city (<see cref="ChineseTextReader"/>). A Chinese file whose English twin
/// does not exist is a problem; a city without one is shown in English, marked untranslated.
/// </summary>
internal static class ChineseFiles
{
    public static (IReadOnlyList<EraRecord> Eras, IReadOnlyList<ResourceRecord> Resources, IReadOnlyList<IndicatorRecord> Indicators, List<CityProfile> Cities) Read(
        string directory, IReadOnlyList<EraRecord> eras, IReadOnlyList<ResourceRecord> resources, IReadOnlyList<IndicatorRecord> indicators,
        List<CityProfile> cities, SortedDictionary<string, string> files, List<Diagnostic> diagnostics)
    {
        var folder = Path.Combine(directory, ChineseTextReader.Folder);
        if (!Directory.Exists(folder))
        {
            return (eras, resources, indicators, cities);
        }

        IReadOnlyDictionary<string, TermChinese> Terms(string name, IEnumerable<string> slugs)
        {
            var relative = $"{ChineseTextReader.Folder}/{name}.yml";
            if (!Path.Exists(Path.Combine(directory, relative)) || ContentFile.Read(directory, relative, ContentFile.MaxTaxonomyBytes, diagnostics) is not { } text)
            {
                return new Dictionary<string, TermChinese>();
            }

            files[relative] = text;
            return ChineseTextReader.ReadTerms(relative, text, name, slugs.ToHashSet(StringComparer.Ordinal), diagnostics);
        }

        var eraNames = Terms("eras", eras.Select(e => e.Slug));
        var resourceNames = Terms("resources", resources.Select(r => r.Slug));
        var indicatorNames = Terms("indicators", indicators.Select(i => i.Slug));

        var bySlug = cities.ToDictionary(c => c.Slug, StringComparer.Ordinal);
        var translated = new Dictionary<string, CityProfile>(StringComparer.Ordinal);
        var citiesFolder = Path.Combine(folder, ContentLoader.CitiesFolder);
        var chineseFiles = Directory.Exists(citiesFolder) ? Directory.GetFiles(citiesFolder, "*.md") : [];
        foreach (var relative in chineseFiles.Select(p => $"{ChineseTextReader.Folder}/{ContentLoader.CitiesFolder}/{Path.GetFileName(p)}").Order(StringComparer.Ordinal))
        {
            var slug = Path.GetFileNameWithoutExtension(relative);
            if (ContentFile.Read(directory, relative, ContentLoader.MaxProfileBytes, diagnostics) is not { } text)
            {
                continue;
            }

            files[relative] = text;
            if (!bySlug.TryGetValue(slug, out var english))
            {
                // An English profile with problems of its own is reported at its own lines; only a missing one is this file's problem.
                if (!File.Exists(Path.Combine(directory, ContentLoader.CitiesFolder, slug + ".md")))
                {
                    diagnostics.Add(new Diagnostic(relative, 1, $"there is no {ContentLoader.CitiesFolder}/{slug}.md for this Chinese text to translate"));
                }
            }
            else if (ChineseTextReader.ReadCity(relative, text, english, diagnostics) is { } city)
            {
                translated[slug] = city;
            }
        }

        return (
            [.. eras.Select(e => eraNames.TryGetValue(e.Slug, out var t) ? e with { Chinese = t } : e)],
            [.. resources.Select(r => resourceNames.TryGetValue(r.Slug, out var t) ? r with { Chinese = t } : r)],
            [.. indicators.Select(i => indicatorNames.TryGetValue(i.Slug, out var t) ? i with { Chinese = t } : i)],
            [.. cities.Select(c => translated.GetValueOrDefault(c.Slug, c))]);
    }

    /// <summary>
    /// Reads <c>zh/sites/&lt;list&gt;.yml</c>: a list's note (<c>list: {note}</c>) and its sites' notes (<c>sites: {slug: note}</c>).
    /// A file for a list that does not exist, or a slug that is no site, is a problem at its line.
    /// </summary>
    public static (IReadOnlyList<SiteListRecord> Lists, IReadOnlyList<SiteRecord> Sites) ReadSites(
        string directory, IReadOnlyList<SiteListRecord> lists, IReadOnlyList<SiteRecord> sites, SortedDictionary<string, string> files, List<Diagnostic> diagnostics)
    {
        var folder = Path.Combine(directory, ChineseTextReader.Folder, ContentLoader.SitesFolder);
        if (!Directory.Exists(folder))
        {
            return (lists, sites);
        }

        var listNotes = new Dictionary<string, string>(StringComparer.Ordinal);
        var siteNotes = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var known = sites.Select(s => s.Slug).ToHashSet(StringComparer.Ordinal);
        foreach (var relative in Directory.GetFiles(folder, "*.yml").Select(p => $"{ChineseTextReader.Folder}/{ContentLoader.SitesFolder}/{Path.GetFileName(p)}").Order(StringComparer.Ordinal))
        {
            if (ContentFile.Read(directory, relative, ContentFile.MaxTaxonomyBytes, diagnostics) is not { } text)
            {
                continue;
            }

            files[relative] = text;
            var slug = Path.GetFileNameWithoutExtension(relative);
            if (lists.All(l => l.Slug != slug))
            {
                diagnostics.Add(new Diagnostic(relative, 1, $"there is no list '{slug}' (sites/{slug}.yml) for this Chinese text to translate"));
                continue;
            }

            var (note, notes) = ChineseTextReader.ReadSiteNotes(relative, text, known, diagnostics);
            if (note is not null)
            {
                listNotes[slug] = note;
            }

            foreach (var (site, siteNote) in notes)
            {
                (siteNotes.TryGetValue(site, out var all) ? all : siteNotes[site] = []).Add(siteNote);
            }
        }

        return (
            [.. lists.Select(l => listNotes.TryGetValue(l.Slug, out var n) ? l with { NoteChinese = n } : l)],
            [.. sites.Select(s => siteNotes.TryGetValue(s.Slug, out var n) ? s with { NoteChinese = string.Join(" ", n) } : s)]);
    }
}
