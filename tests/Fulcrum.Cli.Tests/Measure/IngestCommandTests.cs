using Fulcrum.Events.Tests;

namespace Fulcrum.Cli.Tests.Measure;

public class IngestCommandTests
{
    [Fact]
    public void Ingest_FolderAsJson_ListsEveryFileWithItsCountsAndTotals()
    {
        using var cli = new MeasureCli();
        var folder = Path.GetDirectoryName(Fixture.Path(Fixture.Gdelt2Days[0]))!;

        var json = cli.Json("ingest", folder);

        var files = json.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(4, files.Count); // the 300-row plain file and the three days, in name order
        foreach (var f in files)
        {
            foreach (var field in new[] { "path", "format", "read", "stored", "duplicate", "rejected", "status", "message" })
                Assert.True(f.TryGetProperty(field, out _), field);
            Assert.Equal(f.GetProperty("read").GetInt64(),
                f.GetProperty("stored").GetInt64() + f.GetProperty("duplicate").GetInt64() + f.GetProperty("rejected").GetInt64());
            Assert.Equal("gdelt2", f.GetProperty("format").GetString());
        }
        var totals = json.GetProperty("totals");
        Assert.Equal(4, totals.GetProperty("ingested").GetInt32());
        Assert.Equal(9354, totals.GetProperty("stored").GetInt64());
        Assert.Equal(300, totals.GetProperty("duplicate").GetInt64());
    }

    [Fact]
    public void Ingest_Again_SkipsEveryFile()
    {
        using var cli = new MeasureCli();
        cli.IngestFixtures(Fixture.Icews);

        var json = cli.Json("ingest", Fixture.Path(Fixture.Icews));

        Assert.Equal("skipped", json.GetProperty("files")[0].GetProperty("status").GetString());
        Assert.Equal(1, json.GetProperty("totals").GetProperty("skipped").GetInt32());
    }

    [Fact]
    public void Ingest_AFileThatFails_ExitsWithBadInputAndStillIngestsTheOthers()
    {
        using var cli = new MeasureCli();
        var html = cli.Temp.Write("20201116.export.CSV", "<!doctype html><title>Not found</title>\n");

        var run = cli.Run("ingest", html, Fixture.Path(Fixture.Gdelt2Plain));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("failed", run.Out, StringComparison.Ordinal);
        Assert.Contains("web page", run.Out, StringComparison.Ordinal);
        Assert.Contains("ingested", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_Redirected_PrintsMilestonesUnlessQuiet()
    {
        using var cli = new MeasureCli();

        var run = cli.Run("ingest", Fixture.Path(Fixture.Gdelt2Days[0]));
        var quiet = cli.Run("ingest", Fixture.Path(Fixture.Gdelt2Days[1]), "--quiet");

        Assert.Contains("ingest [1/1]", run.Error, StringComparison.Ordinal);
        Assert.Contains("ingested: 2,824 rows read", run.Error, StringComparison.Ordinal);
        Assert.Equal("", quiet.Error);
    }

    [Fact]
    public void Ingest_ForcedFormat_IsUsedAndAWrongOneFailsTheFile()
    {
        using var cli = new MeasureCli();

        var wrong = cli.Json("ingest", "--format", "gdelt2", Fixture.Path(Fixture.Gdelt1));
        var right = cli.Json("ingest", "--format", "gdelt1", Fixture.Path(Fixture.Gdelt1));

        Assert.Equal("failed", wrong.GetProperty("files")[0].GetProperty("status").GetString());
        Assert.Contains("GDELT 1.0", wrong.GetProperty("files")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(300, right.GetProperty("totals").GetProperty("stored").GetInt64());
    }

    [Theory]
    [InlineData("ingest")]
    [InlineData("ingest", "--format", "gdelt3", "x")]
    public void Ingest_BadCommandLine_IsAUsageError(params string[] args) => Assert.Equal(1, CliRunner.Run(args).ExitCode);

    [Fact]
    public void Ingest_MissingPath_IsBadInputNamingIt()
    {
        using var cli = new MeasureCli();

        var run = cli.Run("ingest", cli.Temp.File("nowhere.CSV"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("nowhere.CSV: no such file or folder", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_AfterABadFile_ListsTheRowsWithTheirReasons()
    {
        using var cli = new MeasureCli();
        var lines = Fixture.Text(Fixture.Gdelt2Plain).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[1] = lines[1].Replace("\t20201113\t", "\t20221399\t", StringComparison.Ordinal);
        lines[2] += "\tone too many";
        var path = cli.Temp.Write("bad.export.CSV", string.Join('\n', lines) + "\n");
        cli.Run("ingest", path, "--quiet");

        var json = cli.Json("rejects", "--file", "bad.export.CSV", "--limit", "1");
        var table = cli.Run("rejects");

        Assert.Equal(2, json.GetProperty("total").GetInt64());
        var first = json.GetProperty("rejects")[0];
        Assert.Equal((2, 2, "SQLDATE"), (first.GetProperty("line").GetInt32(), first.GetProperty("column").GetInt32(), first.GetProperty("column_name").GetString()));
        Assert.Contains("'20221399' is not a date", first.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(lines[1], first.GetProperty("raw_line").GetString());
        Assert.Contains("62 tab-separated fields", table.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_WithoutAStore_SaysToIngestFirst()
    {
        using var cli = new MeasureCli();

        var run = cli.Run("rejects");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no event store here", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(cli.Db));
    }
}
