namespace IndustrialAtlas.Web.Ingest;

/// <summary>
/// This instance's last ingest, kept in memory as well as in the store: when the store cannot record a run (it is
/// read-only, the disk is full), <c>/status</c> still shows what happened and why, instead of an older success.
/// </summary>
public sealed class IngestMemory(TimeProvider clock)
{
    /// <summary>An ingest as this instance saw it: when, whether it succeeded and published, and its problems or store failure.</summary>
    public sealed record Entry(DateTimeOffset At, bool Succeeded, bool Published, string? EditionId, IReadOnlyList<string> Problems, bool Recorded);

    private volatile Entry? latest;

    public Entry? Latest => latest;

    public void Remember(Entry entry) => latest = entry;

    /// <summary>An ingest this instance did not try, and why (a read-only store at start).</summary>
    public void NotTried(string why) => latest = new Entry(clock.GetUtcNow(), false, false, null, [why], false);
}
