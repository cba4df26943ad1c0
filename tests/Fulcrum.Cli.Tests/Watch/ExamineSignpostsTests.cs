using System.Text.Json;

namespace Fulcrum.Cli.Tests.Watch;

/// <summary>examine's scenario probabilities: the signposts' posterior by default, the priors with --priors.</summary>
public class ExamineSignpostsTests
{
    private const string Draws = "2000";

    private static JsonElement Json(CliRun run)
    {
        Assert.True(run.ExitCode == 0, run.Error);
        return JsonDocument.Parse(run.Out).RootElement.Clone();
    }

    [Fact]
    public void Examine_FiredSignpostWithRatios_UsesThePosteriorAndNamesIt()
    {
        var path = WatchCases.Write(WatchCases.FiredTalks);
        try
        {
            var root = Json(CliRunner.Run("examine", "--case", path, "--draws", Draws, "--json"));
            Assert.Equal("signposts as of 2022-01-05", root.GetProperty("probability_source").GetString());
            Assert.Equal(["talks_failed"], root.GetProperty("probabilities_moved_by").EnumerateArray().Select(e => e.GetString()));
            // 0.45·0.5 = 0.225, 0.35·1.4 = 0.49, 0.20·2 = 0.40; sum 1.115.
            var expected = new[] { 0.225 / 1.115, 0.49 / 1.115, 0.40 / 1.115 };
            var scenarios = root.GetProperty("scenarios").EnumerateArray().ToList();
            for (var k = 0; k < 3; k++) Assert.Equal(expected[k], scenarios[k].GetProperty("probability").GetDouble(), 12);
            Assert.Equal(0.45, scenarios[0].GetProperty("prior").GetDouble());
            var talks = root.GetProperty("signposts").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "talks_failed");
            Assert.Equal(("fired", true), (talks.GetProperty("state").GetString(), talks.GetProperty("moved_probabilities").GetBoolean()));
            Assert.Equal("isr_usa_relation", root.GetProperty("flags")[0].GetProperty("signpost").GetString());

            var human = CliRunner.Run("examine", "--case", path, "--draws", Draws);
            Assert.Contains("scenario probabilities from signposts as of 2022-01-05", human.Out, StringComparison.Ordinal);
            Assert.Contains("(moved by talks_failed)", human.Out, StringComparison.Ordinal);
            Assert.Contains("prior -> posterior: no_invasion 0.45 -> 0.202", human.Out, StringComparison.Ordinal);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Examine_Priors_IgnoresTheSignposts()
    {
        var path = WatchCases.Write(WatchCases.FiredTalks);
        try
        {
            var root = Json(CliRunner.Run("examine", "--case", path, "--draws", Draws, "--priors", "--json"));
            Assert.Equal("case priors", root.GetProperty("probability_source").GetString());
            Assert.Equal(0, root.GetProperty("probabilities_moved_by").GetArrayLength());
            Assert.Equal(JsonValueKind.Null, root.GetProperty("signposts").ValueKind);
            Assert.Equal([0.45, 0.35, 0.2], root.GetProperty("scenarios").EnumerateArray().Select(s => s.GetProperty("probability").GetDouble()));
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Examine_BuiltInCase_ReadsTheSignpostsAndThePriorsStand()
    {
        var root = Json(CliRunner.Run("examine", "--draws", Draws, "--json"));
        Assert.Equal("signposts as of 2022-01-05", root.GetProperty("probability_source").GetString());
        Assert.Equal(0, root.GetProperty("probabilities_moved_by").GetArrayLength());
        Assert.Equal(7, root.GetProperty("signposts").GetArrayLength());
        Assert.Equal([0.45, 0.35, 0.2], root.GetProperty("scenarios").EnumerateArray().Select(s => s.GetProperty("probability").GetDouble()));
        var priors = Json(CliRunner.Run("examine", "--draws", Draws, "--priors", "--json"));
        Assert.Equal(root.GetProperty("options").GetRawText(), priors.GetProperty("options").GetRawText());
    }

    [Fact]
    public void Examine_SameInputs_GiveTheSameJson()
    {
        var a = CliRunner.Run("examine", "--draws", Draws, "--json");
        var b = CliRunner.Run("examine", "--draws", Draws, "--json");
        Assert.Equal(a.Out, b.Out);
    }

    [Fact]
    public void Examine_GivenProbabilitiesAndPriors_IsBadInput()
    {
        var run = CliRunner.Run("examine", "--priors", "--scenario-probabilities", "no_invasion=0.5,limited_incursion=0.3,full_invasion=0.2");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("give one of them", run.Error, StringComparison.Ordinal);
    }
}
