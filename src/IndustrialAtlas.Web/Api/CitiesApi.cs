using IndustrialAtlas.Content;
using IndustrialAtlas.Web.Store;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace IndustrialAtlas.Web.Api;

/// <summary><c>/api/cities</c> and <c>/api/cities/{slug}</c>, in the shapes DESIGN.md §4 promises.</summary>
public static class CitiesApi
{
    public sealed record EraRef(string Slug, string Name, int Start, int? End);

    public sealed record ResourceRef(string Slug, string Name);

    public sealed record CityListItem(string Slug, string Name, string NameZh, string Province, double Lat, double Lon, IReadOnlyList<EraRef> Eras, IReadOnlyList<ResourceRef> Resources);


    public sealed record FormerNameItem(string Name, string? NameZh, string? From, string? To);

    public sealed record PopulationItem(long Value, int Year, SourceRow? Source);

    public sealed record PhaseItem(string Title, string Start, string? End, string Era);

    public sealed record CityResourceItem(string Slug, string Name, decimal? Figure, string? Unit, string? Year, int? Since, int? Until, string? Note, string? Claim, IReadOnlyList<SourceRow> Sources);

    public sealed record ClaimItem(string Id, string Text, string Support, string? Note, string Origin, string? Year, string? Era, string? Resource, IReadOnlyList<SourceRow> Sources);

    public sealed record CityDetail(
        string Slug, string Name, string NameZh, string Pinyin, string Province, double Lat, double Lon, string Summary,
        PopulationItem Population, IReadOnlyList<FormerNameItem> FormerNames, IReadOnlyList<PhaseItem> Phases,
        IReadOnlyList<CityResourceItem> Resources, IReadOnlyList<ClaimItem> Claims, string Edition)
    {
        /// <summary>The city's figures over time, each with its source (as <c>/api/series?city=</c> gives them).</summary>
        public IReadOnlyList<SeriesApi.SeriesOut> Series { get; init; } = [];
    }

    public static RouteGroupBuilder MapCitiesApi(this RouteGroupBuilder api)
    {
        api.MapRead("/cities", ListAsync);
        api.MapRead("/cities/{slug}", GetAsync);
        return api;
    }

    private static async Task<Ok<List<CityListItem>>> ListAsync(AtlasDbContext db, CancellationToken ct)
    {
        var rows = await db.Cities.AsNoTracking().AsSplitQuery().OrderBy(c => c.Name).Select(c => new
        {
            c.Slug,
            c.Name,
            c.NameZh,
            c.Province,
            c.Latitude,
            c.Longitude,
            Eras = c.Phases.Select(p => new EraRef(p.Era.Slug, p.Era.Name, p.Era.Start, p.Era.End)).ToList(),
            Resources = c.Resources.OrderBy(r => r.Position).Select(r => new ResourceRef(r.Resource.Slug, r.Resource.Name)).ToList(),
        }).ToListAsync(ct);
        return TypedResults.Ok(rows.Select(c => new CityListItem(c.Slug, c.Name, c.NameZh, c.Province, c.Latitude, c.Longitude,
            [.. c.Eras.Distinct().OrderBy(e => e.Start)], [.. c.Resources.Distinct()])).ToList());
    }

    private static async Task<Results<Ok<CityDetail>, ProblemHttpResult>> GetAsync(string slug, AtlasDbContext db, CancellationToken ct)
    {
        var city = await db.Cities.AsNoTracking().AsSplitQuery().Where(c => c.Slug == slug).Select(c => new
        {
            c.Slug,
            c.Name,
            c.NameZh,
            c.Pinyin,
            c.Province,
            c.Latitude,
            c.Longitude,
            c.Summary,
            c.Population,
            c.PopulationYear,
            PopulationSource = c.Sources.Where(s => s.Key == c.PopulationSourceKey).Select(s => new SourceRow(s.Title, s.Publisher, s.Author, s.Url, s.Accessed, s.Kind, s.ReadAt, s.Published)).FirstOrDefault(),
            FormerNames = c.FormerNames.OrderBy(n => n.From).ToList(),
            Phases = c.Phases.OrderBy(p => p.Position).Select(p => new { p.Title, p.Start, p.StartApproximate, p.End, p.EndApproximate, Era = p.Era.Slug }).ToList(),
            Resources = c.Resources.OrderBy(r => r.Position).Select(r => new
            {
                r.Resource.Slug,
                r.Resource.Name,
                r.Figure,
                r.Unit,
                r.Year,
                r.YearApproximate,
                r.Since,
                r.Until,
                r.Note,
                Claim = r.Claim == null ? null : r.Claim.Key,
                Sources = r.Sources.Select(s => new SourceRow(s.Title, s.Publisher, s.Author, s.Url, s.Accessed, s.Kind, s.ReadAt, s.Published)).ToList(),
            }).ToList(),
            Claims = c.Claims.OrderBy(x => x.Position).Select(x => new
            {
                x.Key,
                x.Text,
                x.Support,
                x.Note,
                x.Origin,
                x.Year,
                x.YearApproximate,
                Era = x.Era == null ? null : x.Era.Slug,
                Resource = x.Resource == null ? null : x.Resource.Slug,
                Sources = x.Sources.Select(s => new SourceRow(s.Title, s.Publisher, s.Author, s.Url, s.Accessed, s.Kind, s.ReadAt, s.Published)).ToList(),
            }).ToList(),
            c.EditionId,
        }).FirstOrDefaultAsync(ct);
        if (city is null)
        {
            return TypedResults.Problem($"There is no city '{slug}'. /api/cities lists every city.", statusCode: StatusCodes.Status404NotFound, title: "Unknown city");
        }

        var series = await IndustrialAtlas.Web.Charts.SeriesData.ReadAsync(db, [slug], null, ct);
        return TypedResults.Ok(new CityDetail(
            city.Slug, city.Name, city.NameZh, city.Pinyin, city.Province, city.Latitude, city.Longitude, city.Summary,
            new PopulationItem(city.Population, city.PopulationYear, city.PopulationSource),
            [.. city.FormerNames.Select(n => new FormerNameItem(n.Name, n.NameZh, Year(n.From, n.FromApproximate), Year(n.To, n.ToApproximate)))],
            [.. city.Phases.Select(p => new PhaseItem(p.Title, Year(p.Start, p.StartApproximate)!, Year(p.End, p.EndApproximate), p.Era))],
            [.. city.Resources.Select(r => new CityResourceItem(r.Slug, r.Name, r.Figure, r.Unit, Year(r.Year, r.YearApproximate), r.Since, r.Until, r.Note, r.Claim, r.Sources))],
            [.. city.Claims.Select(x => new ClaimItem(x.Key, x.Text, x.Support.ToWord(), x.Note, x.Origin == ClaimOrigin.Essay ? "essay" : "research",
                Year(x.Year, x.YearApproximate), x.Era, x.Resource, x.Sources))],
            city.EditionId)
        { Series = [.. series.Select(SeriesApi.Out)] });
    }

    /// <summary>Years in the content's own notation ("~1869", "-475"), so the approximation is not lost.</summary>
    private static string? Year(int? value, bool approximate) =>
        value is null ? null : new AtlasYear(value.Value, approximate).ToContentString();
}
