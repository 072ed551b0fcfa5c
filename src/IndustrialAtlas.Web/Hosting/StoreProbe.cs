using IndustrialAtlas.Web.Store;
using Microsoft.EntityFrameworkCore;

namespace IndustrialAtlas.Web.Hosting;

/// <summary>
/// Readiness that reflects the store itself, not a cached list: SQLite's <c>quick_check</c> of every page (a damaged
/// middle of the file fails it) and a read of the current edition's rows (PostgreSQL too). The answer is kept for
/// <see cref="Keep"/>, so a load balancer polling every second costs one check per interval.
/// </summary>
public sealed class StoreProbe(TimeProvider clock) : IDisposable
{
    public static readonly TimeSpan Keep = TimeSpan.FromSeconds(5);

    private readonly SemaphoreSlim gate = new(1, 1);
    private (DateTimeOffset At, string? Fault) last = (DateTimeOffset.MinValue, null);

    /// <summary>Null when the store reads whole, else what is wrong with it.</summary>
    public async Task<string?> FaultAsync(AtlasDbContext db, string editionId, CancellationToken ct)
    {
        if (clock.GetUtcNow() - last.At < Keep)
        {
            return last.Fault;
        }

        await gate.WaitAsync(ct);
        try
        {
            if (clock.GetUtcNow() - last.At >= Keep)
            {
                last = (clock.GetUtcNow(), await CheckAsync(db, editionId, ct));
            }

            return last.Fault;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();

    private static async Task<string?> CheckAsync(AtlasDbContext db, string editionId, CancellationToken ct)
    {
        try
        {
            if (db.Database.IsSqlite())
            {
                var check = await db.Database.SqlQueryRaw<string>("PRAGMA quick_check(1)").ToListAsync(ct);
                if (check is not ["ok"])
                {
                    return $"The atlas cannot use its store: the database file is damaged ({string.Join("; ", check)}). Rebuild it from content/ with `ingest`.";
                }
            }

            db.EditionId = editionId;
            return await db.Cities.AnyAsync(ct) && await db.Claims.AnyAsync(ct) ? null : $"The atlas cannot use its store: edition {editionId} has no cities or claims.";
        }
        catch (Exception e) when (StoreFaults.IsStoreFault(e))
        {
            return StoreFaults.Describe(e);
        }
    }
}
