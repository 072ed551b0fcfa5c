namespace IndustrialAtlas.Content;

/// <summary>
/// Maps one city profile (front matter and body) to a <see cref="CityProfile"/>, checking every field.
/// Problems are reported with their line; a profile with any problem yields no record.
/// </summary>
public static partial class CityProfileReader
{
    /// <summary>Reads a profile.</summary>
    /// <param name="file">The path shown in diagnostics, e.g. <c>cities/anshan.md</c>.</param>
    /// <param name="text">The whole file.</param>
    /// <param name="vocabulary">The era and resource slugs the profile may use.</param>
    /// <param name="diagnostics">Receives every problem found.</param>
    /// <returns>The profile, or null when it has problems.</returns>
    public static CityProfile? Read(string file, string text, Vocabulary vocabulary, List<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var before = diagnostics.Count;
        if (ReadContext.ParseProfile(file, text, diagnostics) is not var (front, context, root))
        {
            return null;
        }

        var city = new MapReader(root, context, "city");
        var profile = ReadCity(city, file, vocabulary, front.Body, front.BodyFirstLine);
        city.RejectUnknown();
        return diagnostics.Count == before ? profile : null;
    }

    private static CityProfile? ReadCity(MapReader city, string file, Vocabulary vocabulary, string body, int bodyFirstLine)
    {
        var context = city.Context;
        var slug = city.Slug("slug", required: true);
        var expected = Path.GetFileNameWithoutExtension(file);
        if (slug is not null && slug != expected)
        {
            context.Report(city.LineOf("slug"), $"city: slug '{slug}' must match the file name '{expected}'");
        }

        var name = city.String("name", required: true);
        var nameZh = city.String("nameZh", required: true);
        var pinyin = city.String("pinyin", required: true);
        var province = city.String("province", required: true);
        var lat = city.Number("lat", required: true);
        var lon = city.Number("lon", required: true);
        if (lat is < -90 or > 90)
        {
            context.Report(city.LineOf("lat"), $"city: latitude {lat} is out of range (-90 to 90)");
        }

        if (lon is < -180 or > 180)
        {
            context.Report(city.LineOf("lon"), $"city: longitude {lon} is out of range (-180 to 180)");
        }

        var summary = city.String("summary", required: true);
        var sources = ReadSources(city);
        var sourceIds = sources.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var formerNames = ReadFormerNames(city);
        var population = ReadPopulation(city, sourceIds);
        var phases = ReadPhases(city, vocabulary);
        var claims = ReadClaims(city, vocabulary, sourceIds, sources.DistinctBy(s => s.Id).ToDictionary(s => s.Id, StringComparer.Ordinal));
        var claimIds = claims.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var resources = ReadResources(city, vocabulary, sourceIds, claimIds);
        var series = ReadSeries(city, vocabulary, sourceIds);

        var bodyHtml = ProfileMarkdown.Render(body, bodyFirstLine, context.Report);
        CheckClaimLinks(context, body, bodyFirstLine, claimIds);
        if (slug is null || name is null || nameZh is null || pinyin is null || province is null
            || lat is null || lon is null || summary is null || population is null || bodyHtml is null)
        {
            return null;
        }

        return new CityProfile(slug, name, nameZh, pinyin, province, lat.Value, lon.Value, formerNames, population,
            summary, phases, resources, claims, sources, bodyHtml, file)
        { Series = series };
    }

