using IndustrialAtlas.Web.Charts;
using IndustrialAtlas.Web.Store;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace IndustrialAtlas.Web.Api;

/// <summary>
/// <c>/api/series</c> (JSON) and <c>/api/series.csv</c>: cities' figures over time, with the source of every figure.
/// <c>city</c> takes one slug or several separated by commas; <c>indicator</c> one indicator; either may be left out.
/// </summary>
public static class SeriesApi
{

    public sealed record PointOut(int Year, bool YearApproximate, double Value, bool Approximate, string Label, SourceRow Source, string? Note);

    public sealed record SeriesOut(string City, string CityName, IndicatorItem Indicator, string? Scope, string WrittenUnit, string? Note, bool Main, IReadOnlyList<PointOut> Points);

    public sealed record SeriesDocument(IReadOnlyList<SeriesOut> Series, string Edition);

    public static RouteGroupBuilder MapSeriesApi(this RouteGroupBuilder api)
    {
        api.MapRead("/series", JsonAsync);
        api.MapRead("/series.csv", CsvAsync).Produces<string>(StatusCodes.Status200OK, "text/csv");
        return api;
    }

    internal static SeriesOut Out(SeriesItem s) => new(s.City, s.CityName, s.Indicator, s.Scope, s.WrittenUnit, s.Note, s.Main,
        [.. s.Points.Select(p => new PointOut(p.Year, p.YearApprox, p.Value, p.Approx, Figures.WithYear(p, s.Indicator.Unit),
            p.Source, p.Note))]);

    /// <summary>The series a query asks for, or the 400 answer naming what is wrong with it.</summary>
    internal static async Task<(IReadOnlyList<SeriesItem> Series, ProblemHttpResult? Problem)> ReadAsync(HttpContext http, AtlasDbContext db, CancellationToken ct)
    {
        var problems = new List<string>();
        foreach (var key in http.Request.Query.Keys.Where(k => k is not ("city" or "indicator" or "edition")))
        {
            problems.Add($"'{key}' is not a parameter of this endpoint; it takes city, indicator and edition.");
        }

        var cityText = http.Request.Query["city"];
        var indicatorText = http.Request.Query["indicator"];
        if (cityText.Count > 1 || indicatorText.Count > 1)
        {
            problems.Add("Give 'city' and 'indicator' once each ('city' may list several slugs separated by commas).");
        }

        var cities = cityText.Count == 1 && !string.IsNullOrWhiteSpace(cityText)
            ? cityText.ToString().Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToArray()
            : null;
        var indicator = indicatorText.Count == 1 && !string.IsNullOrWhiteSpace(indicatorText) ? indicatorText.ToString().Trim() : null;
        if (cities is not null)
        {
            var known = await db.Cities.AsNoTracking().Where(c => cities.Contains(c.Slug)).Select(c => c.Slug).ToListAsync(ct);
            var unknown = cities.Except(known).ToList();
            if (unknown.Count > 0)
            {
                problems.Add($"There is no city {string.Join(", ", unknown.Select(u => $"\u201c{u}\u201d"))} in the atlas; /api/cities lists every city.");
            }
        }

        if (indicator is not null && !await db.Indicators.AsNoTracking().AnyAsync(i => i.Slug == indicator, ct))
        {
            var all = await SeriesData.IndicatorsAsync(db, ct);
            problems.Add($"There is no indicator \u201c{indicator}\u201d. Known indicators: {string.Join(", ", all.Select(i => i.Slug))}.");
        }

        if (problems.Count > 0)
        {
            return ([], TypedResults.Problem(string.Join(' ', problems), statusCode: StatusCodes.Status400BadRequest, title: "These series cannot be given"));
        }

        return (await SeriesData.ReadAsync(db, cities, indicator, ct), null);
    }

    private static async Task<Results<Ok<SeriesDocument>, ProblemHttpResult>> JsonAsync(HttpContext http, AtlasDbContext db, CancellationToken ct)
    {
        var (series, problem) = await ReadAsync(http, db, ct);
        return problem is not null ? problem : TypedResults.Ok(new SeriesDocument([.. series.Select(Out)], db.EditionId!));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> CsvAsync(HttpContext http, AtlasDbContext db, CancellationToken ct)
    {
        var (series, problem) = await ReadAsync(http, db, ct);
        if (problem is not null)
        {
            return problem;
        }

        var name = string.Join('-', new[] { "industrial-atlas-series", http.Request.Query["city"].ToString().Replace(',', '-'), http.Request.Query["indicator"].ToString() }.Where(p => p.Length > 0));
        return Csv.File($"{name}.csv",
            ["city", "city_name", "indicator", "scope", "year", "year_approximate", "value", "unit", "approximate", "main_series", "source", "publisher", "url", "note", "edition"],
            series.SelectMany(s => s.Points.Select(p => new object?[]
            {
                s.City, s.CityName, s.Indicator.Slug, s.Scope, p.Year, p.YearApprox ? "yes" : "no", p.Value, s.Indicator.Unit, p.Approx ? "yes" : "no",
                s.Main ? "yes" : "no", p.Source.Title, p.Source.Publisher, p.Source.Url, p.Note, db.EditionId,
            })));
    }
}
