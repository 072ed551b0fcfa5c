using IndustrialAtlas.Content;
using IndustrialAtlas.Web.Claims;
using IndustrialAtlas.Web.Store;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IndustrialAtlas.Web.Api;

/// <summary><c>/api/claims</c>: every claim with its support and sources (DESIGN.md §4), filtered as <c>/claims</c> is.</summary>
public static class ClaimsApi
{
    /// <summary>The documented short form of a source in this list (DESIGN.md §4): the publisher, or else the author.</summary>
    public sealed record SourceItem(string Title, string? Publisher, string? Url)
    {
        public static SourceItem Of(SourceRow source) => new(source.Title, source.Publisher ?? source.Author, source.Url);
    }

    public sealed record ClaimItem(string Id, string City, string Text, string Support, string? Note, IReadOnlyList<SourceItem> Sources);

    public static RouteGroupBuilder MapClaimsApi(this RouteGroupBuilder api)
    {
        api.MapRead("/claims", ListAsync);
        api.MapRead("/claims.csv", CsvAsync).Produces<string>(StatusCodes.Status200OK, "text/csv");
        return api;
    }

    private static async Task<(IReadOnlyList<ClaimRow> Rows, ProblemHttpResult? Problem)> RowsAsync(HttpContext http, AtlasDbContext db, CancellationToken ct)
    {
        var (filter, problems) = await ClaimFilter.ParseAsync(http.Request.Query, db, ct);
        return problems.Count > 0
            ? ([], TypedResults.Problem(string.Join(' ', problems), statusCode: StatusCodes.Status400BadRequest, title: "These claims cannot be listed"))
            : (await ClaimRow.LoadAsync(db, await filter.MatchingIdsAsync(db, ct), ct), null);
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> CsvAsync(HttpContext http, AtlasDbContext db, CancellationToken ct)
    {
        var (rows, problem) = await RowsAsync(http, db, ct);
        if (problem is not null)
        {
            return problem;
        }

        return Csv.File("industrial-atlas-claims.csv",
            ["id", "city", "text", "support", "note", "origin", "year", "era", "resource", "sources", "edition"],
            rows.Select(r => new object?[]
            {
                r.Id, r.CitySlug, r.Text, r.Support.ToWord(), r.Note, r.Origin == ClaimOrigin.Essay ? "essay" : "research",
                r.Year, r.EraSlug, r.ResourceSlug,
                string.Join(" | ", r.Sources.Select(s => string.Join(", ", new[] { s.Author, s.Title, s.Publisher, s.Url }.Where(x => x is not null)))),
                db.EditionId,
            }));
    }

    private static async Task<Results<Ok<List<ClaimItem>>, ProblemHttpResult>> ListAsync(HttpContext http, AtlasDbContext db, CancellationToken ct)
    {
        var (rows, problem) = await RowsAsync(http, db, ct);
        if (problem is not null)
        {
            return problem;
        }

        return TypedResults.Ok(rows.Select(r => new ClaimItem(r.Id, r.CitySlug, r.Text, r.Support.ToWord(), r.Note,
            [.. r.Sources.Select(SourceItem.Of)])).ToList());
    }
}
