using System.Text.Json;
using Fulcrum.Events.Tests;
using Fulcrum.Feeds.Tests;

namespace Fulcrum.Cli.Tests.Loop;

public class WatchCommandTests
{
    private static readonly DateTime First = new(2020, 11, 13, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Watch_FolderFeedOnce_OneJsonLineForTheCycle()
    {
        using var temp = Fixture.Temp();
        var feed = Directory.CreateDirectory(temp.File("feed")).FullName;
        File.WriteAllBytes(Path.Combine(feed, FeedFiles.Name(First)), FeedFiles.Export(First));
        var db = temp.File("w.duckdb");

        var run = CliRunner.Run("watch", "--feed", feed, "--db", db, "--once", "--draws", "1000", "--json");

        Assert.True(run.ExitCode == 0, run.Error);
        var line = Assert.Single(run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("schema_version").GetInt32());
        Assert.Equal((1, 1L, "2020-11-13"), (root.GetProperty("cycle").GetInt32(), root.GetProperty("entry").GetInt64(), root.GetProperty("as_of").GetString()));
        Assert.Equal("ingested", Assert.Single(root.GetProperty("ingested").EnumerateArray().ToList()).GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("feed").ValueKind);
        Assert.True(root.GetProperty("probabilities").EnumerateObject().Any());

        var again = CliRunner.Run("watch", "--feed", feed, "--db", db, "--once", "--draws", "1000");
        Assert.True(again.ExitCode == 0, again.Error);
        Assert.Contains("nothing new to judge (journal entry 1 records this data)", again.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Watch_HttpFeed_DownloadsChecksAndIngestsTheListedExport()
    {
        using var server = new LocalFeedServer();
        using var temp = Fixture.Temp();
        var body = FeedFiles.Export(First);
        var path = "/gdeltv2/" + FeedFiles.Name(First);
        server.Serve(path, body);
        server.Serve("/gdeltv2/lastupdate.txt", FeedFiles.Line(body, server.Url(path)) + "\n");
        var db = temp.File("w.duckdb");

        var run = CliRunner.Run("watch", "--feed", server.Url("/gdeltv2/").ToString(), "--db", db, "--once", "--draws", "1000");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("cycle 1 ", run.Out, StringComparison.Ordinal);
        Assert.Contains("1 file ingested (", run.Out, StringComparison.Ordinal);
        Assert.Contains("journal entry 1", run.Out, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(db + ".feed", FeedFiles.Name(First))));
    }

    [Theory]
    [InlineData("--interval", "15x", "--interval: '15x' is not an interval")]
    [InlineData("--alert-move", "2", "--alert-move: a move of 2 is outside (0, 1)")]
    [InlineData("--max-cycles", "0", "--max-cycles: 0 cycles")]
    public void Watch_BadSetting_Exit2NamingTheOption(string option, string value, string message)
    {
        using var temp = Fixture.Temp();
        var run = CliRunner.Run("watch", "--feed", temp.Root, "--db", temp.File("w.duckdb"), option, value);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Watch_NoSuchFeed_Exit2NamingFeed()
    {
        using var temp = Fixture.Temp();
        var run = CliRunner.Run("watch", "--feed", temp.File("absent"), "--db", temp.File("w.duckdb"), "--once");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--feed: '", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Fetch_LocalMasterList_TheRangeDownloadedTheGapNotedAndARerunSkipsAll()
    {
        using var temp = Fixture.Temp();
        var source = Directory.CreateDirectory(temp.File("server")).FullName;
        var lines = new List<string>();
        foreach (var minutes in new[] { 0, 15, 45 }) // 00:30 is missing
        {
            var stamp = First.AddMinutes(minutes);
            var body = FeedFiles.Export(stamp, 300, 1_600_000_000 + (minutes * 1_000));
            var file = Path.Combine(source, FeedFiles.Name(stamp));
            File.WriteAllBytes(file, body);
            lines.Add(FeedFiles.Line(body, new Uri(file)));
            lines.Add($"97545 42e3bc7be6814f24ba092c3345a1737f {new Uri(file.Replace("export", "mentions", StringComparison.Ordinal))}");
        }
        var list = temp.Write("masterfilelist.txt", string.Join('\n', lines) + "\n");
        var into = temp.File("into");

        var run = CliRunner.Run("fetch", "--feed", new Uri(list).ToString(), "--from", "2020-11-13", "--to", "2020-11-13", "--into", into, "--json");

        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal((3, 0, 0), (root.GetProperty("downloaded").GetInt32(), root.GetProperty("present").GetInt32(), root.GetProperty("failed").GetInt32()));
        Assert.Equal("no file for 2020-11-13 00:30", Assert.Single(root.GetProperty("gaps").EnumerateArray().ToList()).GetProperty("sentence").GetString());
        Assert.Equal(3, Directory.GetFiles(into).Length);

        var again = CliRunner.Run("fetch", "--feed", list, "--from", "2020-11-13", "--to", "2020-11-13", "--into", into, "--json");
        Assert.True(again.ExitCode == 0, again.Error);
        using var second = JsonDocument.Parse(again.Out);
        Assert.Equal((0, 3), (second.RootElement.GetProperty("downloaded").GetInt32(), second.RootElement.GetProperty("present").GetInt32()));
    }

    [Fact]
    public void Fetch_NotAFeed_Exit2NamingFeed()
    {
        using var temp = Fixture.Temp();
        var run = CliRunner.Run("fetch", "--feed", "gopher://x/list.txt", "--from", "2020-11-13", "--to", "2020-11-12", "--into", temp.Root);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--feed: 'gopher://x/list.txt' is not a feed list's URL or file", run.Error, StringComparison.Ordinal);
        Assert.Contains("--to: the last day 2020-11-12 is before the first 2020-11-13", run.Error, StringComparison.Ordinal);
    }
}
