using IndustrialAtlas.Web.Settings;
using IndustrialAtlas.Web.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace IndustrialAtlas.Web.Editions;

/// <summary>
/// The editions the store holds, kept in memory so a request learns which edition it reads without a query.
/// The importer of this instance calls <see cref="Invalidate"/> when it publishes, so its next request sees the new
/// edition at once; other instances on the same store read the list again when it is older than
/// <c>Atlas:EditionRefreshSeconds</c>, so they follow within a few seconds. The list is small: one row per published state.
/// </summary>
public sealed class EditionCatalog(IServiceScopeFactory scopes, TimeProvider clock, IOptions<AtlasOptions> options) : IDisposable
{
    /// <summary>How stale the list may get before a request reads it again (other instances' ingests show after this).</summary>
    private readonly TimeSpan refreshInterval = TimeSpan.FromSeconds(options.Value.EditionRefreshSeconds);

    private readonly SemaphoreSlim refreshing = new(1, 1);
    private volatile Snapshot? snapshot;

    /// <summary>One reading of the editions table.</summary>
    public sealed record Snapshot(string? CurrentId, IReadOnlyDictionary<string, DateTimeOffset> Editions, DateTimeOffset ReadAt)
    {
        /// <summary>The answer for a request that names no edition, made once per reading rather than once per request.</summary>
        public EditionLookup Current { get; } = CurrentId is { } id
            ? new EditionLookup(new EditionView(id, Editions[id], IsCurrent: true, id), null, null)
            : new EditionLookup(null, EditionProblem.NothingPublished, null);
    }

    /// <summary>Raised after this instance published or switched the current edition.</summary>
    public event Action? Changed;

    public void Dispose() => refreshing.Dispose();

    /// <summary>Forgets the list, so the next request reads it again; raises <see cref="Changed"/>.</summary>
    public void Invalidate()
    {
        snapshot = null;
        Changed?.Invoke();
    }

    /// <summary>
    /// The edition a request reads: <paramref name="requested"/> (an <c>edition=</c> value) or, when blank, the current
    /// one. A requested id this instance has not seen yet makes it read the list again (once per interval), so an
    /// edition another instance just published is found.
    /// </summary>
    public async ValueTask<EditionLookup> FindAsync(string? requested, CancellationToken ct)
    {
        var list = await ReadAsync(force: false, ct);
        var wanted = string.IsNullOrWhiteSpace(requested) ? null : requested.Trim();
        if (wanted is null)
        {
            return list.Current;
        }

        if (wanted is not null && !list.Editions.ContainsKey(wanted) && clock.GetUtcNow() - list.ReadAt >= TimeSpan.FromSeconds(1))
        {
            list = await ReadAsync(force: true, ct);
        }

        if (list.CurrentId is not { } current)
        {
            return new EditionLookup(null, EditionProblem.NothingPublished, wanted);
        }

        var id = wanted ?? current;
        return list.Editions.TryGetValue(id, out var created)
            ? new EditionLookup(new EditionView(id, created, id == current, current), null, wanted)
            : new EditionLookup(null, EditionProblem.UnknownEdition, wanted);
    }

    private async ValueTask<Snapshot> ReadAsync(bool force, CancellationToken ct)
    {
        var list = snapshot;
        if (!force && list is not null && clock.GetUtcNow() - list.ReadAt < refreshInterval)
        {
            return list;
        }

        // One request reads the list; the others go on with the one they have rather than queue behind it.
        if (list is not null && !force)
        {
            if (!await refreshing.WaitAsync(0, ct))
            {
                return list;
            }
        }
        else
        {
            await refreshing.WaitAsync(ct);
        }

        try
        {
            // Another request may have read it while this one waited.
            list = snapshot;
            if (list is not null && clock.GetUtcNow() - list.ReadAt < (force ? TimeSpan.FromSeconds(1) : refreshInterval))
            {
                return list;
            }

            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AtlasDbContext>();
            var rows = await db.Editions.AsNoTracking().Select(e => new { e.Id, e.CreatedAt, e.IsCurrent }).ToListAsync(ct);
            list = new Snapshot(rows.FirstOrDefault(r => r.IsCurrent)?.Id, rows.ToDictionary(r => r.Id, r => r.CreatedAt, StringComparer.Ordinal), clock.GetUtcNow());
            snapshot = list;
            return list;
        }
        finally
        {
            refreshing.Release();
        }
    }
}

/// <summary>Why a request has no edition to read.</summary>
public enum EditionProblem
{
    /// <summary>The store holds no published content yet.</summary>
    NothingPublished,

    /// <summary>The request names an edition the store does not hold.</summary>
    UnknownEdition,
}

/// <summary>The answer to "which edition does this request read": the edition, or why there is none.</summary>
/// <param name="Edition">The edition, when there is one.</param>
/// <param name="Problem">Why there is none.</param>
/// <param name="Requested">The <c>edition=</c> value asked for, trimmed; null when the request named none.</param>
public sealed record EditionLookup(EditionView? Edition, EditionProblem? Problem, string? Requested);
