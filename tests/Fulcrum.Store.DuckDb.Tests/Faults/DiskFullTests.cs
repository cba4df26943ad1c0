using Fulcrum.Core.Problems;
using Fulcrum.Events.Store;
using Fulcrum.Events.Tests;
using Fulcrum.Events.Tests.Faults;

namespace Fulcrum.Store.DuckDb.Tests.Faults;

/// <summary>
/// Issue 16, item 4: a full disk was "internal error … this is a bug" (or a misleading "Out of
/// Memory"). Here a real disk fills up — a tmpfs of a few megabytes — while a file loads (DuckDB
/// writes its row groups), while its commit writes the log, and while an export writes: each is an
/// <see cref="EnvironmentFailureException"/> that says the disk is full, and the store (or the
/// previous export) is what it was before.
/// </summary>
public class DiskFullTests
{
    [TmpfsFact]
    public void Ingest_WhenTheDiskFillsWhileAFileLoads_SaysTheDiskIsFullAndKeepsTheEarlierFile()
    {
        using var disk = new Tmpfs(24);
        using var temp = Fixture.Temp();
        var large = temp.File("20201116000000.export.CSV");
        LargeGdeltFile.Write(large, 130_000, firstId: 2_000_000_000); // 54 MB: its row groups cannot all be written
        var db = disk.File("store.duckdb");
        var options = new DuckDbStoreOptions { TempDirectory = disk.Root };

        EnvironmentFailureException failure;
        using (var store = DuckDbEventStore.Open(db, options).ValueOrThrow())
        {
            Assert.Equal(IngestStatus.Ingested, store.Ingest(new IngestRequest(Fixture.Path(Fixture.Gdelt2Days[0]))).Status);
            failure = Assert.Throws<EnvironmentFailureException>(() => store.Ingest(new IngestRequest(large)));
        }

        Assert.Equal(db, failure.Problem.File);
        Assert.Contains("the disk is full", failure.Problem.Message, StringComparison.Ordinal);
        Assert.Contains("ingesting " + large, failure.Problem.Message, StringComparison.Ordinal);
        Assert.Contains("free space", failure.Problem.Hint, StringComparison.Ordinal);
        AssertHoldsOnlyTheFirstDay(db);
    }

    [TmpfsFact]
    public void Ingest_WhenTheDiskFillsWhileTheCommitWritesTheLog_SaysTheDiskIsFullAndTheStoreStaysAsCommitted()
    {
        // 1 MB: room for a new store's tables, not for the log of a day's 2,824 rows (1.3 MB).
        using var disk = new Tmpfs(1);
        var db = disk.File("store.duckdb");
        var day = Fixture.Path(Fixture.Gdelt2Days[0]);

        EnvironmentFailureException failure, after;
        using (var store = DuckDbEventStore.Open(db, new DuckDbStoreOptions { TempDirectory = disk.Root }).ValueOrThrow())
        {
            failure = Assert.Throws<EnvironmentFailureException>(() => store.Ingest(new IngestRequest(day)));
            // DuckDB stops a database whose log it could not write: every later statement fails, and says why.
            after = Assert.Throws<EnvironmentFailureException>(() => store.Ingest(new IngestRequest(Fixture.Path(Fixture.Gdelt2Days[1]))));
        }

        Assert.Contains("the disk is full", failure.Problem.Message, StringComparison.Ordinal);
        Assert.Contains("Failed to commit", failure.Problem.Message, StringComparison.Ordinal);
        Assert.Contains("the disk is full", after.Problem.Message, StringComparison.Ordinal);
        using var reader = DuckDbEventStore.Open(db, new DuckDbStoreOptions { ReadOnly = true }).ValueOrThrow();
        Assert.Equal(new StoreCoverage(0, 0, null, null), reader.Coverage());
    }

    [TmpfsFact]
    public void Export_WhenTheDiskFills_SaysSoAndLeavesThePreviousFileAndNoPartOfTheNewOne()
    {
        using var disk = new Tmpfs(1);
        using var s = new StoreFixture();
        s.Ingest(Fixture.Path(Fixture.Gdelt2Days[0]));
        var output = disk.File("events.csv");
        File.WriteAllText(output, "the previous export\n");

        var failure = Assert.Throws<EnvironmentFailureException>(() => s.Store.Export(new ExportRequest(ExportFormat.Csv, output)));

        Assert.Contains("the disk is full", failure.Problem.Message, StringComparison.Ordinal);
        Assert.Equal("the previous export\n", File.ReadAllText(output));
        Assert.Equal([output], Directory.GetFiles(disk.Root));
    }

    /// <summary>Opened again (read-only: the disk is still full), the store holds the first day and its ledger row, nothing of the failed file.</summary>
    private static void AssertHoldsOnlyTheFirstDay(string db)
    {
        using var reader = DuckDbEventStore.Open(db, new DuckDbStoreOptions { ReadOnly = true }).ValueOrThrow();
        var coverage = reader.Coverage();
        Assert.Equal(2824, coverage.Events);
        Assert.Equal(1, coverage.Files);
    }
}
