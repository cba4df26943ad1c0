using System.Text.RegularExpressions;
using DuckDB.NET.Data;
using Fulcrum.Core.Problems;

namespace Fulcrum.Store.DuckDb.Internal;

/// <summary>
/// Turns the DuckDB errors a user can cause (a foreign file) into problems, and those the
/// environment causes (a full disk, another process holding the store) into
/// <see cref="EnvironmentFailureException"/>s, each with what to do.
/// </summary>
internal static partial class StoreErrors
{
    /// <summary>A problem with the file given as the store (not a DuckDB file, another DuckDB version), or null.</summary>
    public static Problem? Describe(string path, DuckDBException e)
    {
        var message = e.Message;
        if (message.Contains("not a valid DuckDB database", StringComparison.Ordinal) || message.Contains("database file", StringComparison.OrdinalIgnoreCase) && message.Contains("version", StringComparison.OrdinalIgnoreCase))
            return new Problem(path, 0, 0, $"not a DuckDB database this DuckDB can open: {FirstLine(message)}", "give the path of a Fulcrum event store, or a new file name");
        if (message.Contains("IO Error", StringComparison.Ordinal))
            return new Problem(path, 0, 0, FirstLine(message), "check the path and its permissions");
        return null;
    }

    /// <summary>The environment's failure behind <paramref name="e"/> (full disk, locked store), or null if it is not one.</summary>
    /// <param name="doing">What was under way, for the message: "ingesting x.CSV", "opening the store".</param>
    public static EnvironmentFailureException? Environment(string store, DuckDBException e, string doing)
    {
        var message = e.Message;
        if (message.Contains("Could not set lock", StringComparison.Ordinal) || message.Contains("Conflicting lock", StringComparison.Ordinal))
        {
            var pid = Pid().Match(message);
            return new EnvironmentFailureException(new Problem(store, 0, 0,
                $"the event store is in use by another process{(pid.Success ? $" (PID {pid.Groups[1].Value})" : "")}: DuckDB lets one process write a store at a time",
                "wait for that ingest to finish, or close the program holding the file (an R or Python session; a fulcrum serve lets go of it 30 s after its last request), then run the command again"), e);
        }
        if (IsDiskFull(message))
            return new EnvironmentFailureException(new Problem(store, 0, 0,
                $"the disk is full: DuckDB could not write while {doing} ({Cause(message)}); the store keeps what was committed before, nothing of this step was stored",
                "free space on the disk holding the store and its spill folder (a file's rows need about its size again while they load), then run the command again"), e);
        if (message.Contains("database has been invalidated", StringComparison.OrdinalIgnoreCase))
            return new EnvironmentFailureException(new Problem(store, 0, 0,
                $"DuckDB stopped the store after a failed write while {doing} ({Cause(message)}); the store on disk keeps what was committed before",
                "fix the cause (free disk space, check the disk), then run the command again: the store is checked when it is opened"), e);
        return null;
    }

    /// <summary>
    /// ENOSPC as DuckDB reports it: on a write ("No space left on device"), or when the spill folder
    /// is out of room, which it reports as an out-of-memory error naming max_temp_directory_size
    /// (by default 90% of the space free on that disk when DuckDB started).
    /// </summary>
    public static bool IsDiskFull(string message) =>
        message.Contains("No space left on device", StringComparison.OrdinalIgnoreCase)
        || message.Contains("max_temp_directory_size", StringComparison.Ordinal)
        || message.Contains("Disk full", StringComparison.OrdinalIgnoreCase);

    private static string Cause(string message)
    {
        var line = FirstLine(message);
        // DuckDB.NET prefixes the C API call that failed; the part after it is DuckDB's own message.
        var colon = line.IndexOf(" failed: ", StringComparison.Ordinal);
        return colon >= 0 ? line[(colon + 9)..] : line;
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();

    [GeneratedRegex(@"PID (\d+)")]
    private static partial Regex Pid();
}
