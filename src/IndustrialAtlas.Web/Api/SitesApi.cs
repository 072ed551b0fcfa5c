using IndustrialAtlas.Web.Sites;
using IndustrialAtlas.Web.Store;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IndustrialAtlas.Web.Api;

/// <summary>
/// <c>/api/sites</c> and <c>/api/sites.csv</c>: the sites of the official lists with their place, precision, years,
/// lists and sources (DESIGN.md §4), filtered as <c>/sites</c> is; and <c>/api/atlas/sites.json</c>, every site the map's
/// layer can show, with the year it appears from on each list, from which the script redraws any year.
/// </summary>
public static class SitesApi
{
    public sealed record YearsOut(int? Construction, bool ConstructionApproximate, int? Production, bool ProductionApproximate, int? Closed, bool ClosedApproximate);

    public sealed record ListingOut(string Slug, string? Sector, string? Number, int? Batch, int? Year, string Support);

    public sealed record SiteOut(
        string Slug, string Name, string? NameZh, string? Pinyin, string Kind, string? City, string Province, string? CityName, string? County, string? PlaceZh,
        double? Lat, double? Lon, string? Precision, YearsOut Years, IReadOnlyList<ListingOut> Lists, string Note, IReadOnlyList<SourceRow> Sources);

    /// <summary>A site as the map's script draws it: where, what, and from which year on each of its lists.</summary>
    public sealed record MapSite(string Slug, string Name, string? NameZh, string Kind, string Group, double Lat, double Lon, string Precision,
        IReadOnlyDictionary<string, int> From, IReadOnlyDictionary<string, string> Support);

    public sealed record MapSites(IReadOnlyList<MapList> Lists, IReadOnlyList<MapSite> Sites);

    public sealed record MapList(string Slug, string Name, string InSentence, string NameZh);

    public static RouteGroupBuilder MapSitesApi(this RouteGroupBuilder api)
    {
        api.MapRead("/sites", ListAsync);
        api.MapRead("/sites.csv", CsvAsync).Produces<string>(StatusCodes.Status200OK, "text/csv");
        api.MapRead("/atlas/sites.json", MapAsync);
        return api;
    }

    private static async Task<(IReadOnlyList<SiteData.SiteItem> Sites, ProblemHttpResult? Problem)> SitesAsync(HttpContext http, AtlasDbContext db, CancellationToken ct)
    {
        var data = await SiteData.LoadAsync(db, ct);
        var (filter, problems) = SiteFilter.Parse(http.Request.Query, data);
        return problems.Count > 0
            ? ([], TypedResults.Problem(string.Join(' ', problems), statusCode: StatusCodes.Status400BadRequest, title: "These sites cannot be listed"))
            : ([.. filter.Apply(data.Sites)], null);
    }

    private static async Task<Results<Ok<List<SiteOut>>, ProblemHttpResult>> ListAsync(HttpContext http, AtlasDbContext db, CancellationToken ct)
    {
        var (sites, problem) = await SitesAsync(http, db, ct);
        return problem is not null ? problem : TypedResults.Ok(sites.Select(Out).ToList());
    }

    private static SiteOut Out(SiteData.SiteItem s) => new(s.Slug, s.Name, s.NameZh, s.Pinyin, s.Kind, s.City, s.Place.Province, s.Place.City, s.Place.County, s.Place.Chinese,
        s.Lat, s.Lon, s.Precision,
        new YearsOut(s.Years.Construction, s.Years.ConstructionApproximate, s.Years.Production, s.Years.ProductionApproximate, s.Years.Closed, s.Years.ClosedApproximate),
        [.. s.Lists.Select(l => new ListingOut(l.Slug, l.Sector, l.Number, l.Batch, l.Year, l.Support))], s.Note, s.Sources);

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> CsvAsync(HttpContext http, AtlasDbContext db, CancellationToken ct)
    {
        var (sites, problem) = await SitesAsync(http, db, ct);
        if (problem is not null)
        {
            return problem;
        }

        return Csv.File("industrial-atlas-sites.csv",
            ["slug", "name", "name_zh", "kind", "city", "province", "city_name", "county", "place_zh", "lat", "lon", "precision", "construction", "production", "closed",
             "lists", "support", "note", "sources", "edition"],
            sites.Select(s => new object?[]
            {
                s.Slug, s.Name, s.NameZh, s.Kind, s.City, s.Place.Province, s.Place.City, s.Place.County, s.Place.Chinese, s.Lat, s.Lon, s.Precision,
                Year(s.Years.Construction, s.Years.ConstructionApproximate), Year(s.Years.Production, s.Years.ProductionApproximate), Year(s.Years.Closed, s.Years.ClosedApproximate),
                string.Join(" | ", s.Lists.Select(l => string.Join(" ", new[] { l.Slug, l.Batch is null ? null : $"batch {l.Batch}", l.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture), l.Sector, l.Number is null ? null : "no. " + l.Number }.OfType<string>()))),
                string.Join(" | ", s.Lists.Select(l => $"{l.Slug}: {l.Support}")),
                s.Note,
                string.Join(" | ", s.Sources.Select(x => string.Join(", ", new[] { x.Author, x.Title, x.Publisher, x.Published, x.Url, x.ReadAt is null ? null : "read at " + x.ReadAt }.OfType<string>()))),
                db.EditionId,
            }));
    }

    /// <summary>A year as content writes it: "1956", "~1956" when approximate.</summary>
    private static string? Year(int? year, bool approximate) => year is null ? null : (approximate ? "~" : "") + year.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<Ok<MapSites>> MapAsync(AtlasDbContext db, CancellationToken ct)
    {
        var data = await SiteData.LoadAsync(db, ct);
        return TypedResults.Ok(new MapSites(
            [.. data.Lists.Select(l => new MapList(l.Slug, l.Name, l.InSentence, l.NameZh))],
            [.. data.Sites.Where(s => s.Lat is not null).Select(s => new MapSite(s.Slug, s.Name, s.NameZh, s.Kind, s.Group, s.Lat!.Value, s.Lon!.Value, s.Precision!,
                s.Lists.Where(l => data.List(l.Slug) is not null).ToDictionary(l => l.Slug, l => s.ShownFrom(data.List(l.Slug)!)),
                s.Lists.ToDictionary(l => l.Slug, l => l.Support)))]));
    }
}
