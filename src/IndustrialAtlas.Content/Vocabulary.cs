namespace IndustrialAtlas.Content;

/// <summary>The era and resource slugs a city profile may refer to.</summary>
public sealed record Vocabulary(IReadOnlySet<string> EraSlugs, IReadOnlySet<string> ResourceSlugs)
{
    /// <summary>Builds the vocabulary from the taxonomies.</summary>
    public static Vocabulary From(IEnumerable<EraRecord> eras, IEnumerable<ResourceRecord> resources) =>
        new(eras.Select(e => e.Slug).ToHashSet(StringComparer.Ordinal), resources.Select(r => r.Slug).ToHashSet(StringComparer.Ordinal));
}