    /// <summary>The body links the claims it rests on as <c>#claim-&lt;id&gt;</c>; each link must name a claim of this profile.</summary>
    private static void CheckClaimLinks(ReadContext context, string body, int bodyFirstLine, HashSet<string> claimIds)
    {
        var lines = body.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (System.Text.RegularExpressions.Match m in ClaimLink().Matches(lines[i]))
            {
                if (!claimIds.Contains(m.Groups[1].Value))
                {
                    context.Report(bodyFirstLine + i, $"body: the link #claim-{m.Groups[1].Value} names no claim of this profile");
                }
            }
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\]\(#claim-([a-z0-9-]+)\)")]
    private static partial System.Text.RegularExpressions.Regex ClaimLink();

    private static List<FormerName> ReadFormerNames(MapReader city)
    {
        var names = new List<FormerName>();
        foreach (var item in city.List("formerNames", required: false, i => $"former name {i}"))
        {
            var name = item.String("name", required: true);
            var nameZh = item.String("nameZh");
            var from = item.Year("from");
            var to = item.Year("to");
            item.RejectUnknown();
            CheckSpan(item, from, to, "from", "to");
            if (name is not null)
            {
                names.Add(new FormerName(name, nameZh, from, to));
            }
        }

        return names;
    }

    private static Population? ReadPopulation(MapReader city, HashSet<string> sourceIds)
    {
        var population = city.Map("population", required: true);
        if (population is null)
        {
            return null;
        }

        var value = population.Number("value", required: true);
        var year = population.Year("year", required: true);
        var source = population.String("source", required: true);
        population.RejectUnknown();
        if (value is < 0 || value % 1 != 0)
        {
            population.Context.Report(population.LineOf("value"), $"population: '{value}' must be a whole number of people");
            return null;
        }

        if (source is not null && !sourceIds.Contains(source))
        {
            population.Context.Report(population.LineOf("source"), $"population: unknown source '{source}' (not listed under 'sources')");
        }

        return value is null || year is null || source is null ? null : new Population((long)value.Value, year.Value, source);
    }

    private static List<PhaseRecord> ReadPhases(MapReader city, Vocabulary vocabulary)
    {
        var phases = new List<PhaseRecord>();
        var lines = new List<int>();
        foreach (var item in city.List("phases", required: true, i => $"phase {i}"))
        {
            var title = item.String("title", required: true);
            var start = item.Year("start", required: true);
            var end = item.Year("end");
            var era = item.Slug("era", required: true);
            var summary = item.String("summary");
            item.RejectUnknown();
            CheckSpan(item, start, end, "start", "end");
            CheckKnown(item, "era", era, vocabulary.EraSlugs);
            CheckInEra(item, vocabulary, era, start, end, runsToPresent: true, "start", "end");
            if (title is not null && start is not null && era is not null)
            {
                phases.Add(new PhaseRecord(title, start.Value, end, era, summary));
                lines.Add(item.LineOf("start"));
            }
        }

        if (phases.Count == 0)
        {
            city.Context.Report(city.LineOf("phases"), "city: at least one phase is needed");
        }

        CheckPhaseCover(city, phases, lines);

        return phases;
    }

    /// <summary>The year after which a city's phases may leave no year uncovered: the start of modern industry.</summary>
    public const int PhasesCoverFrom = 1840;

    /// <summary>
    /// Once a phase has reached 1840, every year to today lies in a phase, so the map never hides a city in a year it
    /// existed: a gap that opens after 1840, or a last phase that ends, is a problem. Gaps in earlier history are allowed.
    /// </summary>
    private static void CheckPhaseCover(MapReader city, List<PhaseRecord> phases, List<int> lines)
    {
        var order = Enumerable.Range(0, phases.Count).OrderBy(i => phases[i].Start.Value).ToList();
        var coveredTo = int.MinValue;
        var first = true;
        foreach (var i in order)
        {
            var start = phases[i].Start.Value;
            if (!first && start > coveredTo + 1 && coveredTo >= PhasesCoverFrom)
            {
                var from = coveredTo + 1;
                var span = from == start - 1 ? $"{from}" : $"{from}–{start - 1}";
                city.Context.Report(lines[i], $"phase '{phases[i].Title}': the phases leave {span} uncovered; start it the year the one before ends, or add a phase, so the city is on the map in those years");
            }

            coveredTo = Math.Max(coveredTo, phases[i].End?.Value ?? int.MaxValue);
            first = false;
        }

        if (order.Count > 0 && coveredTo != int.MaxValue && coveredTo >= PhasesCoverFrom)
        {
            var last = order.MaxBy(i => phases[i].End?.Value ?? int.MaxValue);
            city.Context.Report(lines[last], $"phase '{phases[last].Title}': the last phase ends in {coveredTo}; leave out 'end' on the phase that runs to the present");
        }
    }

    private static void CheckSpan(MapReader item, AtlasYear? start, AtlasYear? end, string startKey, string endKey)
    {
        if (start is { } s && end is { } e && e < s)
        {
            item.Context.Report(item.LineOf(endKey), $"{item.What}: '{endKey}' {e} is before '{startKey}' {s}");
        }
    }

    private static void CheckKnown(MapReader item, string key, string? slug, IReadOnlySet<string> known)
    {
        if (slug is not null && !known.Contains(slug))
        {
            var kind = key == "era" ? "eras.yml" : "resources.yml";
            item.Context.Report(item.LineOf(key), $"{item.What}: unknown {key} '{slug}' (not in {kind})");
        }
    }

    private static void CheckSourceIds(MapReader item, IReadOnlyList<string> ids, HashSet<string> sourceIds)
    {
        foreach (var id in ids.Where(id => !sourceIds.Contains(id)))
        {
            item.Context.Report(item.LineOf("sources"), $"{item.What}: unknown source '{id}' (not listed under 'sources')");
        }
    }
}
