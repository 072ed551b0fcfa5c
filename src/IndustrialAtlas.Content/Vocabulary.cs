namespace IndustrialAtlas.Content;

/// <summary>The eras, resources and indicators a city profile may refer to.</summary>
public sealed record Vocabulary(IReadOnlySet<string> EraSlugs, IReadOnlySet<string> ResourceSlugs)
{
    /// <summary>The eras by slug, for the span checks of phases and claims.</summary>
    public IReadOnlyDictionary<string, EraRecord> Eras { get; init; } = new Dictionary<string, EraRecord>();

    /// <summary>The indicators by slug.</summary>
    public IReadOnlyDictionary<string, IndicatorRecord> Indicators { get; init; } = new Dictionary<string, IndicatorRecord>();

    /// <summary>The hosts whose pages are weak sources (<c>weak-hosts.yml</c>).</summary>
    public WeakHosts WeakHosts { get; init; } = WeakHosts.None;

    /// <summary>Builds the vocabulary from the taxonomies.</summary>
    public static Vocabulary From(IEnumerable<EraRecord> eras, IEnumerable<ResourceRecord> resources, IEnumerable<IndicatorRecord>? indicators = null)
    {
        var eraList = eras.ToList();
        return new(eraList.Select(e => e.Slug).ToHashSet(StringComparer.Ordinal), resources.Select(r => r.Slug).ToHashSet(StringComparer.Ordinal))
        {
            Eras = eraList.DistinctBy(e => e.Slug).ToDictionary(e => e.Slug, StringComparer.Ordinal),
            Indicators = (indicators ?? []).DistinctBy(i => i.Slug).ToDictionary(i => i.Slug, StringComparer.Ordinal),
        };
    }
}
