using IndustrialAtlas.Web.Editions;
using IndustrialAtlas.Web.Pages.Citable;
using IndustrialAtlas.Web.Settings;
using IndustrialAtlas.Web.Sharing;
using IndustrialAtlas.Web.Store;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace IndustrialAtlas.Web.Api;

/// <summary>The pictures: a map view and a claim as PNG cards, at card or print size.</summary>
public static partial class SharingApi
{
    /// <summary>The map view as a PNG share card (1200 × 630), or at print size (2400 × 1260) with <c>size=print</c>.</summary>
    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> PreviewPngAsync(HttpContext http, AtlasDbContext db, TimeProvider clock, PreviewMap preview, CancellationToken ct)
    {
        if (!TryScale(http, out var scale, out var bad))
        {
            return bad!;
        }

        var edition = http.PinnedEdition();

        var query = new QueryCollection(http.Request.Query.Where(q => q.Key != "size").ToDictionary(q => q.Key, q => q.Value));
        var view = await ViewRoutes.ResolveAsync(db, edition, "/", query, clock.GetUtcNow().Year, ct);
        if (view is null)
        {
            return TypedResults.Problem("This map view cannot be shown; see / with the same query for what is wrong.", statusCode: StatusCodes.Status400BadRequest, title: "Bad map view");
        }

        var data = await Atlas.AtlasData.LoadAsync(db, clock.GetUtcNow().Year, view.Language, ct);
        var (parsed, _) = Atlas.AtlasQuery.Parse(query);
        var address = http.Origin().Replace("https://", "", StringComparison.Ordinal).Replace("http://", "", StringComparison.Ordinal) + view.PathAndQuery;
        var png = SharePicture.Png(preview.Draw(data, parsed, view.Title, edition.Id, address, await SitesOfAsync(db, parsed, ct)), scale);
        return TypedResults.File(png, "image/png");
    }

    /// <summary>One claim as a PNG card: rating, statement, note, sources, caption.</summary>
    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ClaimCardPngAsync(string id, HttpContext http, AtlasDbContext db, CancellationToken ct)
    {
        if (!TryScale(http, out var scale, out var bad))
        {
            return bad!;
        }

        var edition = http.PinnedEdition();

        var lang = http.Request.Query["lang"].ToString();
        if ((lang.Length == 0 ? AtlasLanguage.English : AtlasLanguages.FromCode(lang)) is not { } language)
        {
            return TypedResults.Problem($"'lang' must be en or zh; it is \u201c{lang}\u201d.", statusCode: StatusCodes.Status400BadRequest, title: "Unknown language");
        }

        var chinese = language == AtlasLanguage.Chinese;
        var claim = await db.Claims.AsNoTracking().Where(c => c.Key == id)
            .Select(c => new
            {
                Text = chinese && c.TextZh != null ? c.TextZh : c.Text,
                c.Support,
                Note = chinese && c.TextZh != null ? c.NoteZh : c.Note,
                City = chinese ? c.City.NameZh : c.City.Name,
                Sources = c.Sources.Count,
            }).FirstOrDefaultAsync(ct);
        if (claim is null)
        {
            return TypedResults.Problem($"There is no claim \u201c{id}\u201d.", statusCode: StatusCodes.Status404NotFound, title: "Unknown claim");
        }

        var address = http.Origin().Replace("https://", "", StringComparison.Ordinal).Replace("http://", "", StringComparison.Ordinal) + language.In($"/claims/{id}") + $"?edition={edition.Id}";
        return TypedResults.File(SharePicture.Png(ClaimCard.Draw(claim.Text, claim.Support, claim.Note, claim.City, claim.Sources, edition.Id, address, language), scale), "image/png");
    }

    private static bool TryScale(HttpContext http, out int scale, out ProblemHttpResult? problem)
    {
        var size = http.Request.Query["size"].ToString();
        (scale, problem) = size switch
        {
            "" or "card" => (1, null),
            "print" => (2, null),
            _ => (0, TypedResults.Problem($"'size' must be card (1200 × 630) or print (2400 × 1260); \u201c{size}\u201d is not.", statusCode: StatusCodes.Status400BadRequest, title: "Unknown size")),
        };
        return problem is null;
    }
}
