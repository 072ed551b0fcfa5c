using IndustrialAtlas.Web.Atlas;
using IndustrialAtlas.Web.Settings;
using IndustrialAtlas.Web.Store;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IndustrialAtlas.Web.Api;

/// <summary>
/// <c>/api/atlas.geojson</c>: the map's features for the same query as <c>/</c>; and <c>/api/atlas/data.json</c>:
/// the whole edition's timeline in one response, from which the script redraws any year without a request.
/// </summary>
public static class MapDataApi
{
    public sealed record Geometry(string Type, double[] Coordinates);

    public sealed record FeatureProperties(string Slug, string Name, string NameZh, string NameThen, string Era, string Phase, IReadOnlyList<string> Resources)
    {
        /// <summary>With a measure: the city's latest figure at or before the view's year, in the indicator's unit.</summary>
        [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        public FigureOut? Figure { get; init; }
    }

    public sealed record FigureOut(string Indicator, string Unit, int Year, bool YearApproximate, double Value, bool Approximate, string Label, string Source);

    public sealed record Feature(string Type, Geometry Geometry, FeatureProperties Properties);

    /// <summary>A site of an official list on the view's layer: <c>layer</c> is "site", so a reader tells it from a city.</summary>
    public sealed record SiteProperties(string Layer, string Slug, string Name, string? NameZh, string Kind, string Precision, int From, IReadOnlyList<string> Lists, string Href);

    public sealed record SiteFeature(string Type, Geometry Geometry, SiteProperties Properties);

    /// <summary>The view's features: its cities, then the sites of its layer (when it shows one).</summary>
    public sealed record GeoJsonDocument(string Type, int Year, IReadOnlyList<object> Features);

    public static RouteGroupBuilder MapMapDataApi(this RouteGroupBuilder api)
    {
        api.MapRead("/atlas.geojson", GeoJsonAsync).Produces<GeoJsonDocument>(StatusCodes.Status200OK, "application/geo+json");
        api.MapRead("/atlas/data.json", DataAsync);
        api.MapRead("/atlas.csv", CsvAsync).Produces<string>(StatusCodes.Status200OK, "text/csv");
        return api;
    }

    /// <summary>The view a query asks for, read as the map's page reads it, or the 400 problem that says why it cannot be shown.</summary>
    private static async Task<(AtlasData Data, AtlasQuery Query, SiteLayer? Sites, ProblemHttpResult? Problem)> ViewAsync(HttpContext http, AtlasDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var read = await Pages.Atlas.IndexModel.ReadAsync(db, http.Request.Query, clock.GetUtcNow().Year, AtlasLanguage.English, ct);
        var (data, query, problems) = (read.Data, read.View, read.Problems);
        return problems.Count == 0 ? (data, query, read.Sites, null) : (data, query, null, TypedResults.Problem(string.Join(' ', problems.Select(p => p.Message)), statusCode: StatusCodes.Status400BadRequest,
            title: "This map view cannot be shown", extensions: new Dictionary<string, object?> { ["validView"] = http.Request.Path + query.Without(problems).ToQueryString() }));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> CsvAsync(HttpContext http, AtlasDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var (data, query, _, problem) = await ViewAsync(http, db, clock, ct);
        if (problem is not null)
        {
            return problem;
        }

        var year = data.YearOf(query);
        var years = query.IsRange ? $"{query.From}-{query.To}" : year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var measure = data.MeasureOf(query);
        string[] columns = ["slug", "name", "name_zh", "name_then", "province", "lat", "lon", "year", "era", "phase", "resources"];
        string[] figureColumns = measure is null ? [] : ["measure", "figure", "unit", "figure_year", "figure_approximate", "figure_source"];
        return Csv.File($"industrial-atlas-{years}{(measure is null ? "" : "-" + measure.Slug)}.csv",
            [.. columns, .. figureColumns, "edition"],
            data.Shown(query).Select(s => (IEnumerable<object?>)[
                s.City.Slug, s.City.Name, s.City.NameZh, s.NameThen, s.City.Province, s.City.Lat, s.City.Lon, years,
                s.Phase.Era, s.Phase.Title, string.Join(';', s.City.Resources),
                .. measure is null ? Array.Empty<object?>() : [measure.Slug, s.Figure?.Value, measure.Unit, s.Figure?.Year, s.Figure is null ? null : s.Figure.Approx ? "yes" : "no", s.Figure?.Source],
                db.EditionId,
            ]));
    }

    private static async Task<Results<JsonHttpResult<GeoJsonDocument>, ProblemHttpResult>> GeoJsonAsync(HttpContext http, AtlasDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var (data, query, sites, problem) = await ViewAsync(http, db, clock, ct);
        if (problem is not null)
        {
            return problem;
        }

        var measure = data.MeasureOf(query);
        var year = data.YearOf(query);
        var siteFeatures = (sites?.Shown(year) ?? []).Select(x => new SiteFeature("Feature", new Geometry("Point", [x.Site.Lon!.Value, x.Site.Lat!.Value]),
            new SiteProperties("site", x.Site.Slug, x.Site.Name, x.Site.NameZh, x.Site.Kind, x.Site.Precision!, x.From, [.. x.Site.Lists.Select(l => l.Slug)], "/sites/" + x.Site.Slug)));
        var features = data.Shown(query).Select(s => new Feature("Feature",
            new Geometry("Point", [s.City.Lon, s.City.Lat]),
            new FeatureProperties(s.City.Slug, s.City.Name, s.City.NameZh, s.NameThen, s.Phase.Era, s.Phase.Title, s.City.Resources)
            {
                Figure = measure is null || s.Figure is not { } f ? null : new FigureOut(measure.Slug, measure.Unit, f.Year, f.YearApprox, f.Value, f.Approx, f.Text, f.Source),
            })).ToList<object>();
        return TypedResults.Json(new GeoJsonDocument("FeatureCollection", year, [.. features, .. siteFeatures]), contentType: "application/geo+json");
    }

    /// <summary>The map's data; <c>lang=zh</c> gives its names and words in Chinese, for the Chinese map.</summary>
    private static async Task<Results<Ok<AtlasData>, ProblemHttpResult>> DataAsync(HttpContext http, AtlasDbContext db, TimeProvider clock, CancellationToken ct)
    {
        string? problem = null;
        var lang = QueryValue.Once(http.Request.Query, "lang", p => problem = p.ToString());
        if (problem is not null || (lang is not null && AtlasLanguages.FromCode(lang) is null))
        {
            return TypedResults.Problem(problem ?? $"'lang' must be en or zh; it is \u201c{lang}\u201d.", statusCode: StatusCodes.Status400BadRequest);
        }

        return TypedResults.Ok(await AtlasData.LoadAsync(db, clock.GetUtcNow().Year, AtlasLanguages.FromCode(lang) ?? AtlasLanguage.English, ct));
    }
}
