using YamlDotNet.RepresentationModel;

namespace IndustrialAtlas.Content;

/// <summary>
/// Reads the Chinese text of the content (the <c>zh/</c> folder) and sets it on the English records it translates.
/// A city's Chinese file mirrors its English one: the phases, resources and series as lists in the same order, each
/// naming its English entry (<c>start</c>, <c>resource</c>, <c>indicator</c>) so a slip in the order is found; the
/// claims as a map by id. What is not written yet is left out and shows in English, marked as untranslated.
/// </summary>
public static class ChineseTextReader
{
    /// <summary>The folder of the Chinese text, beside <c>cities/</c>.</summary>
    public const string Folder = "zh";

    /// <summary>Where the Chinese body's links to the atlas's pages lead: their Chinese twins.</summary>
    public const string SitePrefix = "/zh";

    /// <summary>Reads <paramref name="text"/> (the Chinese of <paramref name="english"/>); null when it has problems.</summary>
    public static CityProfile? ReadCity(string file, string text, CityProfile english, List<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(english);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var before = diagnostics.Count;
        if (ReadContext.ParseProfile(file, text, diagnostics) is not var (front, context, root))
        {
            return null;
        }

        var city = new MapReader(root, context, "Chinese text");
        var summary = city.String("summary", required: true);
        var phases = Positional(city, "phases", "start", english.Phases, (p, item) => item.Year("start") == p.Start,
            (p, item) => p with { Chinese = new PhaseChinese(item.String("title", required: true) ?? "", item.String("summary", required: p.Summary is not null)) });
        var resources = Positional(city, "resources", "resource", english.Resources, (r, item) => item.String("resource") == r.ResourceSlug,
            (r, item) => r with { Chinese = new ResourceChinese(item.Decimal("figure"), item.String("unit", required: r.Unit is not null), item.String("note", required: r.Note is not null)) });
        var series = Positional(city, "series", "indicator", english.Series, (s, item) => item.String("indicator") == s.IndicatorSlug,
            (s, item) => s with { Chinese = new SeriesChinese(item.String("scope", required: s.Scope is not null), item.String("note", required: s.Note is not null)) });
        var claims = Claims(city, english.Claims);
        city.RejectUnknown();
        var body = front.Body.Trim().Length == 0
            ? english.BodyHtml
            : ProfileMarkdown.Render(front.Body, front.BodyFirstLine, (line, message) => diagnostics.Add(new Diagnostic(file, line, message)), SitePrefix);
        if (diagnostics.Count != before || summary is null || body is null)
        {
            return null;
        }

        return english with { Chinese = new CityChinese(summary, body), Phases = phases, Resources = resources, Series = series, Claims = claims };
    }

    /// <summary>A list that mirrors the English one entry for entry; left out, the English stands untranslated.</summary>
    private static IReadOnlyList<T> Positional<T>(MapReader city, string key, string name, IReadOnlyList<T> english, Func<T, MapReader, bool> matches, Func<T, MapReader, T> translate)
    {
        var items = city.List(key, required: false, i => $"{key} {i}").ToList();
        if (items.Count == 0)
        {
            return english;
        }

        if (items.Count != english.Count)
        {
            city.Context.Report(city.LineOf(key), $"Chinese text: '{key}' has {items.Count} entries where the English has {english.Count}; write them all, in the English order");
            return english;
        }

        var translated = new List<T>(english.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (!matches(english[i], item))
            {
                city.Context.Report(item.LineOf(name), $"{item.What}: '{name}' does not match the English entry {i + 1}; the entries must be in the English order");
            }

            translated.Add(translate(english[i], item));
            item.RejectUnknown();
        }

        return translated;
    }

    private static ClaimRecord[] Claims(MapReader city, IReadOnlyList<ClaimRecord> english)
    {
        var byId = english.Select((c, i) => (c, i)).ToDictionary(x => x.c.Id, x => x.i, StringComparer.Ordinal);
        var claims = english.ToArray();
        foreach (var (id, line, value) in city.Entries("claims", required: false))
        {
            if (!byId.TryGetValue(id, out var index))
            {
                city.Context.Report(line, $"Chinese text: claim '{id}' is not a claim of the English profile");
                continue;
            }

            if (value is not YamlMappingNode map)
            {
                city.Context.Report(line, $"Chinese text: claim '{id}' must be a set of fields (text, note)");
                continue;
            }

            var item = new MapReader(map, city.Context, $"Chinese claim {id}");
            var text = item.String("text", required: true);
            var note = item.String("note");
            item.RejectUnknown();
            if (text is not null)
            {
                claims[index] = claims[index] with { Chinese = new ClaimChinese(text, note) };
            }
        }

        return claims;
    }

    /// <summary>
    /// Reads a Chinese taxonomy (<c>zh/eras.yml</c>: <c>slug: {name, summary}</c>; <c>zh/resources.yml</c> and
    /// <c>zh/indicators.yml</c>: <c>slug: name</c>) under <paramref name="key"/>; a slug that is not in the English one is a problem.
    /// </summary>
    public static IReadOnlyDictionary<string, TermChinese> ReadTerms(string file, string yaml, string key, IReadOnlySet<string> known, List<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(known);
        var context = new ReadContext(file, 1, diagnostics);
        var terms = new Dictionary<string, TermChinese>(StringComparer.Ordinal);
        if (context.ParseRoot(yaml) is not { } root)
        {
            return terms;
        }

        var reader = new MapReader(root, context, file);
        foreach (var (slug, line, value) in reader.Entries(key, required: true))
        {
            if (!known.Contains(slug))
            {
                context.Report(line, $"{file}: '{slug}' is not in the English {key}");
                continue;
            }

            if (value is YamlScalarNode { Value: { Length: > 0 } name })
            {
                terms[slug] = new TermChinese(name.Trim(), null);
            }
            else if (value is YamlMappingNode map)
            {
                var item = new MapReader(map, context, $"{file} {slug}");
                var name2 = item.String("name", required: true);
                var summary = item.String("summary");
                item.RejectUnknown();
                if (name2 is not null)
                {
                    terms[slug] = new TermChinese(name2, summary);
                }
            }
            else
            {
                context.Report(line, $"{file}: '{slug}' needs a Chinese name");
            }
        }

        reader.RejectUnknown();
        return terms;
    }

    /// <summary>Reads one list's Chinese notes: the list's own (<c>list: {note}</c>) and each site's (<c>sites: {slug: note}</c>).</summary>
    public static (string? ListNote, IReadOnlyList<(string Slug, string Note)> SiteNotes) ReadSiteNotes(string file, string yaml, IReadOnlySet<string> sites, List<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(sites);
        var context = new ReadContext(file, 1, diagnostics);
        var notes = new List<(string, string)>();
        if (context.ParseRoot(yaml) is not { } root)
        {
            return (null, notes);
        }

        var reader = new MapReader(root, context, file);
        var list = reader.Map("list");
        var listNote = list?.String("note");
        list?.RejectUnknown();
        foreach (var (slug, line, value) in reader.Entries("sites", required: false))
        {
            if (!sites.Contains(slug))
            {
                context.Report(line, $"{file}: '{slug}' is not a site of the lists");
            }
            else if (value is YamlScalarNode { Value: { Length: > 0 } note })
            {
                notes.Add((slug, note.Trim()));
            }
            else
            {
                context.Report(line, $"{file}: site '{slug}' needs its note in Chinese");
            }
        }

        reader.RejectUnknown();
        return (listNote, notes);
    }
}
