namespace IndustrialAtlas.Content;

public static partial class CityProfileReader
{

    private static readonly Dictionary<string, ClaimOrigin> Origins = new(StringComparer.Ordinal)
    {
        ["essay"] = ClaimOrigin.Essay,
        ["research"] = ClaimOrigin.Research,
    };

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
}
