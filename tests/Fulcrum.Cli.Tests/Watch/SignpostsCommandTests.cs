using System.Text.Json;

namespace Fulcrum.Cli.Tests.Watch;

public class SignpostsCommandTests
{
    private static JsonElement Json(CliRun run)
    {
        Assert.True(run.ExitCode == 0, run.Error);
        return JsonDocument.Parse(run.Out).RootElement.Clone();
    }

    [Fact]
    public void Signposts_BuiltInCase_PrintsTheTableTheFlagAndThePriorsStanding()
    {
        var run = CliRunner.Run("signposts");
        Assert.Equal(0, run.ExitCode);
        foreach (var text in new[] { "Signposts of israel-2022 as of 2022-01-05", "isr_usa_relation", "FIRED", "2022-01-02", "cusum down, clears on an alarm up",
            "no data", "flag (isr_usa_relation, since 2022-01-02)", "the priors stand", "no_invasion", "0.45", "the data end 2019" })
            Assert.Contains(text, run.Out, StringComparison.Ordinal);
        Assert.Contains("signposts: israel-2022 as of 2022-01-05, 1 of 7 fired", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Signposts_Json_HasStableSnakeCaseFields()
    {
        var root = Json(CliRunner.Run("signposts", "--json"));
        Assert.Equal(("israel-2022", "2022-01-05"), (root.GetProperty("case").GetString(), root.GetProperty("as_of").GetString()));
        var fired = root.GetProperty("signposts").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "isr_usa_relation");
        Assert.Equal(("fired", "2022-01-02", "builtin:gdelt-dyads ISR-USA"), (fired.GetProperty("state").GetString(), fired.GetProperty("since").GetString(), fired.GetProperty("indicator").GetString()));
        foreach (var field in new[] { "name", "rule", "statistic", "threshold", "period", "data_through", "reason", "effect", "evidence" })
            Assert.True(fired.TryGetProperty(field, out _), $"signposts[] has no {field}");
        var alarm = fired.GetProperty("evidence").GetProperty("alarm");
        Assert.Equal(("2022-01-02", "2021-12-24", "down"), (alarm.GetProperty("date").GetString(), alarm.GetProperty("onset").GetString(), alarm.GetProperty("direction").GetString()));
        Assert.Equal(10, alarm.GetProperty("evidence").GetProperty("points").GetArrayLength());
        Assert.Equal("no_data", root.GetProperty("signposts").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "talks_jan10").GetProperty("state").GetString());
        Assert.Equal("isr_usa_relation", root.GetProperty("flags")[0].GetProperty("signpost").GetString());
        Assert.Equal(0, root.GetProperty("moved_by").GetArrayLength());
        var scenario = root.GetProperty("scenarios")[2];
        Assert.Equal(("full_invasion", 0.2, 0.2), (scenario.GetProperty("id").GetString(), scenario.GetProperty("prior").GetDouble(), scenario.GetProperty("posterior").GetDouble()));
    }

    [Fact]
    public void Signposts_AsOfEarlier_TheRussiaUkraineSignpostMovesTheProbabilities()
    {
        var root = Json(CliRunner.Run("signposts", "--as-of", "2021-12-01", "--json"));
        Assert.Equal(["rus_ukr_conflict"], root.GetProperty("moved_by").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(0.40 / 1.115, root.GetProperty("scenarios")[2].GetProperty("posterior").GetDouble(), 12);
        var factor = root.GetProperty("scenarios")[2].GetProperty("factors")[0];
        Assert.Equal(("rus_ukr_conflict", 2.0), (factor.GetProperty("signpost").GetString(), factor.GetProperty("ratio").GetDouble()));
    }

    [Fact]
    public void Signposts_CaseWithAFiredManualSignpost_UpdatesByItsRatios()
    {
        var path = WatchCases.Write(WatchCases.FiredTalks);
        try
        {
            var run = CliRunner.Run("signposts", "--case", path);
            Assert.Equal(0, run.ExitCode);
            Assert.Contains("talks_failed ×2", run.Out, StringComparison.Ordinal);
            Assert.Contains("moved by: talks_failed", run.Out, StringComparison.Ordinal);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Signposts_AsOfAfterTheCase_IsBadInput()
    {
        var run = CliRunner.Run("signposts", "--as-of", "2022-02-24");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--as-of 2022-02-24 is after the case's as_of 2022-01-05", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Signposts_Verbose_ShowsTheEvidencePoints()
    {
        var run = CliRunner.Run("signposts", "--verbose");
        Assert.Contains("isr_usa_relation: alarm cusum down 2022-01-02, onset 2021-12-24", run.Out, StringComparison.Ordinal);
        Assert.Contains("attack_positions: observation 2022-01-05 fired=no", run.Out, StringComparison.Ordinal);
    }
}
