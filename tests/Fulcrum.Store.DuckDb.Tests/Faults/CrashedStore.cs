using Fulcrum.Events.Store;
using Fulcrum.Events.Tests;
using Fulcrum.Store.DuckDb.Internal;

namespace Fulcrum.Store.DuckDb.Tests.Faults;

/// <summary>
/// The files a kill inside a large file's commit leaves on disk, built once for the tests that use
/// it: a store that committed a small real file (2,824 rows), then a large one (130,000 real rows
/// with fresh IDs, above DuckDB's 122,880-row row group, so its insert writes row groups straight to
/// the file and the commit logs pointers to them); the store file and its log copied while the
/// store is still open (no checkpoint yet), with the log cut before the large commit's flush marker.
/// DuckDB syncs the store file between writing the log entries and that marker (strace: ~150 ms for
/// a 1M-row file), so a kill there leaves exactly this.
/// </summary>
public sealed class CrashedStore : IDisposable
{
    public const int LargeRows = 130_000;
    public const int SmallRows = 2_824;

    public CrashedStore()
    {
        using var s = new StoreFixture();
        Temp = Fixture.Temp();
        Small = Fixture.Path(Fixture.Gdelt2Days[0]);
        Large = Temp.File("20201116000000.export.CSV");
        LargeGdeltFile.Write(Large, LargeRows, firstId: 2_000_000_000);
        s.Ingest(Small);
        s.Ingest(Large);
        Snapshot = Temp.File("crashed.duckdb");
        File.Copy(s.DbPath, Snapshot);
        File.Copy(s.DbPath + ".wal", Snapshot + ".wal");
        LogWasCut = WalTail.CutFlushMarker(Snapshot + ".wal");
    }

    public TempFolder Temp { get; }

    public string Small { get; }

    public string Large { get; }

    /// <summary>The store and its cut log, to be copied, never opened in place.</summary>
    public string Snapshot { get; }

    public bool LogWasCut { get; }

    /// <summary>A fresh copy of the crashed store (file and log) under <paramref name="name"/>.</summary>
    public string Copy(TempFolder into, string name)
    {
        var path = into.File(name);
        File.Copy(Snapshot, path);
        File.Copy(Snapshot + ".wal", path + ".wal");
        return path;
    }

    public static DuckDbEventStore Open(string path, bool readOnly = false)
    {
        var opened = DuckDbEventStore.Open(path, new DuckDbStoreOptions { ReadOnly = readOnly });
        Assert.True(opened.Ok, string.Join("; ", opened.Problems));
        return opened.Value!;
    }

    public static FileIngestResult Ingest(DuckDbEventStore store, string path) => store.Ingest(new IngestRequest(path));

    public void Dispose() => Temp.Dispose();
}
