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
        api.MapGet("/atlas.geojson", GeoJsonAsync);
        api.MapGet("/atlas/data.json", DataAsync);
        return api;
    }

    private static async Task<IResult> GeoJsonAsync(HttpContext http, AtlasDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var (query, problems) = AtlasQuery.Parse(http.Request.Query);
        var data = await AtlasData.LoadAsync(db, clock.GetUtcNow().Year, ct);
        problems = [.. problems, .. data.Check(query)];
        if (problems.Count > 0)
        {
            return Results.Problem(string.Join(' ', problems.Select(p => p.Message)), statusCode: StatusCodes.Status400BadRequest,
                title: "This map view cannot be shown", extensions: new Dictionary<string, object?> { ["validView"] = "/api/atlas.geojson" + query.Without(problems).ToQueryString() });
        }

        var features = data.Shown(query).Select(s => new Feature("Feature",
            new Geometry("Point", [s.City.Lon, s.City.Lat]),
            new FeatureProperties(s.City.Slug, s.City.Name, s.City.NameZh, s.NameThen, s.Phase.Era, s.Phase.Title, s.City.Resources))).ToList();
        return Results.Json(new GeoJsonDocument("FeatureCollection", data.YearOf(query), features), contentType: "application/geo+json");
    }

    private static async Task<IResult> DataAsync(AtlasDbContext db, TimeProvider clock, CancellationToken ct) =>
        Results.Ok(await AtlasData.LoadAsync(db, clock.GetUtcNow().Year, ct));
}
