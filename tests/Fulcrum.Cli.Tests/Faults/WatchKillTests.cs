using System.Diagnostics;
using System.Text.Json.Nodes;
using DuckDB.NET.Data;
using Fulcrum.Events.Tests;
using Fulcrum.Feeds.Tests;

namespace Fulcrum.Cli.Tests.Faults;

/// <summary>
/// Issue 10, "killed at any moment, the next start resumes with nothing lost or doubled": a
/// <c>fulcrum watch --once</c> whose folder feed gained two new 15-minute files (a store and journal
/// already holding the first) is killed at a seeded point — inside either file's events insert,
/// before the second file's ledger row, after the first file's commit, after the ingest, inside the
/// examination, before the journal entry, inside its commit, after it — and started again. The store must then hold exactly the rows, and the journal
/// exactly the entries (clock times and ingest ids aside), of one uninterrupted run, with an intact chain.
/// </summary>
public sealed class WatchKillTests(WatchKillFiles files) : IClassFixture<WatchKillFiles>
{
    // Several moments in each step. The ingest: inside the first and the second file's events insert,
    // before the second file's ledger row, after the first file's commit, after both files. The
    // examination: signposts judged with the appraisal next, and examined with the journal next. The
    // journal: its record inserted but not committed, and committed with the alert next. More points
    // are a line each here; every one costs two process starts.
    public static TheoryData<string> Points => new()
    {
        "insert-inside:1", "insert-inside:2", "ledger-before:2", "commit-after:1", "watch-ingested:1",
        "watch-examining:1", "watch-examined:1",
        "journal-commit:1", "watch-journalled:1",
    };

    [Theory]
    [MemberData(nameof(Points))]
    public void Watch_KilledAtAPoint_NextStartLeavesWhatOneUninterruptedRunLeaves(string point)
    {
        var killed = files.Copy("killed");
        var crashed = files.Watch(killed, point);
        Assert.True(crashed.Code != 0, $"{point} was never reached: the run finished");
        Assert.Contains($"crashed at {point}, as the test asked", crashed.Error, StringComparison.Ordinal);
        var resumed = files.Watch(killed);
        Assert.True(resumed.Code == 0, resumed.Error);

        Assert.Equal(files.CleanStore, StoreDigest.Of(killed));
        Assert.Equal(files.CleanJournal, WatchKillFiles.Journal(killed));
        Assert.Equal(0, CliRunner.Run("journal", "verify", "--db", killed).ExitCode);
    }
}

/// <summary>
/// The feed folder, a store whose watch already took its first file (and journalled it), two new
/// files, and what one uninterrupted watch cycle over them leaves: built once for the sweep.
/// </summary>
public sealed class WatchKillFiles : IDisposable
{
    private static readonly DateTime First = new(2020, 11, 13, 0, 0, 0, DateTimeKind.Utc);
    private readonly TempFolder _temp = Fixture.Temp();
    private readonly string _feed;
    private readonly string _seeded;

    public WatchKillFiles()
    {
        _feed = Directory.CreateDirectory(_temp.File("feed")).FullName;
        Add(0);
        _seeded = _temp.File("seeded.duckdb");
        Assert.Equal(0, Watch(_seeded).Code);
        Add(1);
        Add(2);
        var clean = Copy("clean");
        Assert.Equal(0, Watch(clean).Code);
        CleanStore = StoreDigest.Of(clean);
        CleanJournal = Journal(clean);
        Assert.Equal(2, CleanJournal.Count);
    }

    public StoreDigest CleanStore { get; }

    public List<string> CleanJournal { get; }

    private void Add(int i)
    {
        var stamp = First.AddMinutes(15 * i);
        File.WriteAllBytes(Path.Combine(_feed, FeedFiles.Name(stamp)), FeedFiles.Export(stamp, 1_500, 1_700_000_000 + (i * 10_000), offset: i * 3_000));
    }

    public string Copy(string name)
    {
        var path = _temp.File($"{name}-{Guid.NewGuid():N}.duckdb");
        File.Copy(_seeded, path);
        return path;
    }

    /// <summary>The journal's entries without what a clock or a sequence gives (times, ingest ids), one string per entry.</summary>
    public static List<string> Journal(string db)
    {
        using var connection = new DuckDBConnection($"Data Source={db};ACCESS_MODE=READ_ONLY");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT journal_id, kind, as_of, case_id, case_sha256, body FROM journal ORDER BY journal_id";
        using var r = command.ExecuteReader();
        var entries = new List<string>();
        while (r.Read())
        {
            var body = JsonNode.Parse(r.GetString(5))!.AsObject();
            var identity = body["identity"]!.AsObject();
            identity.Remove("ran");
            identity["data"]!["store"]!.AsObject().Remove("last_ingest_id");
            identity["data"]!["store"]!.AsObject().Remove("location");
            entries.Add($"{r.GetInt64(0)} {r.GetString(1)} {r.GetDateTime(2):yyyy-MM-dd} {r.GetString(3)} {r.GetString(4)} {body.ToJsonString()}");
        }
        return entries;
    }

    public (int Code, string Error) Watch(string db, string? crashAt = null)
    {
        var start = new ProcessStartInfo(Host(), [Path.Combine(AppContext.BaseDirectory, "fulcrum.dll"), "watch", "--quiet", "--once", "--draws", "1000", "--db", db, "--feed", _feed])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["TMPDIR"] = _temp.Root;
        start.Environment["DOTNET_DbgEnableMiniDump"] = "0";
        start.Environment.Remove("FULCRUM_TEST_CRASH_AT");
        if (crashAt is not null) start.Environment["FULCRUM_TEST_CRASH_AT"] = crashAt;
        using var child = Process.Start(start)!;
        var output = child.StandardOutput.ReadToEndAsync();
        var error = child.StandardError.ReadToEndAsync();
        child.WaitForExit();
        return (child.ExitCode, output.Result + error.Result);
    }

    private static string Host() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    public void Dispose() => _temp.Dispose();
}
