namespace Fulcrum.Cli.Tests.Faults;

/// <summary>
/// Issue 16, "nothing lost, nothing doubled": <c>fulcrum ingest</c> of several files, killed at each
/// named point of the store's crash seam (before, inside and after the events insert, the duplicate
/// check, the ledger write, the commit — including inside it, after DuckDB logged the transaction
/// and before its end marker — and the checkpoint), at its first, second and last pass; then run
/// again. Every re-run must leave exactly the store one clean run leaves, row for row. The points
/// and passes are fixed, so the sweep is the same on every run.
/// </summary>
[Collection(SweepFiles.Collection)]
public class KillSweepTests(SweepFiles files, Xunit.Abstractions.ITestOutputHelper log)
{
    // Batches of 2,048 rows DuckDB takes: 2,997 valid rows (2), 3,000 (2), 3,000 (2). Each point
    // at its first and last pass (and the ledger row and commit end of the middle file too).
    public static TheoryData<string, int> SmallPoints => new()
    {
        { "insert-before", 1 }, { "insert-before", 3 },
        { "insert-inside", 1 }, { "insert-inside", 6 },
        { "insert-after", 2 },
        { "dedup-before", 1 }, { "dedup-before", 3 },
        { "ledger-before", 1 }, { "ledger-before", 3 },
        { "ledger-after", 2 },
        { "commit-before", 1 }, { "commit-before", 3 },
        { "commit-unflushed", 1 }, { "commit-unflushed", 2 }, { "commit-unflushed", 3 },
        { "commit-after", 2 },
        { "checkpoint-before", 1 }, { "checkpoint-inside", 1 }, { "checkpoint-after", 1 },
    };

    // The first file (2 batches), then the large one (61 batches): killed inside its load, and inside
    // its commit — where DuckDB's replay kept its rows without its ledger row.
    public static TheoryData<string, int> LargePoints => new()
    {
        { "insert-inside", 40 }, { "commit-unflushed", 2 },
    };

    [Theory]
    [MemberData(nameof(SmallPoints))]
    public void Ingest_ThreeFilesKilledAtAPoint_RerunLeavesWhatOneCleanRunLeaves(string point, int pass) =>
        KillAndRerun(files.Small, files.CleanSmall, point, pass);

    [Theory]
    [MemberData(nameof(LargePoints))]
    public void Ingest_LargeFileKilledAtAPoint_RerunLeavesWhatOneCleanRunLeaves(string point, int pass) =>
        KillAndRerun(files.WithLarge, files.CleanWithLarge, point, pass);

    private void KillAndRerun(string[] inputs, StoreDigest clean, string point, int pass)
    {
        var db = files.Temp.File($"killed-{point}-{pass}-{inputs.Length}-{Guid.NewGuid():N}.duckdb");

        var killed = ChildIngest.Run(db, inputs, files.Temp.Root, crashAt: $"{point}:{pass}");
        Assert.True(killed.Code != 0, $"{point}:{pass} was never reached: the run finished (exit 0)");
        Assert.Contains($"crashed at {point}:{pass}, as the test asked", killed.Error, StringComparison.Ordinal);

        var rerun = ChildIngest.Run(db, inputs, files.Temp.Root);
        Assert.True(rerun.Code == 0, $"the re-run: exit {rerun.Code}: {rerun.Out} {rerun.Error}");
        var after = StoreDigest.Of(db);
        log.WriteLine($"{point}:{pass}: {after.Events:N0} events, {after.Rejects:N0} rejects after the re-run");
        Assert.Equal(0, after.EventsWithoutLedgerRow);
        Assert.Equal(clean, after);
    }
}
