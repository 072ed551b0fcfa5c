using System.Runtime.CompilerServices;
using IndustrialAtlas.Content;
using IndustrialAtlas.Web.Store;
using Microsoft.EntityFrameworkCore;

namespace IndustrialAtlas.Web.Sites;

/// <summary>
/// Every official list and site of one edition, read in one projection: a few hundred rows, so the index, a site's page,
/// the API, the CSV and the map's layer filter them in memory rather than asking the store again.
/// </summary>
public sealed record SiteData(IReadOnlyList<SiteData.ListItem> Lists, IReadOnlyList<SiteData.SiteItem> Sites)
{
    /// <summary>An official list: who issued it, how its count is arrived at, its batches and sources.</summary>
    public sealed record ListItem(string Slug, string Name, string NameZh, string Issuer, int Start, string Note, IReadOnlyList<SourceRow> Sources, IReadOnlyList<SiteBatchRow> Batches)
    {
        /// <summary>The note in Chinese, when written.</summary>
        public string? NoteZh { get; init; }

        /// <summary>The list's name inside a sentence: "the 156 projects", "the national industrial heritage list".</summary>
        public string InSentence => Name.StartsWith("The ", StringComparison.Ordinal) ? "the " + Name[4..] : "the " + char.ToLowerInvariant(Name[0]) + Name[1..];
    }

    /// <summary>What one list says of a site, and how well the sources bear it out (a support word).</summary>
    public sealed record ListingItem(string Slug, string? Sector, string? Number, int? Batch, int? Year, string Support);

    /// <summary>The years a source gives: work began, production began, closed or converted.</summary>
    public sealed record YearsItem(int? Construction, bool ConstructionApproximate, int? Production, bool ProductionApproximate, int? Closed, bool ClosedApproximate);

    /// <summary>Where a site is, as its source names it.</summary>
    public sealed record PlaceItem(string Province, string? City, string? County, string? Chinese);

    /// <summary>One site: names, kind and its symbol group, city, place and how precisely it is placed, years, lists, note, sources.</summary>
    public sealed record SiteItem(
        string Slug, string Name, string? NameZh, string? Pinyin, string Kind, string Group, string? City, PlaceItem Place,
        double? Lat, double? Lon, string? Precision, YearsItem Years, IReadOnlyList<ListingItem> Lists, string Note,
        IReadOnlyList<SourceRow> Sources, bool LocatedByFirstSource)
    {
        /// <summary>The note in Chinese, when written.</summary>
        public string? NoteZh { get; init; }

        /// <summary>The source that places the site, or null for a site no source places.</summary>
        public SourceRow? LocationSource => LocatedByFirstSource ? Sources[0] : null;

        /// <summary>Whether the site is on <paramref name="list"/>.</summary>
        public bool IsOn(string list) => Lists.Any(l => l.Slug == list);

        /// <summary>
        /// The year the map shows the site from, under one list: the year the list named it where the list has years of
        /// its own (a heritage designation), else the year work began (or production, where only that is known), else
        /// the list's own first year.
        /// </summary>
        public int ShownFrom(ListItem list) =>
            Lists.FirstOrDefault(l => l.Slug == list.Slug)?.Year ?? Years.Construction ?? Years.Production ?? list.Start;

        /// <summary>
        /// The year work on the site began, as far as the atlas knows it: the year of construction (or of production,
        /// where only that is known), else the first year of a list of projects it is on (one without batches of
        /// designation: the 156 projects from 1953). Null for a site known only from a heritage list.
        /// </summary>
        public int? Began(SiteData data)
        {
            ArgumentNullException.ThrowIfNull(data);
            return Years.Construction ?? Years.Production
                ?? Lists.Where(l => l.Batch is null && l.Year is null).Select(l => data.List(l.Slug)?.Start).Min();
        }

        /// <summary>"Work began 1953 · production c. 1956 · closed 2010", or null when no year is known.</summary>
        public string? YearsText
        {
            get
            {
                var parts = new List<string>();
                if (Years.Construction is { } c)
                {
                    parts.Add($"work began {AtlasYear.Format(c, Years.ConstructionApproximate)}");
                }

                if (Years.Production is { } p)
                {
                    parts.Add($"production {AtlasYear.Format(p, Years.ProductionApproximate)}");
                }

                if (Years.Closed is { } x)
                {
                    parts.Add($"closed {AtlasYear.Format(x, Years.ClosedApproximate)}");
                }

                return parts.Count == 0 ? null : string.Join(" · ", parts);
            }
        }

        /// <summary>The years for Chinese readers: "1953年开工 · 约1956年投产 · 2010年关闭", or null when no year is known.</summary>
        public string? YearsTextChinese
        {
            get
            {
                var parts = new List<string>();
                if (Years.Construction is { } c)
                {
                    parts.Add(AtlasYear.FormatChinese(c, Years.ConstructionApproximate) + "开工");
                }

                if (Years.Production is { } p)
                {
                    parts.Add(AtlasYear.FormatChinese(p, Years.ProductionApproximate) + "投产");
                }

                if (Years.Closed is { } x)
                {
                    parts.Add(AtlasYear.FormatChinese(x, Years.ClosedApproximate) + "关闭");
                }

                return parts.Count == 0 ? null : string.Join(" · ", parts);
            }
        }

        /// <summary>The place below the province, as the source names it ("Tiexi District, Anshan"); null when only the province is known.</summary>
        public string? LocalPlace => Place.County is null && Place.City is null ? null : string.Join(", ", new[] { Place.County, Place.City }.OfType<string>());

        /// <summary>"Tiexi District, Anshan, Liaoning".</summary>
        public string PlaceText => string.Join(", ", new[] { Place.County, Place.City, Place.Province }.OfType<string>());
    }

