using System.Text.RegularExpressions;

namespace IndustrialAtlas.Content;

public static partial class CityProfileReader
{

    private static readonly Dictionary<string, ClaimOrigin> Origins = new(StringComparer.Ordinal)
    {
        ["essay"] = ClaimOrigin.Essay,
        ["research"] = ClaimOrigin.Research,
    };

    private static readonly HashSet<string> SourceKinds = new(["official", "scholarly", "press", "reference"], StringComparer.Ordinal);

    private static List<ClaimRecord> ReadClaims(MapReader city, Vocabulary vocabulary, HashSet<string> sourceIds, IReadOnlyDictionary<string, SourceRecord> sourcesById)
    {
        var claims = new List<ClaimRecord>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in city.List("claims", required: false, i => $"claim {i}"))
        {
            var id = item.Slug("id", required: true);
            var text = item.String("text", required: true);
            var supportText = item.String("support", required: true);
            var note = item.String("note");
            var originText = item.String("origin") ?? "research";
            var year = item.Year("year");
            var era = item.Slug("era");
            var resource = item.Slug("resource");
            var sources = item.Slugs("sources");
            item.RejectUnknown();

            if (id is not null && !seen.Add(id))
            {
                item.Context.Report(item.LineOf("id"), $"{item.What}: duplicate claim id '{id}'");
            }

            Support? support = null;
            if (supportText is not null)
            {
                if (SupportWords.TryParse(supportText, out var s))
                {
                    support = s;
                }
                else
                {
                    item.Context.Report(item.LineOf("support"), $"{item.What}: support '{supportText}' is not one of supported, disputed, unsupported, false");
                }
            }

            if (!Origins.TryGetValue(originText, out var origin))
            {
                item.Context.Report(item.LineOf("origin"), $"{item.What}: origin '{originText}' is not one of essay, research");
            }

            if (support is Support.Supported or Support.Disputed or Support.False && sources.Count == 0)
            {
                item.Context.Report(item.LineOf("support"), $"claim '{id}': a {supportText} claim needs at least one source");
            }

            CheckKnown(item, "era", era, vocabulary.EraSlugs);
            CheckKnown(item, "resource", resource, vocabulary.ResourceSlugs);
            CheckInEra(item, vocabulary, era, year, null, runsToPresent: false, "year", null);
            CheckSourceIds(item, sources, sourceIds);
            CheckStanding(item, $"claim '{id}'", support, sources, sourcesById, vocabulary.WeakHosts);
            if (id is not null && text is not null && support is not null)
            {
                claims.Add(new ClaimRecord(id, text, support.Value, note, origin, year, era, resource, sources));
            }
        }

