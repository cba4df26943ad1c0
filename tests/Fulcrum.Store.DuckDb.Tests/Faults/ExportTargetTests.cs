using System.Diagnostics;
using Fulcrum.Core.Problems;
using Fulcrum.Events.Store;
using Fulcrum.Events.Tests;

namespace Fulcrum.Store.DuckDb.Tests.Faults;

/// <summary>
/// Issue 16, item 2: <c>export --out</c> could name the store it reads, which DuckDB overwrote
/// (exit 0, the store gone). The output is now refused when it is the store under any name, its
/// log, or any DuckDB file, and written through a temporary file renamed over it.
/// </summary>
public class ExportTargetTests
{
    public static TheoryData<string> Spellings => ["same path", "relative with ./", "through ..", "symbolic link", "hard link"];

    [Theory]
    [MemberData(nameof(Spellings))]
    public void Export_OverTheStoreUnderAnyName_IsRefusedAndTheStoreIsIntact(string spelling)
    {
        using var s = new StoreFixture();
        s.Ingest(Fixture.Path(Fixture.Gdelt2Days[0]));
        var target = spelling switch
        {
            "same path" => s.DbPath,
            "relative with ./" => "./" + Path.GetRelativePath(Environment.CurrentDirectory, s.DbPath),
            "through .." => Path.Combine(s.Temp.Root, "sub", "..", "store.duckdb"),
            "symbolic link" => File.CreateSymbolicLink(s.Temp.File("link.csv"), s.DbPath).FullName,
            _ => HardLink(s.DbPath, s.Temp.File("hard.csv")),
        };
        Directory.CreateDirectory(s.Temp.File("sub"));
        var before = Events.Reading.FileChecksum.Sha256(s.DbPath);

        var e = Assert.Throws<InputException>(() => s.Store.Export(new ExportRequest(ExportFormat.Csv, target)));

        Assert.Contains("is the event store being exported", e.Problems[0].Message, StringComparison.Ordinal);
        Assert.Equal(target, e.Problems[0].File);
        Assert.Equal(before, Events.Reading.FileChecksum.Sha256(s.DbPath));
        s.Reopen();
        Assert.Equal(2824, s.Store.Coverage().Events);
    }

    [Fact]
    public void Export_OverTheStoresLog_IsRefused()
    {
        using var s = new StoreFixture();
        s.Ingest(Fixture.Path(Fixture.Gdelt2Days[0]));
        Assert.True(File.Exists(s.DbPath + ".wal"), "the ingest left a log to fold in at the next checkpoint");

        var e = Assert.Throws<InputException>(() => s.Store.Export(new ExportRequest(ExportFormat.Parquet, s.DbPath + ".wal")));

        Assert.Contains("is the event store being exported", e.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_OverAnotherDuckDbFile_IsRefused()
    {
        using var s = new StoreFixture();
        s.Ingest(Fixture.Path(Fixture.Gdelt2Days[0]));
        var other = s.Temp.File("other.parquet");
        using (var store = DuckDbEventStore.Open(other).ValueOrThrow()) Assert.Equal(0, store.Coverage().Events);
        var before = Events.Reading.FileChecksum.Sha256(other);

        var e = Assert.Throws<InputException>(() => s.Store.Export(new ExportRequest(ExportFormat.Parquet, other)));

        Assert.Contains("is a DuckDB database", e.Problems[0].Message, StringComparison.Ordinal);
        Assert.Equal(before, Events.Reading.FileChecksum.Sha256(other));
    }

    [Fact]
    public void Export_OverAnExistingFile_ReplacesItWholeAndLeavesNoTemporaryFile()
    {
        using var s = new StoreFixture();
        s.Ingest(Fixture.Path(Fixture.Gdelt2Days[0]));
        var output = s.Temp.Write("events.csv", "an older export\n");

        var result = s.Store.Export(new ExportRequest(ExportFormat.Csv, output));

        Assert.Equal(2824, result.Rows);
        Assert.Equal(2824, s.Count($"SELECT count(*) FROM read_csv('{output}')"));
        Assert.Equal(["events.csv", "store.duckdb"], Directory.GetFiles(s.Temp.Root).Select(Path.GetFileName).Where(n => !n!.EndsWith(".wal", StringComparison.Ordinal)).Order());
    }

    [Fact]
    public void Export_ThroughASymbolicLink_WritesWhereItPoints()
    {
        using var s = new StoreFixture();
        s.Ingest(Fixture.Path(Fixture.Gdelt2Days[0]));
        var target = s.Temp.Write("target.csv", "old\n");
        var link = File.CreateSymbolicLink(s.Temp.File("link.csv"), target).FullName;

        s.Store.Export(new ExportRequest(ExportFormat.Csv, link));

        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.Equal(2824, s.Count($"SELECT count(*) FROM read_csv('{target}')"));
    }

    [Fact]
    public void Export_ToAFolder_IsRefused()
    {
        using var s = new StoreFixture();

        var e = Assert.Throws<InputException>(() => s.Store.Export(new ExportRequest(ExportFormat.Csv, s.Temp.Root)));

        Assert.Contains("is a folder", e.Problems[0].Message, StringComparison.Ordinal);
    }

    private static string HardLink(string existing, string link)
    {
        using var ln = Process.Start(new ProcessStartInfo("ln", [existing, link]) { UseShellExecute = false })!;
        ln.WaitForExit();
        Assert.Equal(0, ln.ExitCode);
        return link;
    }
}
