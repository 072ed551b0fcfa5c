using IndustrialAtlas.Content;
using IndustrialAtlas.Web.Claims;
using IndustrialAtlas.Web.Store;
using IndustrialAtlas.Web.Store.Entities;
using Microsoft.EntityFrameworkCore;

namespace IndustrialAtlas.Web.Ingest;

/// <summary>What an ingest found and did.</summary>
/// <param name="Valid">The content is valid.</param>
/// <param name="Problems">What is wrong with the content.</param>
/// <param name="EditionId">The content's edition id, when valid.</param>
/// <param name="Published">A new edition was stored.</param>
/// <param name="Switched">The current edition changed (to a new edition, or back to one stored before).</param>
/// <param name="StoreFailure">Why valid content could not be published (a read-only or full store), when it could not.</param>
public sealed record IngestOutcome(bool Valid, IReadOnlyList<Diagnostic> Problems, string? EditionId, bool Published, bool Switched = false, string? StoreFailure = null)
{
    /// <summary>The content is valid and the store holds it as the current edition.</summary>
    public bool Succeeded => Valid && StoreFailure is null;
}

/// <summary>
/// Reads the content folder and, only when the whole set is valid, publishes it as a new edition in one
/// transaction. Invalid content changes nothing that is served: the last good edition stays current.
/// </summary>
public sealed partial class AtlasImporter(AtlasDbContext db, TimeProvider clock, Editions.EditionCatalog catalog, IngestMemory memory, ILogger<AtlasImporter> logger)
{
    private const int KeptRuns = 200;
    private const int PublishAttempts = 3;

    /// <summary>How long reading the content folder may take: today's 30 profiles take well under a second, 1,000 a few.</summary>
    public static readonly TimeSpan LoadTimeout = TimeSpan.FromMinutes(2);

