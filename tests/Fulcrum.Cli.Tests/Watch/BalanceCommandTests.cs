using System.Text.Json;

namespace Fulcrum.Cli.Tests.Watch;

public class BalanceCommandTests
{
    private static JsonElement Json(CliRun run)
    {
        Assert.True(run.ExitCode == 0, run.Error);
        return JsonDocument.Parse(run.Out).RootElement.Clone();
    }

    [Fact]
    public void Balance_BuiltInCase_PrintsBothMeasuresTheBandsAndWhereTheVotesEnd()
    {
        var run = CliRunner.Run("balance");
        Assert.Equal(0, run.ExitCode);
        foreach (var text in new[] { "Balance sheet of israel-2022: ISR between USA and RUS, as of 2022-01-05", "tilt = z(USA) - z(RUS)",
            "band usa_not_siding (USA)", "breached when z(USA) is below -1.50", "band rus_deconfliction (RUS)", "not drawable here",
            "Fast measure: builtin:gdelt-dyads, daily, baseline 60 days", "2022-01-02", "! usa_not_siding",
            "Slow measure: UN General Assembly s", "the data end 2019, before as_of 2022-01-05" })
            Assert.Contains(text, run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Balance_Json_HasTracksRowsAndBands()
    {
        var root = Json(CliRunner.Run("balance", "--json"));
        Assert.Equal(("israel-2022", "ISR", "z(USA) - z(RUS)"), (root.GetProperty("case").GetString(), root.GetProperty("focal").GetString(), root.GetProperty("tilt").GetString()));
        var fast = root.GetProperty("fast");
        Assert.Equal(("day", 60, 97), (fast.GetProperty("period").GetString(), fast.GetProperty("baseline_points").GetInt32(), fast.GetProperty("rows").GetArrayLength()));
        var last = fast.GetProperty("rows")[96];
        Assert.Equal("2022-01-05", last.GetProperty("date").GetString());
        var usa = last.GetProperty("relations").GetProperty("USA");
        foreach (var field in new[] { "value", "z", "baseline_mean", "baseline_sd" }) Assert.True(usa.TryGetProperty(field, out _), $"relations has no {field}");
        Assert.Equal(usa.GetProperty("z").GetDouble() - last.GetProperty("relations").GetProperty("RUS").GetProperty("z").GetDouble(), last.GetProperty("tilt").GetDouble(), 12);
        Assert.Equal("year", root.GetProperty("slow").GetProperty("period").GetString());
        var band = root.GetProperty("bands").EnumerateArray().Single(b => b.GetProperty("tolerance").GetString() == "usa_not_siding");
        Assert.True(band.GetProperty("drawable").GetBoolean());
        Assert.Equal(-1.5, band.GetProperty("threshold").GetDouble());
    }

    [Fact]
    public void Balance_ByWeek_GivesThirteenWeeks()
    {
        var fast = Json(CliRunner.Run("balance", "--by", "week", "--json")).GetProperty("fast");
        Assert.Equal(("week", 9, 13), (fast.GetProperty("period").GetString(), fast.GetProperty("baseline_points").GetInt32(), fast.GetProperty("rows").GetArrayLength()));
    }

    [Fact]
    public void Balance_ByMonth_SaysTheSeriesIsTooShort()
    {
        var run = CliRunner.Run("balance", "--by", "month");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("no point can be standardised yet", run.Out, StringComparison.Ordinal);
        Assert.Contains("a 5-month baseline needs 6", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Balance_BadPeriod_IsAUsageError() =>
        Assert.Equal(1, CliRunner.Run("balance", "--by", "year").ExitCode);

    [Fact]
    public void Balance_StoreMeasureWithoutAStore_SaysSo()
    {
        var path = WatchCases.Write("", "fast: builtin:gdelt-dyads", "fast: store:goldstein_sum");
        try
        {
            var run = CliRunner.Run("balance", "--case", path);
            Assert.Equal(0, run.ExitCode);
            Assert.Contains("the event store is not open", run.Out, StringComparison.Ordinal);
        }
        finally { File.Delete(path); }
    }
}