        return claims;
    }

    private static List<CityResourceRecord> ReadResources(MapReader city, Vocabulary vocabulary, HashSet<string> sourceIds, HashSet<string> claimIds)
    {
        var resources = new List<CityResourceRecord>();
        foreach (var item in city.List("resources", required: false, i => $"resource {i}"))
        {
            var slug = item.Slug("resource", required: true);
            var figure = item.Decimal("figure");
            var unit = item.String("unit");
            var year = item.Year("year");
            var since = item.Year("since");
            var until = item.Year("until");
            var note = item.String("note");
            var sources = item.Slugs("sources");
            var claim = item.Slug("claim");
            item.RejectUnknown();
            CheckKnown(item, "resource", slug, vocabulary.ResourceSlugs);
            CheckSpan(item, since, until, "since", "until");
            CheckSourceIds(item, sources, sourceIds);
            if (figure is not null && unit is null)
            {
                item.Context.Report(item.LineOf("figure"), $"{item.What}: a figure needs its 'unit'");
            }

            if (claim is not null && !claimIds.Contains(claim))
            {
                item.Context.Report(item.LineOf("claim"), $"{item.What}: unknown claim '{claim}' (not listed under 'claims')");
            }

            if (slug is not null)
            {
                resources.Add(new CityResourceRecord(slug, figure, unit, year, since, until, note, sources, claim));
            }
        }

        return resources;
    }

    /// <summary>The file's <c>sources:</c>: each checked as the content format says (a real title, a publisher or author, addresses).</summary>
    internal static List<SourceRecord> ReadSources(MapReader city)
    {
        var sources = new List<SourceRecord>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in city.List("sources", required: true, i => $"source {i}"))
        {
            var id = item.Slug("id", required: true);
            var title = item.String("title", required: true);
            var publisher = item.String("publisher");
            var author = item.String("author");
            var urlText = item.String("url");
            var readAtText = item.String("readAt");
            var published = item.String("published");
            var accessedText = item.String("accessed");
            var kind = item.String("kind", required: true);
            item.RejectUnknown();

            if (id is not null && !seen.Add(id))
            {
                item.Context.Report(item.LineOf("id"), $"{item.What}: duplicate source id '{id}'");
            }

            var url = ReadAddress(item, "url", urlText);
            var readAt = ReadAddress(item, "readAt", readAtText);
            if (readAt is not null && url is not null && readAt == url)
            {
                item.Context.Report(item.LineOf("readAt"), $"{item.What}: 'readAt' is the same as 'url'; 'readAt' is for a copy read elsewhere than at the publisher");
            }

            if (title is not null && PlaceholderTitle().IsMatch(title))
            {
                item.Context.Report(item.LineOf("title"), $"{item.What}: '{title}' is a placeholder, not the document's title; give its real title as published, or drop the source");
            }
            else if (title is not null && CopyNoteInTitle().IsMatch(title))
            {
                item.Context.Report(item.LineOf("title"), $"{item.What}: the title says where the document was read; give the title alone and the copy's address as 'readAt'");
            }

            if (published is not null && !PublishedDate().IsMatch(published))
            {
                item.Context.Report(item.LineOf("published"), $"{item.What}: published '{published}' is not a year, yyyy-mm or yyyy-mm-dd");
            }

            DateOnly? accessed = null;
            if (accessedText is not null)
            {
                if (DateOnly.TryParseExact(accessedText, "yyyy-MM-dd", out var date))
                {
                    accessed = date;
                }
                else
                {
                    item.Context.Report(item.LineOf("accessed"), $"{item.What}: accessed '{accessedText}' is not a date (yyyy-mm-dd)");
                }
            }

            if (kind is not null && !SourceKinds.Contains(kind))
            {
                item.Context.Report(item.LineOf("kind"), $"{item.What}: kind '{kind}' is not one of official, scholarly, press, reference");
            }

            if (publisher is null && author is null)
            {
                item.Context.Report(item.Line, $"{item.What}: name its 'publisher' or 'author', so a reader can find it");
            }

            if (id is not null && title is not null && kind is not null)
            {
                sources.Add(new SourceRecord(id, title, publisher, author, url, accessed, kind) { ReadAt = readAt, Published = published });
            }
        }

        return sources;
    }

    private static Uri? ReadAddress(MapReader item, string key, string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var address) || address.Scheme is not ("http" or "https"))
        {
            item.Context.Report(item.LineOf(key), $"{item.What}: {key} '{text}' is not an http(s) address");
            return null;
        }

        if (text.Any(char.IsWhiteSpace))
        {
            item.Context.Report(item.LineOf(key), $"{item.What}: {key} '{text}' holds a space; write it as %20");
            return null;
        }

        return address;
    }

    /// <summary>
    /// A rated claim needs a source of standing: one that is not a weak page by <see cref="WeakHosts.WhyWeak(SourceRecord)"/>.
    /// </summary>
    internal static void CheckStanding(MapReader item, string subject, Support? support, IReadOnlyList<string> sourceIds,
        IReadOnlyDictionary<string, SourceRecord> sources, WeakHosts weakHosts)
    {
        if (support is not (Support.Supported or Support.Disputed or Support.False))
        {
            return;
        }

        var cited = sourceIds.Select(s => sources.GetValueOrDefault(s)).OfType<SourceRecord>().ToList();
        if (cited.Count == 0 || cited.Count != sourceIds.Count)
        {
            return;
        }

        var reasons = cited.Select(weakHosts.WhyWeak).ToList();
        if (reasons.All(r => r is not null))
        {
            var rating = support.Value.ToString().ToLowerInvariant();
            item.Context.Report(item.LineOf("sources"),
                $"{subject}: a {rating} claim rests only on weak pages ({string.Join("; ", reasons.Distinct())}); add a source of standing or rate it unsupported");
        }
    }

    [GeneratedRegex(@"headline not shown|title not shown|not opened|untitled|no title|title unknown|unknown title|\btbd\b|placeholder", RegexOptions.IgnoreCase)]
    private static partial Regex PlaceholderTitle();

    [GeneratedRegex(@"\bread (only )?(in|on|through|via) (a |an |the )?([\w.-]+ )?(cop(y|ies)|mirror|proxy|repost)\b|\bread on [\w-]+\.[a-z]{2,}", RegexOptions.IgnoreCase)]
    private static partial Regex CopyNoteInTitle();

    [GeneratedRegex(@"^-?\d{1,4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")]
    private static partial Regex PublishedDate();
}
