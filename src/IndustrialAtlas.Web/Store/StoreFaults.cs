using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace IndustrialAtlas.Web.Store;

/// <summary>
/// What the atlas knows about its store's health: a fault found at start (a corrupt, unreadable or unreachable
/// store, an unwritable path) or on a request. While there is one, content pages and <c>/status</c> answer 503 with
/// a message that says what is wrong, never 500, and <c>/health/ready</c> fails; the process itself keeps running.
/// </summary>
public sealed partial class StoreFaults(ILogger<StoreFaults> logger)
{
    public const string ItemKey = "atlas.store-fault";

    private volatile string? startFault;

    /// <summary>The fault found at start, if any: the store could not be opened or brought up to date.</summary>
    public string? StartFault => startFault;

    /// <summary>Records a fault found at start and logs it once, as one plain line.</summary>
    public void FailedAtStart(Exception e)
    {
        startFault = Describe(e);
        LogFault(startFault);
    }

    /// <summary>Whether <paramref name="e"/> (or what it wraps) is the store failing rather than a bug.</summary>
    public static bool IsStoreFault(Exception e)
    {
        for (var inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is DbException or IOException or UnauthorizedAccessException or TimeoutException)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What is wrong with the store and what the operator can do about that fault, in one sentence or two.</summary>
    public static string Describe(Exception e)
    {
        const string Setting = "Fix the store or the setting ConnectionStrings:Atlas, then restart";
        var sqlite = Find<SqliteException>(e);
        var (reason, advice) = sqlite?.SqliteErrorCode switch
        {
            8 => ("the store is read-only (the database file or its folder cannot be written)", "Make them writable to publish; the stored edition can still be served"),
            11 or 26 => ("the database file is damaged or is not an atlas database", "Delete it and rebuild it from content/ with `ingest`, or restore a copy"),
            13 => ("the disk holding the store is full", "Free space on it; nothing stored was changed"),
            14 => ("the database file cannot be opened", "Check the path in ConnectionStrings:Atlas and its permissions, then restart"),
            5 or 6 => ("the database file is locked by another process (another ingest, or a stale -shm or -wal file beside it)", "Nothing is damaged: wait for the other process to finish or stop it, then try again"),
            10 => ("the disk reported an input/output error while reading the store", "Check the disk, then restart"),
            _ => ((string?)null, Setting),
        };
        reason ??= Find<UnauthorizedAccessException>(e) is { } denied ? $"the store's path cannot be used: {denied.Message}"
            : Find<IOException>(e) is { } io ? $"the store's path cannot be used: {io.Message}"
            : $"the store cannot be read: {Innermost(e).Message}";
        return $"The atlas cannot use its store: {reason.TrimEnd('.')}. {advice}.";
    }

    /// <summary>Whether <paramref name="e"/> is the store being busy (locked by another process): worth trying again, and no damage.</summary>
    public static bool IsLock(Exception e) => Find<SqliteException>(e)?.SqliteErrorCode is 5 or 6;

    public void LogRequestFault(Exception e)
    {
        var fault = Describe(e);
        LogFault(fault);
    }

    private static T? Find<T>(Exception e)
        where T : Exception
    {
        for (var inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is T found)
            {
                return found;
            }
        }

        return null;
    }

    private static Exception Innermost(Exception e) => e.InnerException is null ? e : Innermost(e.InnerException);

    [LoggerMessage(Level = LogLevel.Critical, Message = "{Fault}")]
    private partial void LogFault(string fault);
}
