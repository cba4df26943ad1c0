using System.Text;
using Fulcrum.Events.Tests;
using Fulcrum.Events.Tests.Reading;

namespace Fulcrum.Cli.Tests.Measure;

/// <summary><c>fulcrum ingest</c> of files with a header row, and <c>dyad</c> over what they hold.</summary>
public class HeaderFileCommandTests
{
    [Fact]
    public void Ingest_RealUnderscoredCsvs_StoresEveryRowAsGdeltCsv()
    {
        using var cli = new MeasureCli();

        var json = cli.Json(["ingest", .. HeaderReaderTests.Luka.Select(Fixture.Path)]);
        var dyad = cli.Json("dyad", "AFG", "USA", "--by", "day");

        var files = json.GetProperty("files").EnumerateArray().ToList();
        Assert.All(files, f => Assert.Equal(("gdelt-csv", "ingested", 0), (f.GetProperty("format").GetString(), f.GetProperty("status").GetString(), f.GetProperty("rejected").GetInt32())));
        Assert.Equal([2824, 2601, 3929], files.Select(f => f.GetProperty("stored").GetInt32()));
        var days = dyad.GetProperty("periods").EnumerateArray().ToList();
        Assert.Equal(3, days.Count);
        Assert.All(days, d => Assert.True(d.GetProperty("covered").GetBoolean()));
        Assert.True(days.Sum(d => d.GetProperty("events").GetDouble()) > 0);
    }

    [Fact]
    public void Dyad_OfAMonthOnlyFile_CountsByMonthAndSaysByDayThatTheEventsAreInNoDay()
    {
        using var cli = new MeasureCli();
        var path = cli.Temp.File("bq-monthly.csv");
        File.WriteAllText(path, "GLOBALEVENTID,MonthYear,Actor1CountryCode,Actor2CountryCode,EventCode\n101,202201,RUS,UKR,190\n102,202201,UKR,RUS,043\n103,202202,RUS,UKR,190\n", new UTF8Encoding(false));
        Assert.Equal(0, cli.Run("ingest", path, "--quiet").ExitCode);

        var monthly = cli.Json("dyad", "RUS", "UKR", "--by", "month");
        var daily = cli.Json("dyad", "RUS", "UKR", "--by", "day");
        var table = cli.Run("dyad", "RUS", "UKR", "--by", "week");

        Assert.Equal([2.0, 1.0], monthly.GetProperty("periods").EnumerateArray().Select(p => p.GetProperty("events").GetDouble()));
        Assert.Equal(0, monthly.GetProperty("month_only_left_out").GetInt64());
        Assert.All(daily.GetProperty("periods").EnumerateArray(), p => Assert.False(p.GetProperty("covered").GetBoolean()));
        Assert.Equal(3, daily.GetProperty("month_only_left_out").GetInt64());
        Assert.Contains("The store holds 3 events dated only to their month: they are in no week (--by month counts them).", table.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_AMonthlyAggregate_FailsNamingTheClosestLayoutAndWhatItLacks()
    {
        using var cli = new MeasureCli();

        var run = cli.Run("ingest", Fixture.Path("not-events/icyswan_CHN_actor1_monthly_quad-first20.csv"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("lacks GLOBALEVENTID; Actor1CountryCode", run.Out + run.Error, StringComparison.Ordinal);
    }
}
