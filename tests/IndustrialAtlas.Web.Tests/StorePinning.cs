using IndustrialAtlas.Web.Store;
using Microsoft.EntityFrameworkCore;

namespace IndustrialAtlas.Web.Tests;

/// <summary>Pins a context straight from the store, as the tests of the importer need it (not through the app's in-memory catalog).</summary>
internal static class StorePinning
{
    public static async Task<EditionView?> PinEditionAsync(this AtlasDbContext db, string? requested)
    {
        var current = await db.Editions.AsNoTracking().Where(e => e.IsCurrent).Select(e => e.Id).FirstOrDefaultAsync();
        var edition = current is null ? null : await db.Editions.AsNoTracking().FirstOrDefaultAsync(e => e.Id == (requested ?? current));
        if (edition is null)
        {
            return null;
        }

        db.EditionId = edition.Id;
        return new EditionView(edition.Id, edition.CreatedAt, edition.IsCurrent, current!);
    }
}
