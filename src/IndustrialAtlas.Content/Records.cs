namespace IndustrialAtlas.Content;

/// <summary>How well a claim is backed by sources. The four values are part of the public contract.</summary>
public enum Support
{
    /// <summary>Reliable sources agree with it (a nuance may be noted).</summary>
    Supported,

    /// <summary>Sources give a different figure or date, or it is only partly true.</summary>
    Disputed,

    /// <summary>No evidence found, or it cannot be checked.</summary>
    Unsupported,

    /// <summary>Contradicted by sources.</summary>
    False,
}

/// <summary>Where a claim comes from.</summary>
public enum ClaimOrigin
{
    /// <summary>A statement taken from one of the source essays.</summary>
    Essay,

    /// <summary>A statement the atlas added from its own research.</summary>
    Research,
}

/// <summary>A national period shared by all cities.</summary>
public sealed record EraRecord(string Slug, string Name, AtlasYear Start, AtlasYear? End, string? Summary)
{
    /// <summary>The era's Chinese name and summary (<c>zh/eras.yml</c>), when written.</summary>
    public TermChinese? Chinese { get; init; }
}

/// <summary>An entry of the shared resource taxonomy.</summary>
public sealed record ResourceRecord(string Slug, string Name, string Kind)
{
    /// <summary>The resource's Chinese name (<c>zh/resources.yml</c>), when written.</summary>
    public TermChinese? Chinese { get; init; }
}

/// <summary>A quantity that series measure, in the unit the atlas stores it in.</summary>
/// <param name="Slug">The indicator's slug, e.g. <c>crude-steel</c>.</param>
/// <param name="Name">Its name for readers.</param>
/// <param name="Unit">The stored unit: <c>people</c>, <c>t</c>, <c>m3</c>, <c>yuan</c>, <c>vehicles</c> or <c>kWh</c>.</param>
/// <param name="Kind"><c>stock</c> (a count at a moment) or <c>flow</c> (an amount in a year).</param>
public sealed record IndicatorRecord(string Slug, string Name, string Unit, string Kind)
{
    /// <summary>The indicator's Chinese name (<c>zh/indicators.yml</c>), when written.</summary>
    public TermChinese? Chinese { get; init; }
}

/// <summary>One figure of a series: a year, its value in the indicator's unit, and the source that gives it.</summary>
/// <param name="Year">The year the figure describes.</param>
/// <param name="Value">The figure, converted to the indicator's unit.</param>
/// <param name="Approximate">Whether the source calls the figure approximate (<c>~</c> in content).</param>
/// <param name="SourceId">The source of this point: its own, or the series'.</param>
/// <param name="Note">A remark on this point.</param>
public sealed record SeriesPointRecord(AtlasYear Year, double Value, bool Approximate, string SourceId, string? Note);

/// <summary>One indicator for one thing counted, from one source (or one per point), over the years.</summary>
/// <param name="IndicatorSlug">What is measured.</param>
/// <param name="Scope">What the figures count (a works, the city's area); null when it is the city.</param>
/// <param name="Unit">The unit the content wrote the figures in (the values are already converted).</param>
/// <param name="SourceId">The series' own source, or null when every point names its own.</param>
/// <param name="Note">A remark on the series.</param>
/// <param name="Points">The figures, in year order.</param>
public sealed record SeriesRecord(
    string IndicatorSlug,
    string? Scope,
    string Unit,
    string? SourceId,
    string? Note,
    IReadOnlyList<SeriesPointRecord> Points)
{
    /// <summary>The series' Chinese scope and note, when written.</summary>
    public SeriesChinese? Chinese { get; init; }
}

/// <summary>A name a city was known by, and when.</summary>
public sealed record FormerName(string Name, string? NameZh, AtlasYear? From, AtlasYear? To);

/// <summary>A population figure with the year it describes and the source id behind it.</summary>
public sealed record Population(long Value, AtlasYear Year, string SourceId);

/// <summary>One period of one city's own history, belonging to a national era.</summary>
public sealed record PhaseRecord(string Title, AtlasYear Start, AtlasYear? End, string EraSlug, string? Summary)
{
    /// <summary>The phase's Chinese title and summary, when written.</summary>
    public PhaseChinese? Chinese { get; init; }
}

/// <summary>A city's resource with its figure and what backs it.</summary>
public sealed record CityResourceRecord(
    string ResourceSlug,
    decimal? Figure,
    string? Unit,
    AtlasYear? Year,
    AtlasYear? Since,
    AtlasYear? Until,
    string? Note,
    IReadOnlyList<string> SourceIds,
    string? ClaimId)
{
    /// <summary>The resource's Chinese unit and note, when written.</summary>
    public ResourceChinese? Chinese { get; init; }
}

