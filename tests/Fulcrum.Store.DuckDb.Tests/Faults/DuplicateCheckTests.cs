using Fulcrum.Events.Store;
using Fulcrum.Events.Tests;

namespace Fulcrum.Store.DuckDb.Tests.Faults;

/// <summary>
/// Issue 16, item 5: the duplicate check ran DuckDB out of memory on a re-ingest of 7.4 million
/// rows (one statement over all of them). It now works through the ID range in chunks of bounded
/// size (measured at full size: bench/README.md); these tests cross many chunk boundaries with
/// small chunks and check the result is the one-statement result. A failed large file gives its
/// space back and leaves no spill files.
/// </summary>
public class DuplicateCheckTests
{
    [Fact]
    public void Ingest_DuplicateCheckInManySmallChunks_StoresExactlyWhatOneChunkStores()
    {
        using var temp = Fixture.Temp();
        // Real rows, fresh IDs: repeats inside each file, bad rows, and 10,000 IDs of the first file again in the second.
        var first = temp.File("20201113000000.export.CSV");
        LargeGdeltFile.Write(first, 20_000, firstId: 1_000_000_000, badEvery: 997, duplicateEvery: 499);
        var second = temp.File("20201114000000.export.CSV");
        LargeGdeltFile.Write(second, 20_000, firstId: 1_000_009_900, badEvery: 1009, duplicateEvery: 503);

        var (one, oneRows) = IngestBoth(temp, "one.duckdb", first, second, chunkRows: 1_000_000);
        var (many, manyRows) = IngestBoth(temp, "many.duckdb", first, second, chunkRows: 997);

        Assert.Equal(one.Select(r => (r.Stored, r.Duplicate, r.Rejected)), many.Select(r => (r.Stored, r.Duplicate, r.Rejected)));
        Assert.Equal(oneRows, manyRows);
        // Against an independent reading: each (dataset, event ID) of a valid row once, its first line.
        var expected = new[] { first, second }.SelectMany(f => Fixture.ReadAll(f).Records).Select(r => r.EventId).Distinct().Count();
        Assert.Equal(expected, manyRows.Count);
        Assert.Equal(manyRows.Count, manyRows.Select(r => r.EventId).Distinct().Count());
        Assert.True(many[1].Duplicate > 10_000 - 100, $"the second file repeats about 10,000 stored IDs: {many[1].Duplicate}");
    }

    [Fact]
    public void Ingest_SupersetOfTheStoreInSmallChunks_CountsEveryStoredRowAsADuplicate()
    {
        using var temp = Fixture.Temp();
        var half = temp.File("half.export.CSV");
        LargeGdeltFile.Write(half, 15_000, firstId: 2_000_000_000);
        var whole = temp.File("whole.export.CSV");
        LargeGdeltFile.Write(whole, 30_000, firstId: 2_000_000_000);

        var (results, rows) = IngestBoth(temp, "superset.duckdb", half, whole, chunkRows: 2_048);

        Assert.Equal((15_000L, 15_000L), (results[1].Stored, results[1].Duplicate));
        Assert.Equal(30_000, rows.Count);
        Assert.All(rows, r => Assert.Equal(r.EventId < 2_000_015_000 ? 1 : 2, r.IngestId));
    }

    [Fact]
    public void Ingest_LargeFileThatFailsAtItsEnd_GivesItsSpaceBackAndLeavesNoSpillFiles()
    {
        using var s = new StoreFixture();
        s.Ingest(Fixture.Path(Fixture.Gdelt2Days[0]));
        s.Reopen(); // checkpointed: the file's size is the store's
        var before = new FileInfo(s.DbPath).Length;
        // 130,000 rows (above a row group, so the load writes to the store file), gzipped and cut
        // short: every row is read and inserted before the gzip trailer's size fails the file.
        var plain = s.Temp.File("large.CSV");
        LargeGdeltFile.Write(plain, 130_000, firstId: 2_000_000_000);
        var gz = s.Temp.File("large.CSV.gz");
        LargeGdeltFile.Gzip(plain, gz);
        var bytes = File.ReadAllBytes(gz);
        var cut = s.Temp.Write("cut.CSV.gz", bytes[..^2000]);

        var result = s.Ingest(cut);

        Assert.Equal(IngestStatus.Failed, result.Status);
        Assert.Equal(2824, s.Count("SELECT count(*) FROM events"));
        var after = new FileInfo(s.DbPath).Length;
        Assert.True(after < before + (4 << 20), $"the store grew from {before:N0} to {after:N0} bytes for a file it did not keep");
        Assert.Empty(Directory.Exists(s.DbPath + ".tmp") ? Directory.GetFiles(s.DbPath + ".tmp") : []);
    }

    private static (List<FileIngestResult> Results, List<(long EventId, long Line, int IngestId)> Rows) IngestBoth(
        TempFolder temp, string name, string first, string second, long chunkRows)
    {
        var opened = DuckDbEventStore.Open(temp.File(name), new DuckDbStoreOptions { DedupChunkRows = chunkRows });
        using var store = opened.ValueOrThrow();
        var results = new List<FileIngestResult> { store.Ingest(new IngestRequest(first)), store.Ingest(new IngestRequest(second)) };
        Assert.All(results, r => Assert.Equal(IngestStatus.Ingested, r.Status));
        using var command = store.Connection.CreateCommand();
        command.CommandText = "SELECT event_id, source_line, ingest_id FROM events ORDER BY event_id, ingest_id, source_line";
        using var reader = command.ExecuteReader();
        var rows = new List<(long, long, int)>();
        while (reader.Read()) rows.Add((reader.GetInt64(0), reader.GetInt64(1), reader.GetInt32(2)));
        return (results, rows);
    }
}
