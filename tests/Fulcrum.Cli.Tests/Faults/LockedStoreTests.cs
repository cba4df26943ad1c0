using System.Diagnostics;
using Fulcrum.Core.Problems;
using Fulcrum.Store.DuckDb;

namespace Fulcrum.Cli.Tests.Faults;

/// <summary>
/// Issue 16, item 4: a store another process is writing is the environment's failure, not a bug and
/// not bad input: <see cref="EnvironmentFailureException"/>, naming the process. (DuckDB's lock is
/// per process, so the holder is a child `fulcrum ingest` of the sweep's large file.)
/// </summary>
[Collection(SweepFiles.Collection)]
public class LockedStoreTests(SweepFiles files)
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Open_WhileAnotherProcessIngests_IsAnEnvironmentFailureNamingIt(bool readOnly)
    {
        var db = files.Temp.File($"locked-{readOnly}-{Guid.NewGuid():N}.duckdb");
        using var child = ChildIngest.Start(db, files.WithLarge, files.Temp.Root);
        try
        {
            var failure = WhileRunning(child, db, () => DuckDbEventStore.Open(db, new DuckDbStoreOptions { ReadOnly = readOnly }));

            Assert.Equal(db, failure.Problem.File);
            Assert.Contains($"the event store is in use by another process (PID {child.Id})", failure.Problem.Message, StringComparison.Ordinal);
            Assert.Contains("wait for that ingest to finish", failure.Problem.Hint, StringComparison.Ordinal);
        }
        finally
        {
            child.WaitForExit();
        }
        Assert.Equal(0, child.ExitCode);
    }

    /// <summary>Tries <paramref name="open"/> until the child holds the store (then it must fail as locked); fails if the child ends first.</summary>
    private static EnvironmentFailureException WhileRunning(Process child, string db, Func<Checked<DuckDbEventStore>> open)
    {
        var clock = Stopwatch.StartNew();
        while (!child.HasExited && clock.Elapsed < TimeSpan.FromMinutes(2))
        {
            // Only once the child has created the store: opening it first would lock the child out.
            if (!File.Exists(db))
            {
                Thread.Sleep(20);
                continue;
            }
            try
            {
                // Opened: the child has just released the store (its run is ending); the loop ends with it.
                open().Value?.Dispose();
            }
            catch (EnvironmentFailureException e)
            {
                return e;
            }
            Thread.Sleep(50);
        }
        throw new Xunit.Sdk.XunitException("the child finished its ingest before the store was seen locked");
    }
}
