
using static Fulcrum.Cli.Tests.Weights.WeightsCli;

namespace Fulcrum.Cli.Tests.Weights;

public class ExaminePanelTests
{
    private static readonly string[] Examine = ["examine", "--priors", "--draws", "3000", "--seed", "7"];

    [Fact]
    public void ExaminePanel_IdenticalAnalysts_GiveTheSingleAnalystsResult()
    {
        using var temp = Fulcrum.Events.Tests.Fixture.Temp();
        var one = temp.File("one");
        Directory.CreateDirectory(one);
        File.WriteAllText(Path.Combine(one, "a.yaml"), File.ReadAllText(Fixture("panel-same/a.yaml")).Replace("../", Fixture("") + "/", StringComparison.Ordinal));

        var two = Json(CliRunner.Run([.. Examine, "--panel", Fixture("panel-same"), "--json"])).GetProperty("panel");
        var single = Json(CliRunner.Run([.. Examine, "--panel", one, "--json"])).GetProperty("panel");
        var ahp = Json(CliRunner.Run("weights", "ahp", "--file", Fixture("israel-2022-analyst.csv"), "--json"));

        Assert.Equal(single.GetProperty("recommendation").GetString(), two.GetProperty("recommendation").GetString());
        foreach (var (id, w) in WeightsOf(ahp)) Assert.Equal(w, WeightsOf(two.GetProperty("aggregate"))[id], 9);
        Assert.Equal(WeightsOf(single.GetProperty("aggregate"), "probabilities"), WeightsOf(two.GetProperty("aggregate"), "probabilities"));
        Assert.True(two.GetProperty("unanimous").GetBoolean());
        Assert.Equal(0, two.GetProperty("decisive").GetArrayLength());
        Assert.All(two.GetProperty("analysts").EnumerateArray(), a => Assert.Equal(single.GetProperty("recommendation").GetString(), a.GetProperty("recommendation").GetString()));
    }

    [Fact]
    public void ExaminePanel_ASplitPanel_NamesTheInputsThatChangeTheAnswer()
    {
        var run = CliRunner.Run([.. Examine, "--panel", Fixture("panel-split")]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Recommendation", run.Out, StringComparison.Ordinal); // the examination of the case itself comes first
        Assert.Contains("Panel: 2 analysts", run.Out, StringComparison.Ordinal);
        // Since US pressure comes from the spatial-model question, the dove's Syria weight and low P(full_invasion) tip it to condemn_words, not mediate.
        Assert.Contains("The analysts disagree enough to change the answer on 4 inputs: weight of syria_freedom (dove's 0.45 gives condemn_words)", run.Out, StringComparison.Ordinal);
        Assert.Contains("P(full_invasion) (dove's 0.02 gives condemn_words)", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void ExaminePanel_Json_AddsAPanelObject()
    {
        var root = Json(CliRunner.Run([.. Examine, "--panel", Fixture("panel-split"), "--json"]));
        var panel = root.GetProperty("panel");

        Assert.Equal("israel-2022", root.GetProperty("case").GetString());
        Assert.Equal(["directory", "recommendation", "reason", "unanimous", "aggregate", "analysts", "inputs", "decisive"], panel.EnumerateObject().Select(p => p.Name));
        Assert.Equal("condemn_aid", panel.GetProperty("recommendation").GetString());
        Assert.False(panel.GetProperty("unanimous").GetBoolean());
        // Analyst files are read in the ordinal order of their names: dove before hawk.
        Assert.Equal([("dove", "mediate"), ("hawk", "condemn_aid")], panel.GetProperty("analysts").EnumerateArray()
            .Select(a => (a.GetProperty("name").GetString(), a.GetProperty("recommendation").GetString())));
        Assert.Equal(["weight syria_freedom", "weight us_backing", "probability no_invasion", "probability full_invasion"],
            panel.GetProperty("decisive").EnumerateArray().Select(d => $"{d.GetProperty("kind").GetString()} {d.GetProperty("id").GetString()}"));
        var aggregate = panel.GetProperty("aggregate");
        // Linear pool of (0.9, 0.08, 0.02) and (0.3, 0.35, 0.35) with equal shares.
        Assert.Equal([0.6, 0.215, 0.185], WeightsOf(aggregate, "linear_pool").Values.Select(p => Math.Round(p, 12)));
        Assert.Equal(0.35, WeightsOf(aggregate)["syria_freedom"], 12);
        Assert.Equal(10, panel.GetProperty("inputs").GetArrayLength());
    }

    [Fact]
    public void Examine_WithoutPanel_HasNoPanelObject()
    {
        var root = Json(CliRunner.Run([.. Examine, "--json"]));

        Assert.False(root.TryGetProperty("panel", out _));
    }

    [Fact]
    public void ExaminePanel_NoSuchFolder_IsExit2NamingTheOption()
    {
        var run = CliRunner.Run([.. Examine, "--panel", "no-such-panel"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error: --panel: folder no-such-panel not found", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ExaminePanel_AnAnalystFileWithAnUnknownInterest_IsExit2AtItsLine()
    {
        using var temp = Fulcrum.Events.Tests.Fixture.Temp();
        var dir = temp.File("panel");
        Directory.CreateDirectory(dir);
        var file = Path.Combine(dir, "hawk.yaml");
        File.WriteAllText(file, File.ReadAllText(Fixture("panel-split/hawk.yaml")).Replace("me_channel", "me_chanel", StringComparison.Ordinal));

        var run = CliRunner.Run([.. Examine, "--panel", dir]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"error: {file}:", run.Error, StringComparison.Ordinal);
    }
}
