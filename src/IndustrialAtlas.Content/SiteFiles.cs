namespace IndustrialAtlas.Content;

/// <summary>
/// Reads every file of <c>sites/</c> (<see cref="SiteListReader"/>) and checks what spans files: list slugs used once,
/// the entries of one site in two lists' files made one, every list a site names defined in some file, every city a
/// site names a profiled city.
/// </summary>
internal static class SiteFiles
{
    public static (IReadOnlyList<SiteListRecord> Lists, IReadOnlyList<SiteRecord> Sites) Read(
        string directory, IReadOnlyList<CityProfile> cities, WeakHosts weakHosts, SortedDictionary<string, string> files, List<Diagnostic> diagnostics)
    {
        var folder = Path.Combine(directory, ContentLoader.SitesFolder);
        if (!Directory.Exists(folder))
        {
            return ([], []);
        }

        var lists = new List<SiteListRecord>();
        var sites = new List<SiteRecord>();
        foreach (var relative in Directory.GetFiles(folder, "*.yml").Select(p => $"{ContentLoader.SitesFolder}/{Path.GetFileName(p)}").Order(StringComparer.Ordinal))
        {
            var text = ContentFile.Read(directory, relative, ContentFile.MaxTaxonomyBytes, diagnostics);
            if (text is null)
            {
                continue;
            }

            files[relative] = text;
            var (list, listed) = SiteListReader.Read(relative, text, weakHosts, diagnostics);
            if (list is not null)
            {
                lists.Add(list);
            }

            sites.AddRange(listed);
        }

        var listsBySlug = new Dictionary<string, SiteListRecord>(StringComparer.Ordinal);
        foreach (var list in lists.Where(l => !listsBySlug.TryAdd(l.Slug, l)))
        {
            diagnostics.Add(new Diagnostic(list.File, ContentLoader.LineOf(files[list.File], "slug:"), $"list slug '{list.Slug}' is already used in {listsBySlug[list.Slug].File}"));
        }

        // A city's slug is its file's name: a site naming a city whose profile has problems of its own is not reported again.
        var citySlugs = cities.Select(c => c.Slug).Concat(Directory.Exists(Path.Combine(directory, ContentLoader.CitiesFolder))
            ? Directory.GetFiles(Path.Combine(directory, ContentLoader.CitiesFolder), "*.md").Select(Path.GetFileNameWithoutExtension).OfType<string>()
            : []).ToHashSet(StringComparer.Ordinal);
        var merged = new List<SiteRecord>();
        foreach (var entries in sites.GroupBy(s => s.Slug, StringComparer.Ordinal))
        {
            var site = entries.First();
            // Problems are placed at the entry's slug line: an entry is a few lines long.
            int LineOf(SiteRecord entry) => ContentLoader.LineOf(files[entry.File], $"slug: {entry.Slug}");
            foreach (var twice in entries.Skip(1).Where(e => e.File == site.File))
            {
                diagnostics.Add(new Diagnostic(twice.File, LineOf(twice), $"site slug '{twice.Slug}' is used twice in this file"));
            }

            foreach (var entry in entries.Skip(1).Where(e => e.File != site.File))
            {
                site = Merge(site, entry);
            }

            foreach (var listing in site.Lists.Where(l => !listsBySlug.ContainsKey(l.ListSlug)))
            {
                diagnostics.Add(new Diagnostic(site.File, LineOf(site), $"site '{site.Slug}': unknown list '{listing.ListSlug}' (lists: {string.Join(", ", listsBySlug.Keys)})"));
            }

            foreach (var twice in site.Lists.GroupBy(l => l.ListSlug).Where(g => g.Count() > 1))
            {
                diagnostics.Add(new Diagnostic(site.File, LineOf(site), $"site '{site.Slug}' is on list '{twice.Key}' twice"));
            }

            if (site.CitySlug is { } city && !citySlugs.Contains(city))
            {
                diagnostics.Add(new Diagnostic(site.File, LineOf(site), $"site '{site.Slug}': city '{city}' has no profile under cities/; name the city under 'place' instead"));
            }

            merged.Add(site);
        }

        return (lists, merged);
    }

    /// <summary>
    /// One site written in the files of two lists: the first entry's names and kind, the more precise place, each year
    /// either gives, both notes, every listing and every source.
    /// </summary>
    private static SiteRecord Merge(SiteRecord first, SiteRecord other)
    {
        var located = other.Location is { } o && (first.Location is not { } f || SitePrecision.Rank(o.Precision) < SitePrecision.Rank(f.Precision)) ? other : first;
        return first with
        {
            NameZh = first.NameZh ?? other.NameZh,
            Pinyin = first.Pinyin ?? other.Pinyin,
            CitySlug = first.CitySlug ?? other.CitySlug,
            Place = located.Place,
            Location = located.Location,
            Construction = first.Construction ?? other.Construction,
            Production = first.Production ?? other.Production,
            Closed = first.Closed ?? other.Closed,
            Lists = [.. first.Lists, .. other.Lists],
            Note = $"{first.Note} {other.Note}",
            Sources = [.. first.Sources, .. other.Sources.Where(s => !first.Sources.Contains(s))],
        };
    }
}
