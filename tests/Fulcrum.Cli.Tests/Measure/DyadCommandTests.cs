using Fulcrum.Core.Time;
using Fulcrum.Events.Tests;

namespace Fulcrum.Cli.Tests.Measure;

public class DyadCommandTests
{
    private static MeasureCli WithRealData()
    {
        var cli = new MeasureCli();
        cli.IngestFixtures([.. Fixture.Gdelt2Days, Fixture.Icews]);
        return cli;
    }

    [Fact]
    public void Dyad_Json_HasTheQueryAndEveryMeasurePerPeriod()
    {
        using var cli = WithRealData();

        var json = cli.Json("dyad", "isr", "usa", "--by", "day", "--from", "2020-11-13");

        Assert.Equal(("ISR", "USA", "day"), (json.GetProperty("actor_a").GetString(), json.GetProperty("actor_b").GetString(), json.GetProperty("by").GetString()));
        var periods = json.GetProperty("periods").EnumerateArray().ToList();
        Assert.Equal(3, periods.Count);
        var names = periods[0].EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(["period_start", "period_end", "n1", "n2", "n3", "n4", "events", "goldstein_sum", "goldstein_pos", "goldstein_neg", "goldstein_mean", "netcoop", "tone", "covered"], names);
        // 13 Nov 2020, ISR-USA both ways: 41 / 13 / 5 / 3 events (checked against LINQ in the store tests).
        Assert.Equal([41, 13, 5, 3], new[] { "n1", "n2", "n3", "n4" }.Select(n => periods[0].GetProperty(n).GetInt32()));
        Assert.Equal(56, periods[0].GetProperty("netcoop").GetDouble());
        Assert.Equal(211.5, periods[0].GetProperty("goldstein_sum").GetDouble());
    }

    [Fact]
    public void Dyad_Csv_IsAHeaderAndOneRowPerPeriodWithZeros()
    {
        using var cli = WithRealData();

        var run = cli.Run("dyad", "USA", "CHN", "--by", "month", "--csv");

        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("period_start,period_end,n1,n2,n3,n4,events,goldstein_sum,goldstein_pos,goldstein_neg,goldstein_mean,netcoop,tone", lines[0]);
        Assert.Equal(1 + 30, lines.Length); // June 2018 to November 2020, every month
        Assert.StartsWith("2018-06-01,2018-06-30,", lines[1], StringComparison.Ordinal);
        // July 2018 lies between the ICEWS month and the GDELT days: no file covers it, so it is no data (empty), not zeros.
        Assert.Equal("2018-07-01,2018-07-31,,,,,,,,,,,", lines[2]);
    }

