using IndustrialAtlas.Content;
using IndustrialAtlas.Web.Claims;
using IndustrialAtlas.Web.Store;

namespace IndustrialAtlas.Web.Api;

/// <summary><c>/api/claims</c>: every claim with its support and sources (DESIGN.md §4), filtered as <c>/claims</c> is.</summary>
public static class ClaimsApi
{
    public sealed record SourceItem(string Title, string? Publisher, string? Url);

    public sealed record ClaimItem(string Id, string City, string Text, string Support, string? Note, IReadOnlyList<SourceItem> Sources);

    public static RouteGroupBuilder MapClaimsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/claims", ListAsync);
        return api;
    }

    private static async Task<IResult> ListAsync(HttpContext http, AtlasDbContext db, CancellationToken ct)
    {
        var (filter, problems) = await ClaimFilter.ParseAsync(http.Request.Query, db, ct);
        if (problems.Count > 0)
        {
            return Results.Problem(string.Join(' ', problems), statusCode: StatusCodes.Status400BadRequest, title: "These claims cannot be listed");
        }

        var rows = await ClaimRow.LoadAsync(db, await filter.MatchingIdsAsync(db, ct), ct);
        return Results.Ok(rows.Select(r => new ClaimItem(r.Id, r.CitySlug, r.Text, r.Support.ToWord(), r.Note,
            [.. r.Sources.Select(s => new SourceItem(s.Title, s.Publisher ?? s.Author, s.Url))])));
    }
}
