namespace IndustrialAtlas.Content;

/// <summary>
/// An official list of sites (the 156 projects, the national industrial heritage list): who issued it, how its count is
/// arrived at, its batches, and the sources of the file that holds it. Source ids are local to that file.
/// </summary>
/// <param name="Slug">The list's slug, used in URLs: <c>soviet-156</c>, <c>industrial-heritage</c>.</param>
/// <param name="Name">Its English name.</param>
/// <param name="NameZh">Its Chinese name as published.</param>
/// <param name="Issuer">Who issued or agreed it.</param>
/// <param name="Start">The year the list's sites are shown from on the map when a site gives no year of its own.</param>
/// <param name="Note">How the list came about and how its count is arrived at, in our own words.</param>
/// <param name="SourceIds">The sources of the list itself.</param>
/// <param name="Batches">The batches it was published in, where it was (the heritage list).</param>
/// <param name="Sources">Every source of the file, for the list and its sites.</param>
/// <param name="File">The content file, relative to the content folder.</param>
public sealed record SiteListRecord(
    string Slug,
    string Name,
    string NameZh,
    string Issuer,
    AtlasYear Start,
    string Note,
    IReadOnlyList<string> SourceIds,
    IReadOnlyList<ListBatchRecord> Batches,
    IReadOnlyList<SourceRecord> Sources,
    string File)
{
    /// <summary>The note in Chinese (<c>zh/sites/&lt;list&gt;.yml</c>), when written.</summary>
    public string? NoteChinese { get; init; }
}

/// <summary>One published batch of a list: its number, year, how many items it named, and the notice that published it.</summary>
public sealed record ListBatchRecord(int Batch, int Year, int Count, string? SourceId);

/// <summary>What one list says of one site: the sector and number (the 156 projects), the batch and year (the heritage list).</summary>
/// <param name="ListSlug">The list.</param>
/// <param name="Sector">The sector the list counts it under.</param>
/// <param name="Number">Its number: a factory's number (<c>112</c>) or its item number in the list.</param>
/// <param name="Batch">The batch that named it.</param>
/// <param name="Year">The year it was put on the list.</param>
/// <param name="Support">How well its sources bear out that the list names it.</param>
public sealed record SiteListingRecord(string ListSlug, string? Sector, string? Number, int? Batch, int? Year, Support Support);

/// <summary>Where a site is, in the words of its source: province, city (prefecture) and county or district.</summary>
/// <param name="Province">The province, autonomous region or municipality.</param>
/// <param name="City">The city (prefecture), when the source names one.</param>
/// <param name="County">The county or district, when the source names one.</param>
/// <param name="Chinese">The same place as its source writes it in Chinese (<c>重庆市九龙坡区</c>), for the Chinese pages; null until written.</param>
public sealed record SitePlace(string Province, string? City, string? County, string? Chinese = null);

/// <summary>Where a site stands on the map, and how precisely its source places it.</summary>
/// <param name="Latitude">Decimal degrees.</param>
/// <param name="Longitude">Decimal degrees.</param>
/// <param name="Precision"><c>exact</c>, <c>town</c>, <c>county</c> or <c>city</c>: never more than the source gives.</param>
/// <param name="Source">The source that gives the place.</param>
public sealed record SiteLocation(double Latitude, double Longitude, string Precision, SourceRecord Source);

/// <summary>
/// One works, mine, power station, railway or plant on an official list. A site without <see cref="Location"/> is one no
/// source places closely enough to draw: it is listed, never drawn. A site on two lists may be written in the file of
/// each; the entries are one site (<see cref="SiteFiles"/>), and its sources are those of every entry.
/// </summary>
public sealed record SiteRecord(
    string Slug,
    string Name,
    string? NameZh,
    string? Pinyin,
    string Kind,
    string? CitySlug,
    SitePlace Place,
    SiteLocation? Location,
    AtlasYear? Construction,
    AtlasYear? Production,
    AtlasYear? Closed,
    IReadOnlyList<SiteListingRecord> Lists,
    string Note,
    IReadOnlyList<SourceRecord> Sources,
    string File)
{
    /// <summary>The note in Chinese (<c>zh/sites/&lt;list&gt;.yml</c>, each list's in file order where it is on two), when written.</summary>
    public string? NoteChinese { get; init; }
}

/// <summary>The words of a site's location precision, from the most to the least precise.</summary>
public static class SitePrecision
{
    /// <summary>Every precision, best first.</summary>
    public static readonly IReadOnlyList<string> All = ["exact", "town", "county", "city"];

    /// <summary>The rank of a precision: 0 for exact, larger for coarser.</summary>
    public static int Rank(string precision) => All.ToList().IndexOf(precision);
}

/// <summary>The kinds of site, each with the symbol group the map draws it with.</summary>
public static class SiteKinds
{
    /// <summary>Each kind and its group: metal, energy, mining, engineering, light, transport.</summary>
    public static readonly IReadOnlyDictionary<string, string> Groups = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["steelworks"] = "metal",
        ["ironworks"] = "metal",
        ["nonferrous-works"] = "metal",
        ["power-station"] = "energy",
        ["hydropower"] = "energy",
        ["oil-field"] = "energy",
        ["oil-refinery"] = "energy",
        ["coal-mine"] = "mining",
        ["mine"] = "mining",
        ["salt-works"] = "mining",
        ["machinery-plant"] = "engineering",
        ["military-plant"] = "engineering",
        ["chemical-plant"] = "engineering",
        ["pharmaceutical-plant"] = "engineering",
        ["plant"] = "engineering",
        ["textile-mill"] = "light",
        ["food-plant"] = "light",
        ["winery"] = "light",
        ["porcelain-works"] = "light",
        ["paper-mill"] = "light",
        ["shipyard"] = "transport",
        ["railway"] = "transport",
    };
}
