using IndustrialAtlas.Content;
using IndustrialAtlas.Web.Store;
using Microsoft.EntityFrameworkCore;

namespace IndustrialAtlas.Web.Claims;

/// <summary>A claim with everything a list of claims shows: its support, note, city, links and sources.</summary>
public sealed record ClaimRow(
    string Id, string Text, Support Support, string? Note, ClaimOrigin Origin, int? Year, bool YearApproximate,
    string CitySlug, string CityName, string? EraSlug, string? EraName, string? ResourceSlug, string? ResourceName,
    IReadOnlyList<SourceRow> Sources)
{
    /// <summary>The claim's words in Chinese (null where not written yet), and the Chinese names of its city, era and resource.</summary>
    public sealed record ChineseWords(string? Text, string? Note, string CityName, string? EraName, string? ResourceName);

    public ChineseWords? Chinese { get; init; }

    /// <summary>Loads the rows for the given store ids, keeping their order.</summary>
    public static async Task<IReadOnlyList<ClaimRow>> LoadAsync(AtlasDbContext db, IReadOnlyList<int> ids, CancellationToken ct)
    {
        var rows = await db.Claims.AsNoTracking().AsSplitQuery().Where(c => ids.Contains(c.Id)).Select(c => new
        {
            c.Id,
            Row = new ClaimRow(c.Key, c.Text, c.Support, c.Note, c.Origin, c.Year, c.YearApproximate, c.City.Slug, c.City.Name,
                c.Era == null ? null : c.Era.Slug, c.Era == null ? null : c.Era.Name,
                c.Resource == null ? null : c.Resource.Slug, c.Resource == null ? null : c.Resource.Name,
                c.Sources.OrderBy(s => s.Id).Select(s => new SourceRow(s.Title, s.Publisher, s.Author, s.Url, s.Accessed, s.Kind, s.ReadAt, s.Published)).ToList())
            {
                Chinese = new ChineseWords(c.TextZh, c.NoteZh, c.City.NameZh, c.Era == null ? null : c.Era.NameZh, c.Resource == null ? null : c.Resource.NameZh),
            },
        }).ToListAsync(ct);
        var byId = rows.ToDictionary(r => r.Id, r => r.Row);
        return [.. ids.Where(byId.ContainsKey).Select(id => byId[id])];
    }
}
