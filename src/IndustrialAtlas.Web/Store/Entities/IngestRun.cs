namespace IndustrialAtlas.Web.Store.Entities;

/// <summary>What one ingest found and did; the status page shows the latest.</summary>
public sealed class IngestRun
{
    public int Id { get; set; }

    public DateTimeOffset At { get; set; }

    public bool Succeeded { get; set; }

    /// <summary>The edition the content maps to, when it was valid.</summary>
    public string? EditionId { get; set; }

    /// <summary>Whether this run published a new edition (false when nothing changed or it failed).</summary>
    public bool Published { get; set; }

    /// <summary>Every problem, one <c>file:line: message</c> a line.</summary>
    public string Problems { get; set; } = "";
}