    [Fact]
    public void Dyad_TwoSeparateMonths_MarksThePeriodsNoFileCovers()
    {
        // The store holds ICEWS June 2018 and GDELT 13-15 November 2020: the months between are no data.
        using var cli = WithRealData();

        var periods = cli.Json("dyad", "USA", "CHN", "--by", "month").GetProperty("periods").EnumerateArray().ToList();
        // The ICEWS sample's events do not reach both ends of June 2018: a month covered in part is no data too.
        var june = cli.Json("dyad", "USA", "CHN", "--by", "day", "--to", "2018-06-30").GetProperty("periods").EnumerateArray().ToList();
        Assert.Contains(june, p => p.GetProperty("covered").GetBoolean() && p.GetProperty("events").GetDouble() > 0);
        var gap = periods.Skip(1).Take(28).ToList();
        Assert.All(gap, p => Assert.False(p.GetProperty("covered").GetBoolean()));
        Assert.All(gap, p => Assert.Equal(System.Text.Json.JsonValueKind.Null, p.GetProperty("events").ValueKind));
        var days = cli.Json("dyad", "USA", "CHN", "--by", "day", "--from", "2020-11-13").GetProperty("periods").EnumerateArray().ToList();
        Assert.All(days, p => Assert.True(p.GetProperty("covered").GetBoolean()));

        var text = cli.Run("dyad", "USA", "CHN", "--by", "month");
        Assert.Equal(0, text.ExitCode);
        Assert.Contains("no data", text.Out, StringComparison.Ordinal);
        Assert.Contains("periods the store's files do not cover: no data, not zero", text.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Dyad_Table_NamesTheDyadAndFilters()
    {
        using var cli = WithRealData();

        var run = cli.Run("dyad", "ARM", "AZE", "--by", "day", "--from", "2020-11-13", "--state-actors", "--dedupe", "--normalize", "zscore", "--baseline", "2");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("ARM (Armenia) <-> AZE (Azerbaijan)", run.Out, StringComparison.Ordinal);
        Assert.Contains("every measure as a z-score: standard deviations from its mean over the 2 days before; state actors, deduplicated", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Dyad_Normalised_FooterSaysTheUnitAndSumsNoShareAsEvents()
    {
        using var cli = WithRealData();

        var run = cli.Run("dyad", "ISR", "USA", "--by", "day", "--normalize", "total");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("periods, counts and sums as shares (0-1) of all events in the period", run.Out, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"periods, [0-9.]+ events", run.Out);
    }

    [Theory]
    [InlineData("Israel", "USA", "actor A 'ISRAEL' is not a CAMEO country code")]
    [InlineData("ISR", "ISR", "a dyad needs two actors")]
    [InlineData("ISR", "USA", "'2022-13-01' is not a date", "--from", "2022-13-01")]
    [InlineData("ISR", "USA", "--min-mentions 0 must be 1 or more", "--min-mentions", "0")]
    [InlineData("ISR", "USA", "root code '21' is not a CAMEO root", "--roots", "21")]
    [InlineData("ISR", "USA", "--json and --csv", "--csv", "--json")]
    public void Dyad_BadValues_AreBadInputWithTheReason(string a, string b, string message, params string[] more)
    {
        using var cli = WithRealData();

        var run = cli.Run(["dyad", a, b, .. more]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error + run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Dyad_UnknownPeriod_IsAUsageError() =>
        Assert.Equal(1, CliRunner.Run("dyad", "ISR", "USA", "--by", "year").ExitCode);

    [Fact]
    public void Export_CsvAndParquet_WriteTheFilteredEvents()
    {
        using var cli = WithRealData();
        var csv = cli.Temp.File("isr.csv");
        var parquet = cli.Temp.File("all.parquet");

        var a = cli.Json("export", "--format", "csv", "--out", csv, "--actors", "ISR", "usa", "--from", "2020-11-15");
        var b = cli.Json("export", "--format", "parquet", "--out", parquet);

        Assert.Equal(File.ReadLines(csv).Count() - 1, a.GetProperty("rows").GetInt64());
        Assert.Equal(9354 + 3705, b.GetProperty("rows").GetInt64());
        Assert.True(new FileInfo(parquet).Length > 0);
        Assert.Equal("parquet", b.GetProperty("format").GetString());
    }

    [Fact]
    public void Export_BadActorCode_IsBadInput()
    {
        using var cli = WithRealData();

        var run = cli.Run("export", "--format", "csv", "--out", cli.Temp.File("x.csv"), "--actors", "Israel");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("not CAMEO country codes: ISRAEL", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_WithoutFormatOrOut_IsAUsageError() =>
        Assert.Equal(1, CliRunner.Run("export", "--out", "x.csv").ExitCode);
}

[Collection(nameof(EnvironmentCollection))]
public class StoreDefaultTests
{
    [Fact]
    public void Db_NotGiven_IsTheFulcrumDbEnvironmentVariable()
    {
        using var cli = new MeasureCli();
        var previous = Environment.GetEnvironmentVariable("FULCRUM_DB");
        Environment.SetEnvironmentVariable("FULCRUM_DB", cli.Db);
        try
        {
            var run = CliRunner.Run("ingest", Fixture.Path(Fixture.Gdelt2Plain), "--quiet", "--json");
            Assert.Equal(0, run.ExitCode);
            Assert.True(File.Exists(cli.Db));
            Assert.Contains("\"stored\": 300", run.Out, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable("FULCRUM_DB", previous);
        }
    }

    [Fact]
    public void Db_NotGivenNorInTheEnvironment_IsFulcrumDuckdbHere()
    {
        var previous = Environment.GetEnvironmentVariable("FULCRUM_DB");
        Environment.SetEnvironmentVariable("FULCRUM_DB", null);
        try
        {
            Assert.Equal("fulcrum.duckdb", Infrastructure.CommonOptions.ResolveStore(null));
            Assert.Equal("given.duckdb", Infrastructure.CommonOptions.ResolveStore("given.duckdb"));
        }
        finally
        {
            Environment.SetEnvironmentVariable("FULCRUM_DB", previous);
        }
    }
}

/// <summary>Tests that change the process environment run alone.</summary>
[CollectionDefinition(nameof(EnvironmentCollection), DisableParallelization = true)]
public sealed class EnvironmentCollection;
