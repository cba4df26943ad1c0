using Fulcrum.Events.Tests;

namespace Fulcrum.Feeds.Tests;

public class FeedIndexTests
{
    private static readonly string LastUpdate = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "lastupdate.2020-12-29.txt"));
    private static readonly string Master = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "masterfilelist.2022-03-17_2022-03-21.export-lines.txt"));

    [Fact]
    public void Parse_RealLastUpdate_ThreeEntriesOneExport()
    {
        var index = FeedIndex.Parse(LastUpdate, "lastupdate.txt");
        Assert.Empty(index.BadLines);
        Assert.Equal(3, index.Entries.Count);
        var export = index.Entries[0];
        // lastupdate.2020-12-29.txt, line 1.
        Assert.Equal((59535L, "76abe2743a3f95d7a269ebd10b13fb9a", "20201229090000.export.CSV.zip"), (export.Size, export.Md5, export.Name));
        Assert.Equal(new DateTime(2020, 12, 29, 9, 0, 0, DateTimeKind.Utc), export.Stamp);
        Assert.Equal(TimeSpan.FromMinutes(15), export.Cadence);
        Assert.Equal([true, false, false], index.Entries.Select(e => e.IsExport));
    }

    [Fact]
    public void Parse_RealMasterList_EveryQuarterHourFrom19hOnThe17thTo14hOnThe21st()
    {
        var index = FeedIndex.Parse(Master, "masterfilelist.txt");
        Assert.Empty(index.BadLines);
        Assert.Equal(365, index.Entries.Count);
        Assert.All(index.Entries, e => Assert.True(e.IsExport));
        Assert.Equal(new DateTime(2022, 3, 17, 19, 0, 0, DateTimeKind.Utc), index.Entries[0].Stamp);
        Assert.Equal(new DateTime(2022, 3, 21, 14, 0, 0, DateTimeKind.Utc), index.Entries[^1].Stamp);
    }

    [Fact]
    public void Gaps_RealMasterList_TheHoursBeforeItStartsAndNoneAfterTheNewest()
    {
        var entries = FeedIndex.Parse(Master, "m").Entries;
        var inRange = entries.Where(e => FeedHistory.InRange(e, new DateOnly(2022, 3, 17), new DateOnly(2022, 3, 21))).ToList();
        Assert.Equal(365, inRange.Count);
        var gaps = FeedHistory.Gaps(inRange, new DateOnly(2022, 3, 17), new DateOnly(2022, 3, 21), entries[^1].Stamp);
        // 00:00 to 18:45 on the 17th: 76 quarter hours the list does not hold; after 14:00 on the 21st nothing is published yet.
        var gap = Assert.Single(gaps);
        Assert.Equal((new DateTime(2022, 3, 17, 0, 0, 0), new DateTime(2022, 3, 17, 18, 45, 0), 76), (gap.First, gap.Last, gap.Missing));
        Assert.Empty(FeedHistory.Gaps(inRange.Where(e => e.Stamp!.Value.Day is 18 or 19).ToList(), new DateOnly(2022, 3, 18), new DateOnly(2022, 3, 19), entries[^1].Stamp));
    }

    [Fact]
    public void Gaps_OneListedFileMissing_NotedAsOneGap()
    {
        var entries = FeedIndex.Parse(Master, "m").Entries.Where(e => e.Name != "20220318120000.export.CSV.zip").ToList();
        var gap = Assert.Single(FeedHistory.Gaps(entries, new DateOnly(2022, 3, 18), new DateOnly(2022, 3, 18), entries[^1].Stamp));
        Assert.Equal("no file for 2022-03-18 12:00", gap.Sentence);
    }

    [Theory]
    [InlineData("129161 2b71515301f900f1ffaaf7ea224e42f6", 0, "expected three fields")]
    [InlineData("12x9161 2b71515301f900f1ffaaf7ea224e42f6 http://data.gdeltproject.org/gdeltv2/20220317190000.export.CSV.zip", 1, "is not a whole number")]
    [InlineData("129161 2b71515301f900f1 http://data.gdeltproject.org/gdeltv2/20220317190000.export.CSV.zip", 8, "is not 32 hex digits")]
    [InlineData("129161 2b71515301f900f1ffaaf7ea224e42f6 ftp://data.gdeltproject.org/gdeltv2/20220317190000.export.CSV.zip", 41, "not an http, https or file URL")]
    [InlineData("129161 2b71515301f900f1ffaaf7ea224e42f6 http://example.org/gdeltv2/..%2F..%2Fetc%2Fpasswd", 41, "is not a plain file name")]
    [InlineData("129161 2b71515301f900f1ffaaf7ea224e42f6 http://example.org/gdeltv2/.hidden.zip", 41, "is not a plain file name")]
    public void Parse_BadLine_ReportedWithItsLineAndColumnTheRestKept(string bad, int column, string message)
    {
        var lines = Master.Split('\n');
        var text = string.Join('\n', lines[0], bad, lines[1]);
        var index = FeedIndex.Parse(text, "list.txt");
        Assert.Equal(2, index.Entries.Count);
        var problem = Assert.Single(index.BadLines);
        Assert.Equal(("list.txt", 2, column), (problem.File, problem.Line, problem.Column));
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RelativeUrl_ResolvedAgainstTheList()
    {
        var index = FeedIndex.Parse("10 0123456789abcdef0123456789abcdef 20220317190000.export.CSV.zip", "l", new Uri("file:///data/feed/lastupdate.txt"));
        Assert.Equal(new Uri("file:///data/feed/20220317190000.export.CSV.zip"), Assert.Single(index.Entries).Url);
    }

    [Theory]
    [InlineData("20130401.export.CSV.zip", "2013-04-01T00:00:00", 1440)]
    [InlineData("20220317191500.export.CSV.zip", "2022-03-17T19:15:00", 15)]
    public void StampOf_GdeltNames_TheirTimeAndCadence(string name, string stamp, int minutes)
    {
        Assert.Equal(DateTime.Parse(stamp, System.Globalization.CultureInfo.InvariantCulture), FeedEntry.StampOf(name));
        Assert.Equal(TimeSpan.FromMinutes(minutes), FeedEntry.CadenceOf(name));
    }

    [Theory]
    [InlineData("GDELT.MASTERREDUCEDV2.1979-2013.zip")]
    [InlineData("2022031719.export.CSV.zip")]
    [InlineData("20221399000000.export.CSV.zip")]
    public void StampOf_OtherNames_Null(string name) => Assert.Null(FeedEntry.StampOf(name));

    [Fact]
    public void DelayBefore_Doubling_BoundedByTheMaximum()
    {
        var o = FeedOptions.Default;
        Assert.Equal([2, 4, 8, 16, 32, 60, 60], Enumerable.Range(2, 7).Select(n => o.DelayBefore(n).TotalSeconds));
    }

    [Fact]
    public void Parse_FileFolderList_GivesLatestAndHistory()
    {
        using var temp = Fixture.Temp();
        var list = temp.Write("lastupdate.txt", LastUpdate);
        var local = FeedLocation.Parse(list)!;
        Assert.Equal(new Uri(list), local.Latest);
        var server = FeedLocation.Parse("http://data.gdeltproject.org/gdeltv2")!;
        Assert.Equal("http://data.gdeltproject.org/gdeltv2/lastupdate.txt", server.Latest!.ToString());
        Assert.Equal("http://data.gdeltproject.org/gdeltv2/masterfilelist.txt", server.History!.ToString());
        Assert.Equal(temp.Root, FeedLocation.Parse(temp.Root)!.Folder);
        Assert.Null(FeedLocation.Parse(temp.File("absent")));
        Assert.Null(FeedLocation.Parse("ftp://example.org/lastupdate.txt"));
    }
}
