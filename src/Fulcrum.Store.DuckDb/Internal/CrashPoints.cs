using System.Globalization;

namespace Fulcrum.Store.DuckDb.Internal;

/// <summary>
/// A test seam (docs/events.md, "Crash test seam"): with <c>FULCRUM_TEST_CRASH_AT=point:n</c> set,
/// the process dies (<see cref="Environment.FailFast(string)"/>) the n-th time it passes the named
/// point, so a test can kill <c>fulcrum ingest</c> at an exact place and check what the store holds
/// after. Unset (always, outside tests), every pass is a no-op that reads one static field.
/// </summary>
internal static class CrashPoints
{
    public const string Variable = "FULCRUM_TEST_CRASH_AT";

    /// <summary>Before the events of a file are inserted.</summary>
    public const string InsertBefore = "insert-before";

    /// <summary>Each batch of 2,048 rows DuckDB takes from the reader while it inserts.</summary>
    public const string InsertInside = "insert-inside";

    public const string InsertAfter = "insert-after";

    /// <summary>Before and after the duplicate check deletes what it found.</summary>
    public const string DedupBefore = "dedup-before";

    public const string LedgerBefore = "ledger-before";

    public const string LedgerAfter = "ledger-after";

    public const string CommitBefore = "commit-before";

    /// <summary>
    /// Inside the commit: the state a kill leaves once DuckDB has written the transaction's log
    /// entries but not yet the flush marker that ends them (DuckDB syncs the database file between
    /// the two). Reached by letting the commit finish, cutting that last marker off the log, then dying.
    /// </summary>
    public const string CommitUnflushed = "commit-unflushed";

    public const string CommitAfter = "commit-after";

    public const string CheckpointBefore = "checkpoint-before";

    /// <summary>Inside a checkpoint, before it writes the new header (DuckDB's own abort switch).</summary>
    public const string CheckpointInside = "checkpoint-inside";

    public const string CheckpointAfter = "checkpoint-after";

    /// <summary>A journal record inserted, its transaction not yet committed.</summary>
    public const string JournalCommit = "journal-commit";

    private static readonly (string Point, long N)? Armed = Parse(Environment.GetEnvironmentVariable(Variable));
    private static long s_passes;

    /// <summary>Whether <paramref name="point"/> is the armed point (to prepare a crash inside a DuckDB call).</summary>
    public static bool IsArmed(string point) => Armed is { } armed && armed.Point == point;

    /// <summary>Counts a pass of <paramref name="point"/>; true when this is the pass to crash at.</summary>
    public static bool Reached(string point) =>
        Armed is { } armed && armed.Point == point && Interlocked.Increment(ref s_passes) == armed.N;

    /// <summary>Dies at the armed pass of <paramref name="point"/>.</summary>
    public static void Pass(string point)
    {
        if (Reached(point)) Crash(point);
    }

    public static void Crash(string point) =>
        Environment.FailFast($"{Variable}: crashed at {point}:{Armed!.Value.N}, as the test asked");

    private static (string, long)? Parse(string? value)
    {
        if (string.IsNullOrEmpty(value)) return null;
        var colon = value.LastIndexOf(':');
        return colon > 0 && long.TryParse(value.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? (value[..colon], n)
            : throw new InvalidOperationException($"{Variable}={value}: expected point:n, e.g. commit-before:2");
    }
}
