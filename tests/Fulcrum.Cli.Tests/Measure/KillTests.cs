using System.Diagnostics;
using DuckDB.NET.Data;
using Fulcrum.Core.Randomness;
using Fulcrum.Events.Tests;

namespace Fulcrum.Cli.Tests.Measure;

/// <summary>
/// The ingest guarantee under a crash: a child `fulcrum ingest` is killed at random (seeded)
/// moments; after each kill the store is as it was before some file (never half a file), and
/// running the same command again ends with exactly the contents of one clean run.
/// </summary>
public class KillTests(Xunit.Abstractions.ITestOutputHelper log)
{
    private const int Runs = 6;

    [Fact]
    public void Ingest_KilledAtRandomMoments_RerunGivesTheContentsOfOneCleanRun()
    {
        using var temp = Fixture.Temp();
        // Two large files with bad rows, duplicates inside each, and 5,000 event IDs the second repeats from the first.
        var first = temp.File("20201113000000.export.CSV");
        LargeGdeltFile.Write(first, 60_000, firstId: 1_000_000_000, badEvery: 997, duplicateEvery: 499);
        var second = temp.File("20201114000000.export.CSV.gz");
        var plain = temp.File("second.tmp");
        LargeGdeltFile.Write(plain, 60_000, firstId: 1_000_055_000, badEvery: 1009, duplicateEvery: 503);
        LargeGdeltFile.Gzip(plain, second);
        File.Delete(plain);
        string[] files = [first, second];

        // Clean runs: after the first file only, and after both; and how long a whole run takes.
        var afterFirst = Digest(CleanStore(temp, "first.duckdb", [first], out _));
        var clean = Digest(CleanStore(temp, "clean.duckdb", files, out var took));
        var possible = new[] { Digest(null), afterFirst, clean };

        var random = new SeededRandom(20220224);
        var outcomes = new List<string>();
        for (var run = 0; run < Runs; run++)
        {
            var db = temp.File($"killed-{run}.duckdb");
            var delay = TimeSpan.FromMilliseconds(random.NextDouble() * took.TotalMilliseconds);
            var finished = RunChild(temp, db, files, killAfter: delay);

            var afterKill = File.Exists(db) ? Digest(db) : Digest(null);
            Assert.Contains(afterKill, possible);
            outcomes.Add(finished ? "finished" : afterKill == possible[0] ? "nothing" : afterKill == afterFirst ? "first file" : "both files");
            log.WriteLine($"run {run}: killed after {delay.TotalMilliseconds:F0} ms of a {took.TotalMilliseconds:F0} ms run: store held {outcomes[^1]}");

            Assert.True(RunChild(temp, db, files, killAfter: null), "the re-run finishes");
            Assert.Equal(clean, Digest(db));
        }
        // The seeded moments spread over the run: at least one kill lands before the end.
        Assert.Contains(outcomes, o => o != "finished");
    }

    private static string CleanStore(TempFolder temp, string name, string[] files, out TimeSpan took)
    {
        var db = temp.File(name);
        var clock = Stopwatch.StartNew();
        Assert.True(RunChild(temp, db, files, killAfter: null));
        took = clock.Elapsed;
        return db;
    }

    /// <summary>Runs the built CLI as a child process; kills it (and its children) after the delay. True if it exited by itself.</summary>
    private static bool RunChild(TempFolder temp, string db, string[] files, TimeSpan? killAfter)
    {
        var start = new ProcessStartInfo(DotnetHost(), [Path.Combine(AppContext.BaseDirectory, "fulcrum.dll"), "ingest", "--quiet", "--db", db, .. files])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["TMPDIR"] = temp.Root; // staging folders a kill leaves behind go with the test folder
        using var child = Process.Start(start)!;
        var output = child.StandardOutput.ReadToEndAsync();
        var error = child.StandardError.ReadToEndAsync();
        if (killAfter is { } delay && !child.WaitForExit(delay))
        {
            child.Kill(entireProcessTree: true);
            child.WaitForExit();
            return false;
        }
        child.WaitForExit();
        Assert.True(child.ExitCode == 0, $"exit {child.ExitCode}: {output.Result} {error.Result}");
        return true;
    }

    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    /// <summary>The store's contents: every event row, the rejects, and the ledger without its clock times.</summary>
    private static string Digest(string? db)
    {
        if (db is null) return "empty";
        using var connection = new DuckDBConnection($"Data Source={db};ACCESS_MODE=READ_ONLY");
        connection.Open();
        using var command = connection.CreateCommand();
        // Killed while the new store's tables were being created: the file is an empty database.
        command.CommandText = "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'events'";
        if ((long)command.ExecuteScalar()! == 0) return "empty";
        command.CommandText =
            """
            SELECT (SELECT count(*) || '/' || COALESCE(sum(hash(e)), 0) FROM events e) || ' | ' ||
                   (SELECT count(*) || '/' || COALESCE(sum(hash(r)), 0) FROM ingest_rejects r) || ' | ' ||
                   (SELECT COALESCE(string_agg(concat_ws(',', ingest_id, path, size_bytes, sha256, format, compression,
                        rows_read, rows_stored, rows_duplicate, rows_rejected), ';' ORDER BY ingest_id), '') FROM ingest_ledger)
            """;
        var digest = (string)command.ExecuteScalar()!;
        return digest.StartsWith("0/0 | 0/0 | ", StringComparison.Ordinal) && digest.EndsWith("| ", StringComparison.Ordinal) ? "empty" : digest;
    }
}
