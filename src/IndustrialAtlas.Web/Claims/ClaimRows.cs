using IndustrialAtlas.Content;
using IndustrialAtlas.Web.Store;
using Microsoft.EntityFrameworkCore;

namespace IndustrialAtlas.Web.Claims;

/// <summary>A source as pages and the API show it: the document, and the copy it was read in where that is elsewhere.</summary>
public sealed record SourceRow(string Title, string? Publisher, string? Author, string? Url, DateOnly? Accessed, string Kind)
{
    /// <summary>The address of the copy the document was read in, where it could not be opened at its publisher.</summary>
    public string? ReadAt { get; init; }

    /// <summary>The document's own date.</summary>
    public string? Published { get; init; }

    /// <summary>The host of the copy, as the page names it ("read in a copy at example.org").</summary>
    public string? ReadAtHost => HostOf(ReadAt);

    /// <summary>The host of an address a page names a copy by, or null.</summary>
    public static string? HostOf(string? address) => address is not null && Uri.TryCreate(address, UriKind.Absolute, out var u) ? u.Host : null;
}

/// <summary>A claim with everything a list of claims shows: its support, note, city, links and sources.</summary>
public sealed record ClaimRow(
    string Id, string Text, Support Support, string? Note, ClaimOrigin Origin, int? Year, bool YearApproximate,
    string CitySlug, string CityName, string? EraSlug, string? EraName, string? ResourceSlug, string? ResourceName,
    IReadOnlyList<SourceRow> Sources)
{
    /// <summary>Loads the rows for the given store ids, keeping their order.</summary>
    public static async Task<IReadOnlyList<ClaimRow>> LoadAsync(AtlasDbContext db, IReadOnlyList<int> ids, CancellationToken ct)
    {
        var rows = await db.Claims.AsNoTracking().AsSplitQuery().Where(c => ids.Contains(c.Id)).Select(c => new
        {
            c.Id,
            Row = new ClaimRow(c.Key, c.Text, c.Support, c.Note, c.Origin, c.Year, c.YearApproximate, c.City.Slug, c.City.Name,
                c.Era == null ? null : c.Era.Slug, c.Era == null ? null : c.Era.Name,
                c.Resource == null ? null : c.Resource.Slug, c.Resource == null ? null : c.Resource.Name,
                c.Sources.OrderBy(s => s.Id).Select(s => new SourceRow(s.Title, s.Publisher, s.Author, s.Url, s.Accessed, s.Kind) { ReadAt = s.ReadAt, Published = s.Published }).ToList()),
        }).ToListAsync(ct);
        var byId = rows.ToDictionary(r => r.Id, r => r.Row);
        return [.. ids.Where(byId.ContainsKey).Select(id => byId[id])];
    }
}