    /// <param name="contentPath">The content folder.</param>
    /// <param name="checkOnly">Check and report, write nothing.</param>
    /// <param name="ct">Stops the ingest; the transaction then rolls back.</param>
    public async Task<IngestOutcome> IngestAsync(string contentPath, bool checkOnly = false, CancellationToken ct = default)
    {
        ContentLoadResult result;
        try
        {
            // Reading content never opens what could wait for ever (pipes, devices), and a stalled disk is bounded too.
            result = await Task.Run(() => ContentLoader.Load(contentPath), ct).WaitAsync(LoadTimeout, clock, ct);
        }
        catch (TimeoutException)
        {
            result = new ContentLoadResult(null, [new Diagnostic(contentPath, 1, $"reading the content took longer than {LoadTimeout.TotalSeconds:N0} s (a stalled disk or network share?); nothing was stored")]);
        }

        if (!result.IsValid)
        {
            foreach (var problem in result.Diagnostics)
            {
                LogProblem(problem.ToString());
            }

            var failed = new IngestOutcome(false, result.Diagnostics, null, false);
            if (!checkOnly)
            {
                await RecordAsync(failed, ct);
            }

            return failed;
        }

        var set = result.Set!;
        if (checkOnly)
        {
            return new IngestOutcome(true, [], set.Fingerprint, false);
        }

        bool published, switched;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                (published, switched) = await PublishAsync(set, ct);
                break;
            }
            catch (Exception e) when (StoreFaults.IsLock(e) && attempt < PublishAttempts)
            {
                // A lock is another process at work, not damage: the publish rolled back and is tried again shortly.
                db.ChangeTracker.Clear();
                LogLocked(attempt, PublishAttempts);
                await Task.Delay(TimeSpan.FromSeconds(attempt), clock, ct);
            }
            catch (Exception e) when (StoreFaults.IsStoreFault(e))
            {
                // A store that cannot be written (read-only, disk full, locked throughout) leaves the stored edition
                // serving; the run says why.
                db.ChangeTracker.Clear();
                var tries = StoreFaults.IsLock(e) ? $" (tried {PublishAttempts} times)" : "";
                var refused = new IngestOutcome(true, [], set.Fingerprint, false, false, $"edition {set.Fingerprint} could not be published{tries}: {StoreFaults.Describe(e)}");
                LogStoreFailure(refused.StoreFailure!);
                await RecordAsync(refused, ct);
                return refused;
            }
        }

        var outcome = new IngestOutcome(true, [], set.Fingerprint, published, switched);
        await RecordAsync(outcome, ct);
        var claims = set.Cities.Sum(c => c.Claims.Count);
        LogIngested(set.Fingerprint, set.Cities.Count, claims, published);
        return outcome;
    }

    /// <returns>Whether a new edition was stored, and whether the current edition changed.</returns>
    private async Task<(bool Published, bool Switched)> PublishAsync(ContentSet set, CancellationToken ct)
    {
        var existing = await db.Editions.FirstOrDefaultAsync(e => e.Id == set.Fingerprint, ct);
        if (existing is { IsCurrent: true })
        {
            // An edition stored before the claim index existed gets its index now (a read when it has one).
            await ClaimIndex.EnsureAsync(db, existing.Id, ct);
            return (false, false);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (existing is null)
        {
            // Content never seen before: store it whole under its own edition.
            // Its rows go in by prepared INSERTs, not through the change tracker (EditionRows says why).
            await EditionRows.WriteAsync(db, new Edition { Id = set.Fingerprint, CreatedAt = clock.GetUtcNow() }, EditionWriter.Build(set, set.Fingerprint), ct);
        }

        // Content that returns to an earlier edition makes that edition current again rather than copying it.
        await db.Editions.Where(e => e.IsCurrent).ExecuteUpdateAsync(s => s.SetProperty(e => e.IsCurrent, false), ct);
        await db.Editions.Where(e => e.Id == set.Fingerprint).ExecuteUpdateAsync(s => s.SetProperty(e => e.IsCurrent, true), ct);
        await ClaimIndex.EnsureAsync(db, set.Fingerprint, ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        // This instance serves the new edition from its next request on; others follow within the catalog's interval.
        catalog.Invalidate();
        return (existing is null, true);
    }

    /// <summary>Keeps the run for <c>/status</c>; a store that cannot be written cannot keep it, which is logged, not thrown.</summary>
    private async Task RecordAsync(IngestOutcome outcome, CancellationToken ct)
    {
        var problems = outcome.StoreFailure is { } failure ? [failure] : outcome.Problems.Select(p => p.ToString()).ToList();
        var entry = new IngestMemory.Entry(clock.GetUtcNow(), outcome.Succeeded, outcome.Published, outcome.EditionId, problems, Recorded: false);
        memory.Remember(entry);
        try
        {
            db.IngestRuns.Add(new IngestRun
            {
                At = clock.GetUtcNow(),
                Succeeded = outcome.Succeeded,
                EditionId = outcome.EditionId,
                Published = outcome.Published,
                Problems = outcome.StoreFailure ?? string.Join('\n', outcome.Problems),
            });
            await db.SaveChangesAsync(ct);
            var stale = await db.IngestRuns.OrderByDescending(r => r.Id).Skip(KeptRuns).Select(r => r.Id).ToListAsync(ct);
            if (stale.Count > 0)
            {
                await db.IngestRuns.Where(r => stale.Contains(r.Id)).ExecuteDeleteAsync(ct);
            }

            memory.Remember(entry with { Recorded = true });
        }
        catch (Exception e) when (StoreFaults.IsStoreFault(e))
        {
            db.ChangeTracker.Clear();
            LogNotRecorded(StoreFaults.Describe(e));
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The store is locked by another process; publishing again shortly (attempt {Attempt} of {Attempts}).")]
    private partial void LogLocked(int attempt, int attempts);

    [LoggerMessage(Level = LogLevel.Error, Message = "Ingest could not publish: {Failure}")]
    private partial void LogStoreFailure(string failure);

    [LoggerMessage(Level = LogLevel.Warning, Message = "This ingest run is not recorded for /status: {Reason}")]
    private partial void LogNotRecorded(string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Content problem: {Problem}")]
    private partial void LogProblem(string problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "Ingested edition {Edition}: {Cities} cities, {Claims} claims (new edition: {Published})")]
    private partial void LogIngested(string edition, int cities, int claims, bool published);
}