/// <summary>One checkable statement with its support and sources.</summary>
public sealed record ClaimRecord(
    string Id,
    string Text,
    Support Support,
    string? Note,
    ClaimOrigin Origin,
    AtlasYear? Year,
    string? EraSlug,
    string? ResourceSlug,
    IReadOnlyList<string> SourceIds)
{
    /// <summary>The claim's Chinese statement and note, when written.</summary>
    public ClaimChinese? Chinese { get; init; }
}

/// <summary>A source a reader can look up. Ids are local to the city file that lists it.</summary>
public sealed record SourceRecord(
    string Id,
    string Title,
    string? Publisher,
    string? Author,
    Uri? Url,
    DateOnly? Accessed,
    string Kind)
{
    /// <summary>The address of the copy the document was read in, where it could not be opened at its publisher.</summary>
    public Uri? ReadAt { get; init; }

    /// <summary>The document's date as published: a year, <c>yyyy-mm</c> or <c>yyyy-mm-dd</c>.</summary>
    public string? Published { get; init; }
}

/// <summary>One city profile: the front matter as records and the body rendered to safe HTML.</summary>
public sealed record CityProfile(
    string Slug,
    string Name,
    string NameZh,
    string Pinyin,
    string Province,
    double Latitude,
    double Longitude,
    IReadOnlyList<FormerName> FormerNames,
    Population Population,
    string Summary,
    IReadOnlyList<PhaseRecord> Phases,
    IReadOnlyList<CityResourceRecord> Resources,
    IReadOnlyList<ClaimRecord> Claims,
    IReadOnlyList<SourceRecord> Sources,
    string BodyHtml,
    string File)
{
    /// <summary>The city's numbers over time, in the order the profile lists them.</summary>
    public IReadOnlyList<SeriesRecord> Series { get; init; } = [];

    /// <summary>The city's Chinese summary and body (<c>zh/cities/&lt;slug&gt;.md</c>), when written.</summary>
    public CityChinese? Chinese { get; init; }
}

/// <summary>The whole content set: taxonomies and every city.</summary>
/// <param name="Eras">The national eras.</param>
/// <param name="Resources">The resource taxonomy.</param>
/// <param name="Cities">Every city profile, ordered by file name.</param>
/// <param name="Fingerprint">A short hash of every content file; equal sets give equal fingerprints.</param>
public sealed record ContentSet(
    IReadOnlyList<EraRecord> Eras,
    IReadOnlyList<ResourceRecord> Resources,
    IReadOnlyList<CityProfile> Cities,
    string Fingerprint)
{
    /// <summary>The indicators series measure.</summary>
    public IReadOnlyList<IndicatorRecord> Indicators { get; init; } = [];

    /// <summary>The official lists of sites (<c>sites/*.yml</c>), ordered by file name.</summary>
    public IReadOnlyList<SiteListRecord> SiteLists { get; init; } = [];

    /// <summary>The sites of every list, in file order.</summary>
    public IReadOnlyList<SiteRecord> Sites { get; init; } = [];
}

/// <summary>The words the atlas uses for support values, in URLs, JSON and badges.</summary>
public static class SupportWords
{
    /// <summary>Every support value in reading order, from best to worst backed.</summary>
    public static readonly IReadOnlyList<Support> All = [Support.Supported, Support.Disputed, Support.Unsupported, Support.False];

    /// <summary>The contract word: <c>supported</c>, <c>disputed</c>, <c>unsupported</c> or <c>false</c>.</summary>
    public static string ToWord(this Support support) => support switch
    {
        Support.Supported => "supported",
        Support.Disputed => "disputed",
        Support.Unsupported => "unsupported",
        Support.False => "false",
        _ => throw new ArgumentOutOfRangeException(nameof(support)),
    };

    /// <summary>
    /// The colour of a support value's badge: site.css's <c>--supported</c>, <c>--disputed</c>, <c>--unsupported</c> and
    /// <c>--false</c> (a test keeps them equal), for what the server draws itself (the claim card picture).
    /// </summary>
    public static string Colour(this Support support) => support switch
    {
        Support.Supported => "#1a7f37",
        Support.Disputed => "#9a6700",
        Support.Unsupported => "#57606a",
        Support.False => "#cf222e",
        _ => throw new ArgumentOutOfRangeException(nameof(support)),
    };

    /// <summary>Reads a contract word back; false for anything else.</summary>
    public static bool TryParse(string? word, out Support support)
    {
        foreach (var value in All)
        {
            if (value.ToWord() == word)
            {
                support = value;
                return true;
            }
        }

        support = default;
        return false;
    }
}
