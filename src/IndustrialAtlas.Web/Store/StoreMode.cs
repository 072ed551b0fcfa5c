using Microsoft.Data.Sqlite;

namespace IndustrialAtlas.Web.Store;

/// <summary>
/// Whether the SQLite store can be written. A store in WAL mode needs its <c>-wal</c> and <c>-shm</c> files beside
/// it even to be read, so a store whose folder cannot be written (a read-only volume) is opened read-only and
/// immutable instead: SQLite then reads the file as it is, without those files and without locks. Publishing is
/// off in that mode, and ingest and <c>/status</c> say why.
/// </summary>
public sealed class StoreMode
{
    public static readonly StoreMode Writable = new(null);

    private StoreMode(string? readOnlyReason) => ReadOnlyReason = readOnlyReason;

    /// <summary>Why the store is served read-only; null when it can be written.</summary>
    public string? ReadOnlyReason { get; }

    public bool IsReadOnly => ReadOnlyReason is not null;

    /// <summary>The mode for a SQLite connection string: read-only when the database file exists and its folder cannot be written.</summary>
    public static StoreMode Of(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var file = builder.DataSource;
        if (builder.Mode is SqliteOpenMode.Memory || file is not { Length: > 0 } || file == ":memory:" || file.StartsWith("file:", StringComparison.Ordinal) || !File.Exists(file))
        {
            return Writable;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(file))!;
        return CanWrite(folder) ? Writable : new StoreMode($"the folder {folder} cannot be written, so the store {Path.GetFileName(file)} is served read-only and nothing can be published");
    }

    /// <summary>The connection string SQLite is opened with in this mode: unchanged, or read-only and immutable.</summary>
    public string Apply(string connectionString)
    {
        if (!IsReadOnly)
        {
            return connectionString;
        }

        var builder = new SqliteConnectionStringBuilder(connectionString);
        builder.DataSource = new Uri(Path.GetFullPath(builder.DataSource)).AbsoluteUri + "?immutable=1";
        builder.Mode = SqliteOpenMode.ReadOnly;
        return builder.ToString();
    }

    private static bool CanWrite(string folder)
    {
        var probe = Path.Combine(folder, $".atlas-write-probe-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            using (File.Create(probe, 1, FileOptions.DeleteOnClose))
            {
            }

            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
