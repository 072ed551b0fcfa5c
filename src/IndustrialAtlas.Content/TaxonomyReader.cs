namespace IndustrialAtlas.Content;

/// <summary>Reads the shared taxonomies, <c>eras.yml</c>, <c>resources.yml</c> and <c>indicators.yml</c>.</summary>
public static class TaxonomyReader
{
    /// <summary>The resource kinds the taxonomy allows.</summary>
    public static readonly IReadOnlySet<string> ResourceKinds =
        new HashSet<string>(["ore", "fuel", "energy", "metal", "mineral", "industry"], StringComparer.Ordinal);

    /// <summary>Reads the eras; problems go to <paramref name="diagnostics"/>.</summary>
    public static IReadOnlyList<EraRecord> ReadEras(string file, string yaml, List<Diagnostic> diagnostics)
    {
        var context = new ReadContext(file, 1, diagnostics);
        var root = context.ParseRoot(yaml);
        if (root is null)
        {
            return [];
        }

        var reader = new MapReader(root, context, "eras");
        var eras = new List<EraRecord>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in reader.List("eras", required: true, i => $"era {i}"))
        {
            var slug = item.Slug("slug", required: true);
            var name = item.String("name", required: true);
            var start = item.Year("start", required: true);
            var end = item.Year("end");
            var summary = item.String("summary");
            item.RejectUnknown();
            if (slug is not null && !seen.Add(slug))
            {
                context.Report(item.LineOf("slug"), $"duplicate era slug '{slug}'");
            }

            if (start is { } s && end is { } e && e < s)
            {
                context.Report(item.LineOf("end"), $"era '{slug}': end {e} is before start {s}");
            }
            else if (slug is not null && name is not null && start is not null)
            {
                eras.Add(new EraRecord(slug, name, start.Value, end, summary));
            }
        }

        reader.RejectUnknown();
        return eras;
    }

    /// <summary>Reads the resource taxonomy; problems go to <paramref name="diagnostics"/>.</summary>
    public static IReadOnlyList<ResourceRecord> ReadResources(string file, string yaml, List<Diagnostic> diagnostics)
    {
        var context = new ReadContext(file, 1, diagnostics);
        var root = context.ParseRoot(yaml);
        if (root is null)
        {
            return [];
        }

        var reader = new MapReader(root, context, "resources");
        var resources = new List<ResourceRecord>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in reader.List("resources", required: true, i => $"resource {i}"))
        {
            var slug = item.Slug("slug", required: true);
            var name = item.String("name", required: true);
            var kind = item.String("kind", required: true);
            item.RejectUnknown();
            if (slug is not null && !seen.Add(slug))
            {
                context.Report(item.LineOf("slug"), $"duplicate resource slug '{slug}'");
            }
            else if (kind is not null && !ResourceKinds.Contains(kind))
            {
                context.Report(item.LineOf("kind"), $"resource '{slug}': kind '{kind}' is not one of {string.Join(", ", ResourceKinds)}");
            }
            else if (slug is not null && name is not null && kind is not null)
            {
                resources.Add(new ResourceRecord(slug, name, kind));
            }
        }

        reader.RejectUnknown();
        return resources;
    }

    /// <summary>The indicator kinds: a count at a moment, or an amount in a year.</summary>
    public static readonly IReadOnlySet<string> IndicatorKinds = new HashSet<string>(["stock", "flow"], StringComparer.Ordinal);

    /// <summary>Reads the indicators; problems go to <paramref name="diagnostics"/>.</summary>
    public static IReadOnlyList<IndicatorRecord> ReadIndicators(string file, string yaml, List<Diagnostic> diagnostics)
    {
        var context = new ReadContext(file, 1, diagnostics);
        var root = context.ParseRoot(yaml);
        if (root is null)
        {
            return [];
        }

        var reader = new MapReader(root, context, "indicators");
        var indicators = new List<IndicatorRecord>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in reader.List("indicators", required: true, i => $"indicator {i}"))
        {
            var slug = item.Slug("slug", required: true);
            var name = item.String("name", required: true);
            var unit = item.String("unit", required: true);
            var kind = item.String("kind", required: true);
            item.RejectUnknown();
            if (slug is not null && !seen.Add(slug))
            {
                context.Report(item.LineOf("slug"), $"duplicate indicator slug '{slug}'");
            }
            else if (unit is not null && !Units.StoredUnits.Contains(unit))
            {
                context.Report(item.LineOf("unit"), $"indicator '{slug}': unit '{unit}' is not one of {string.Join(", ", Units.StoredUnits)}");
            }
            else if (kind is not null && !IndicatorKinds.Contains(kind))
            {
                context.Report(item.LineOf("kind"), $"indicator '{slug}': kind '{kind}' is not one of stock, flow");
            }
            else if (slug is not null && name is not null && unit is not null && kind is not null)
            {
                indicators.Add(new IndicatorRecord(slug, name, unit, kind));
            }
        }

        reader.RejectUnknown();
        return indicators;
    }
}
