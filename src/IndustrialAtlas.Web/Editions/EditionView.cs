using Microsoft.EntityFrameworkCore;

namespace IndustrialAtlas.Web.Store;

/// <summary>The edition a request reads, and the newest one so a page can say when it is out of date.</summary>
public sealed record EditionView(string Id, DateTimeOffset CreatedAt, bool IsCurrent, string CurrentId);

public static class EditionQueries
{
    /// <summary>
    /// Pins the context to <paramref name="requested"/> (an <c>edition=</c> value) or, when none is
    /// given, to the current edition. Null when the store is empty or the edition does not exist.
    /// </summary>
    public static async Task<EditionView?> PinEditionAsync(this AtlasDbContext db, string? requested, CancellationToken ct = default)
    {
        var current = await db.Editions.AsNoTracking().Where(e => e.IsCurrent).Select(e => e.Id).FirstOrDefaultAsync(ct);
        if (current is null)
        {
            return null;
        }

        var id = string.IsNullOrWhiteSpace(requested) ? current : requested.Trim();
        var edition = await db.Editions.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, ct);
        if (edition is null)
        {
            return null;
        }

        db.EditionId = edition.Id;
        return new EditionView(edition.Id, edition.CreatedAt, edition.IsCurrent, current);
    }
}
