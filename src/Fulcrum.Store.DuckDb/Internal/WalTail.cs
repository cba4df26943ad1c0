namespace Fulcrum.Store.DuckDb.Internal;

/// <summary>
/// The end of DuckDB's write-ahead log (<c>store.duckdb.wal</c>), for the crash seam only. DuckDB
/// ends each committed transaction's entries with a flush marker: 8 bytes of length (5), 8 of
/// checksum, then the 5-byte entry {field 100 = WAL_FLUSH (100), end}. A transaction whose marker
/// is missing was not committed; a kill after DuckDB wrote the entries and before the marker
/// leaves the log so.
/// </summary>
internal static class WalTail
{
    private const int MarkerLength = 21;
    private static readonly byte[] FlushEntry = [0x64, 0x00, 0x64, 0xFF, 0xFF];

    /// <summary>
    /// Cuts the flush marker of the transaction just committed off the log and dies, leaving on
    /// disk what a kill inside that commit leaves. If the log does not end with a marker (DuckDB
    /// checkpointed the commit instead), it dies without cutting and says so.
    /// </summary>
    public static void CrashUnflushed(string store)
    {
        if (!CutFlushMarker(store + ".wal"))
            Environment.FailFast($"{CrashPoints.Variable}: crashed at {CrashPoints.CommitUnflushed}, but the log did not end with a flush marker (nothing cut)");
        CrashPoints.Crash(CrashPoints.CommitUnflushed);
    }

    /// <summary>Removes the flush marker that ends the log at <paramref name="wal"/>; false if it does not end with one.</summary>
    public static bool CutFlushMarker(string wal)
    {
        if (!File.Exists(wal)) return false;
        using var file = new FileStream(wal, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
        if (file.Length < MarkerLength) return false;
        var tail = new byte[MarkerLength];
        file.Position = file.Length - MarkerLength;
        file.ReadExactly(tail);
        if (BitConverter.ToUInt64(tail, 0) != (ulong)FlushEntry.Length || !tail.AsSpan(16).SequenceEqual(FlushEntry)) return false;
        file.SetLength(file.Length - MarkerLength);
        file.Flush(flushToDisk: true);
        return true;
    }
}
