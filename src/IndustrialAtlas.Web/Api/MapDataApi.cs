using IndustrialAtlas.Web.Atlas;
using IndustrialAtlas.Web.Store;

namespace IndustrialAtlas.Web.Api;

/// <summary>
/// <c>/api/atlas.geojson</c>: the map's features for the same query as <c>/</c>; and <c>/api/atlas/data.json</c>:
/// the whole edition's timeline in one response, from which the script redraws any year without a request.
/// </summary>
public static class MapDataApi
{
    public sealed record Geometry(string Type, double[] Coordinates);

    public sealed record FeatureProperties(string Slug, string Name, string NameZh, string NameThen, string Era, string Phase, IReadOnlyList<string> Resources);

    public sealed record Feature(string Type, Geometry Geometry, FeatureProperties Properties);

    public sealed record GeoJsonDocument(string Type, int Year, IReadOnlyList<Feature> Features);

    public static RouteGroupBuilder MapMapDataApi(this RouteGroupBuilder api)
    {
        api.MapRead("/atlas.geojson", GeoJsonAsync);
        api.MapRead("/atlas/data.json", DataAsync);
        api.MapRead("/atlas.csv", CsvAsync);
        return api;
    }

    /// <summary>The view a query asks for, or the 400 problem that says why it cannot be shown.</summary>
    private static async Task<(AtlasData Data, AtlasQuery Query, IResult? Problem)> ViewAsync(HttpContext http, AtlasDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var (query, problems) = AtlasQuery.Parse(http.Request.Query);
        var data = await AtlasData.LoadAsync(db, clock.GetUtcNow().Year, ct);
        problems = [.. problems, .. data.Check(query)];
        return problems.Count == 0 ? (data, query, null) : (data, query, Results.Problem(string.Join(' ', problems.Select(p => p.Message)), statusCode: StatusCodes.Status400BadRequest,
            title: "This map view cannot be shown", extensions: new Dictionary<string, object?> { ["validView"] = http.Request.Path + query.Without(problems).ToQueryString() }));
    }

    private static async Task<IResult> CsvAsync(HttpContext http, AtlasDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var (data, query, problem) = await ViewAsync(http, db, clock, ct);
        if (problem is not null)
        {
            return problem;
        }

        var year = data.YearOf(query);
        return Csv.File($"industrial-atlas-{year}.csv",
            ["slug", "name", "name_zh", "name_then", "province", "lat", "lon", "year", "era", "phase", "resources", "edition"],
            data.Shown(query).Select(s => new object?[]
            {
                s.City.Slug, s.City.Name, s.City.NameZh, s.NameThen, s.City.Province, s.City.Lat, s.City.Lon, year,
                s.Phase.Era, s.Phase.Title, string.Join(';', s.City.Resources), db.EditionId,
            }));
    }

    private static async Task<IResult> GeoJsonAsync(HttpContext http, AtlasDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var (data, query, problem) = await ViewAsync(http, db, clock, ct);
        if (problem is not null)
        {
            return problem;
        }

        var features = data.Shown(query).Select(s => new Feature("Feature",
            new Geometry("Point", [s.City.Lon, s.City.Lat]),
            new FeatureProperties(s.City.Slug, s.City.Name, s.City.NameZh, s.NameThen, s.Phase.Era, s.Phase.Title, s.City.Resources))).ToList();
        return Results.Json(new GeoJsonDocument("FeatureCollection", data.YearOf(query), features), contentType: "application/geo+json");
    }

    private static async Task<IResult> DataAsync(AtlasDbContext db, TimeProvider clock, CancellationToken ct) =>
        Results.Ok(await AtlasData.LoadAsync(db, clock.GetUtcNow().Year, ct));
}