    /// <summary>The list by slug, or null.</summary>
    public ListItem? List(string? slug) => Lists.FirstOrDefault(l => l.Slug == slug);

    /// <summary>The site by slug, or null.</summary>
    public SiteItem? Site(string slug) => Sites.FirstOrDefault(s => s.Slug == slug);

    /// <summary>What the map's filters offer: the lists (slug and name) and the kinds of site in the edition.</summary>
    public sealed record Choices(IReadOnlyList<(string Slug, string Name, string NameZh)> Lists, IReadOnlyList<string> Kinds)
    {
        public static Choices Of(SiteData data) => new([.. data.Lists.Select(l => (l.Slug, l.Name, l.NameZh))], [.. data.Sites.Select(s => s.Kind).Distinct().Order(StringComparer.Ordinal)]);

        /// <summary>Two small queries, for a map that shows no sites: it never reads the sites themselves.</summary>
        public static async Task<Choices> ReadAsync(AtlasDbContext db, CancellationToken ct)
        {
            var lists = await db.SiteLists.AsNoTracking().OrderBy(l => l.Position).Select(l => new { l.Slug, l.Name, l.NameZh }).ToListAsync(ct);
            var kinds = await db.Sites.AsNoTracking().Select(s => s.Kind).Distinct().ToListAsync(ct);
            return new([.. lists.Select(l => (l.Slug, l.Name, l.NameZh))], [.. kinds.Order(StringComparer.Ordinal)]);
        }
    }

    private static readonly ConditionalWeakTable<AtlasDbContext, SiteData> Loaded = [];

    /// <summary>The pinned edition's lists and sites, read once per context (that is, once per request).</summary>
    public static async Task<SiteData> LoadAsync(AtlasDbContext db, CancellationToken ct)
    {
        if (Loaded.TryGetValue(db, out var loaded) && loaded.Edition == db.EditionId)
        {
            return loaded;
        }

        var lists = await db.SiteLists.AsNoTracking().OrderBy(l => l.Position)
            .Select(l => new { l.Slug, l.Name, l.NameZh, l.Issuer, l.Start, l.Note, l.NoteZh, l.SourcesJson, l.BatchesJson }).ToListAsync(ct);
        var sites = await db.Sites.AsNoTracking().AsSplitQuery().OrderBy(s => s.Name).ThenBy(s => s.Slug).Select(s => new
        {
            s.Slug,
            s.Name,
            s.NameZh,
            s.Pinyin,
            s.Kind,
            s.CitySlug,
            s.Province,
            s.CityName,
            s.County,
            s.PlaceZh,
            s.Latitude,
            s.Longitude,
            s.Precision,
            Years = new YearsItem(s.Construction, s.ConstructionApproximate, s.Production, s.ProductionApproximate, s.Closed, s.ClosedApproximate),
            Lists = s.Listings.OrderBy(l => l.Id).Select(l => new { l.ListSlug, l.Sector, l.Number, l.Batch, l.Year, l.Support }).ToList(),
            s.Note,
            s.NoteZh,
            s.SourcesJson,
            s.LocatedByFirstSource,
        }).ToListAsync(ct);
        var data = new SiteData(
            [.. lists.Select(l => new ListItem(l.Slug, l.Name, l.NameZh, l.Issuer, l.Start, l.Note, SiteJson.Sources(l.SourcesJson), SiteJson.Batches(l.BatchesJson)) { NoteZh = l.NoteZh })],
            [.. sites.Select(s => new SiteItem(s.Slug, s.Name, s.NameZh, s.Pinyin, s.Kind, SiteKinds.Groups.GetValueOrDefault(s.Kind, "engineering"), s.CitySlug,
                new PlaceItem(s.Province, s.CityName, s.County, s.PlaceZh), s.Latitude, s.Longitude, s.Precision, s.Years,
                [.. s.Lists.Select(l => new ListingItem(l.ListSlug, l.Sector, l.Number, l.Batch, l.Year, l.Support.ToWord()))],
                s.Note, SiteJson.Sources(s.SourcesJson), s.LocatedByFirstSource) { NoteZh = s.NoteZh })])
        { Edition = db.EditionId };
        Loaded.AddOrUpdate(db, data);
        return data;
    }

    /// <summary>The edition the data was read from.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? Edition { get; init; }
}
