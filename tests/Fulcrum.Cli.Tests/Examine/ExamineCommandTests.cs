using System.Text.Json;
using Fulcrum.Scenario.BuiltIn;

namespace Fulcrum.Cli.Tests.Examine;

public class ExamineCommandTests
{
    private const string Draws = "4000";

    [Fact]
    public void Examine_BuiltInCase_PrintsOptionsRecommendationSensitivitiesAndEvpi()
    {
        var run = CliRunner.Run("examine", "--draws", Draws);
        Assert.Equal(0, run.ExitCode);
        foreach (var text in new[] { "Options", "keep_line", "sanctions_expel_isolate", "CVaR10", "P(best)", "USA", "RUS", "Recommendation",
            "Top sensitivities", "Switching values", "Expected value of perfect information", "effects on syria_freedom", "factor us_pressure" })
            Assert.Contains(text, run.Out, StringComparison.Ordinal);
        Assert.Contains("examine: israel-2022, 4,000 draws, seed 42", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Examine_Json_HasEveryFieldTheIssueNames()
    {
        var run = CliRunner.Run("examine", "--draws", Draws, "--json");
        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Out);
        var root = doc.RootElement;
        Assert.Equal("israel-2022", root.GetProperty("case").GetString());
        Assert.Equal(42UL, root.GetProperty("seed").GetUInt64());
        Assert.Equal(4000, root.GetProperty("draws").GetInt32());
        Assert.Equal([0.45, 0.35, 0.2], root.GetProperty("scenarios").EnumerateArray().Select(s => s.GetProperty("probability").GetDouble()));
        Assert.Equal("no_invasion", root.GetProperty("scenarios")[0].GetProperty("id").GetString());
        var options = root.GetProperty("options").EnumerateArray().ToList();
        Assert.Equal(6, options.Count);
        foreach (var o in options)
        {
            foreach (var field in new[] { "id", "name", "expected_utility", "eu_low", "eu_high", "eu_se", "cvar10", "p_best", "expected_regret", "regret_p95" })
                Assert.True(o.TryGetProperty(field, out _), $"options[] has no {field}");
            Assert.Equal(["USA", "RUS"], o.GetProperty("breach").EnumerateObject().Select(p => p.Name));
            Assert.Equal(6, o.GetProperty("rank_acceptability").GetArrayLength());
        }
        var recommendation = root.GetProperty("recommendation");
        Assert.NotEmpty(recommendation.GetProperty("option").GetString()!);
        Assert.EndsWith(".", recommendation.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.True(recommendation.GetProperty("admissible").GetArrayLength() > 0);
        var bar = root.GetProperty("tornado")[0];
        foreach (var field in new[] { "parameter", "low", "high", "swing" }) Assert.True(bar.TryGetProperty(field, out _), $"tornado[] has no {field}");
        var switching = root.GetProperty("switching")[0];
        foreach (var field in new[] { "parameter", "option_a", "option_b", "value" }) Assert.True(switching.TryGetProperty(field, out _), $"switching[] has no {field}");
        var evpi = root.GetProperty("evpi");
        Assert.True(evpi.GetProperty("total").GetDouble() >= 0);
        Assert.Contains(evpi.GetProperty("by_uncertainty").EnumerateArray(), e => e.GetProperty("name").GetString() == "scenario" && e.TryGetProperty("value", out _));
    }

    [Fact]
    public void Examine_SameSeed_GivesByteIdenticalJson_ForAnyCoreCount()
    {
        var one = CliRunner.Run("examine", "--draws", Draws, "--seed", "7", "--cores", "1", "--json");
        var two = CliRunner.Run("examine", "--draws", Draws, "--seed", "7", "--cores", "2", "--json");
        var again = CliRunner.Run("examine", "--draws", Draws, "--seed", "7", "--json");
        Assert.Equal(one.Out, two.Out);
        Assert.Equal(one.Out, again.Out);
        Assert.NotEqual(one.Out, CliRunner.Run("examine", "--draws", Draws, "--seed", "8", "--json").Out);
    }

    [Fact]
    public void Examine_ScenarioProbabilities_AreUsedAndReported()
    {
        var run = CliRunner.Run("examine", "--draws", Draws, "--json", "--scenario-probabilities", "full_invasion=0.6, no_invasion=0.1,limited_incursion=0.3");
        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Out);
        Assert.Equal([0.1, 0.3, 0.6], doc.RootElement.GetProperty("scenarios").EnumerateArray().Select(s => s.GetProperty("probability").GetDouble()));
        Assert.Equal("--scenario-probabilities", doc.RootElement.GetProperty("probability_source").GetString());
    }

    [Theory]
    [InlineData("no_invasion=0.5,limited_incursion=0.35,full_invasion=0.2", "scenario probabilities sum to 1.05, not 1")]
    [InlineData("no_invasion=0.5,limited_incursion=0.5", "no probability for scenario full_invasion")]
    [InlineData("no_invasion=0.5,limited=0.3,full_invasion=0.2", "unknown scenario 'limited'")]
    [InlineData("no_invasion:0.5", "'no_invasion:0.5' is not id=probability")]
    public void Examine_BadScenarioProbabilities_IsBadInputWithAClearMessage(string given, string message)
    {
        var run = CliRunner.Run("examine", "--draws", Draws, "--scenario-probabilities", given);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"error: --scenario-probabilities: {message}", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Examine_BadInputWithJson_ReportsProblemsAsJson()
    {
        var run = CliRunner.Run("examine", "--json", "--draws", "10");
        Assert.Equal(2, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Out);
        Assert.False(doc.RootElement.GetProperty("ok").GetBoolean());
        Assert.Contains("draws 10 is outside 100-2000000", doc.RootElement.GetProperty("problems")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Examine_CaseWithNoOptions_IsBadInputNamingTheFile()
    {
        var text = BuiltInCases.Text("israel-2022")!;
        var start = text.IndexOf("\noptions:", StringComparison.Ordinal);
        var end = text.IndexOf("\nscenarios:", StringComparison.Ordinal);
        var path = Path.Combine(Path.GetTempPath(), $"no-options-{Guid.NewGuid():N}.fulcrum.yaml");
        File.WriteAllText(path, text[..start] + "\noptions: []\n" + text[end..]);
        try
        {
            var run = CliRunner.Run("examine", "--case", path, "--draws", Draws);
            Assert.Equal(2, run.ExitCode);
            Assert.Contains($"{path}:", run.Error, StringComparison.Ordinal);
            Assert.Contains("'options' is empty", run.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Examine_Help_ListsItsOptions()
    {
        var run = CliRunner.Run("examine", "--help");
        Assert.Equal(0, run.ExitCode);
        foreach (var option in new[] { "--case", "--draws", "--seed", "--scenario-probabilities", "--cores" })
            Assert.Contains(option, run.Out, StringComparison.Ordinal);
    }
}
