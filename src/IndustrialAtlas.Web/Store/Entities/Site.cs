using IndustrialAtlas.Content;

namespace IndustrialAtlas.Web.Store.Entities;

/// <summary>An official list of sites (the 156 projects, the national industrial heritage list).</summary>
public sealed class SiteList : EditionScoped
{
    public required string Slug { get; set; }

    public int Position { get; set; }

    public required string Name { get; set; }

    public required string NameZh { get; set; }

    public required string Issuer { get; set; }

    /// <summary>The year a site of the list is shown from when it gives none of its own.</summary>
    public int Start { get; set; }

    public required string Note { get; set; }

    /// <summary>The note in Chinese; null until it is written.</summary>
    public string? NoteZh { get; set; }

    /// <summary>The list's own sources, as <see cref="SourceRow"/>s in JSON: read whole with the list, never queried.</summary>
    public required string SourcesJson { get; set; }

    /// <summary>The batches it was published in (batch, year, count, the notice as a source), in JSON.</summary>
    public required string BatchesJson { get; set; }
}

/// <summary>One works, mine, power station, railway or plant on an official list.</summary>
public sealed class Site : EditionScoped
{
    public required string Slug { get; set; }

    public int Position { get; set; }

    public required string Name { get; set; }

    public string? NameZh { get; set; }

    public string? Pinyin { get; set; }

    public required string Kind { get; set; }

    /// <summary>The profiled city it belongs to, by slug; null when its city has no profile.</summary>
    public string? CitySlug { get; set; }

    public required string Province { get; set; }

    /// <summary>The city (prefecture) as its source names it.</summary>
    public string? CityName { get; set; }

    public string? County { get; set; }

    /// <summary>The place as its source writes it in Chinese (<c>重庆市九龙坡区</c>); null until written.</summary>
    public string? PlaceZh { get; set; }

    /// <summary>Null for a site no source places closely enough to draw.</summary>
    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    /// <summary>exact, town, county or city.</summary>
    public string? Precision { get; set; }

    public int? Construction { get; set; }

    public bool ConstructionApproximate { get; set; }

    public int? Production { get; set; }

    public bool ProductionApproximate { get; set; }

    public int? Closed { get; set; }

    public bool ClosedApproximate { get; set; }

    public required string Note { get; set; }

    /// <summary>The note in Chinese; null until it is written.</summary>
    public string? NoteZh { get; set; }

    /// <summary>The site's sources as <see cref="SourceRow"/>s in JSON, the one that places it first.</summary>
    public required string SourcesJson { get; set; }

    /// <summary>Whether the first of <see cref="SourcesJson"/> is the source of the site's place.</summary>
    public bool LocatedByFirstSource { get; set; }

    public List<SiteListing> Listings { get; set; } = [];
}

/// <summary>What one list says of one site.</summary>
public sealed class SiteListing : EditionScoped
{
    public int SiteId { get; set; }

    public required string ListSlug { get; set; }

    public string? Sector { get; set; }

    public string? Number { get; set; }

    public int? Batch { get; set; }

    public int? Year { get; set; }

    /// <summary>How well the sources bear out that the list names the site.</summary>
    public Support Support { get; set; }
}
