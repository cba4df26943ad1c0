using System.Text.Json;
using Fulcrum.Elicitation.Ahp;
using Fulcrum.Scenario.BuiltIn;
using static Fulcrum.Cli.Tests.Weights.WeightsCli;

namespace Fulcrum.Cli.Tests.Weights;

public class WeightsAhpCommandTests
{
    [Fact]
    public void Ahp_SaatyHouseFile_GivesThePublishedWeightsAndConsistency()
    {
        var root = Json(CliRunner.Run("weights", "ahp", "--file", Fixture("saaty-1990-house.csv"), "--json"));

        // Saaty (1990), EJOR 48(1):9-26, the house example's criteria: priorities, λmax 9.669, CR 0.169.
        var w = WeightsOf(root);
        Assert.Equal(["size", "bus", "neighborhood", "age", "yard", "modern", "condition", "financing"], w.Keys);
        Assert.Equal([0.173, 0.054, 0.188, 0.018, 0.031, 0.036, 0.167, 0.333], w.Values.Select(x => Math.Round(x, 3)));
        Assert.Equal(9.669, root.GetProperty("lambda_max").GetDouble(), 3);
        Assert.Equal(0.238, root.GetProperty("consistency_index").GetDouble(), 3);
        Assert.Equal(1.41, root.GetProperty("random_index").GetDouble(), 6);
        Assert.Equal(0.169, root.GetProperty("consistency_ratio").GetDouble(), 3);
        Assert.Equal("inconsistent", root.GetProperty("consistency").GetString());
        // CR above 0.10: the judgement that most reduces it comes first, and brings CR below the threshold.
        var first = root.GetProperty("revisions")[0];
        Assert.Equal(("neighborhood", "condition", 6.0, 1.0), (first.GetProperty("first").GetString(), first.GetProperty("second").GetString(),
            first.GetProperty("current").GetDouble(), first.GetProperty("suggested").GetDouble()));
        Assert.True(first.GetProperty("consistency_ratio_after").GetDouble() < 0.10);
        Assert.Equal(3, root.GetProperty("revisions").GetArrayLength());
    }

    [Fact]
    public void Ahp_SaatyWealthFile_GivesThePublishedEigenvector()
    {
        var root = Json(CliRunner.Run("weights", "ahp", "--file", Fixture("saaty-1980-wealth.csv"), "--json"));

        // Saaty & Khouja (1976), reproduced in Saaty (1980): the wealth of nations, λmax 7.61.
        Assert.Equal([0.427, 0.230, 0.021, 0.052, 0.052, 0.123, 0.094], WeightsOf(root).Values.Select(x => Math.Round(x, 3)));
        Assert.Equal(7.61, root.GetProperty("lambda_max").GetDouble(), 2);
    }

    [Fact]
    public void Ahp_Json_HasOneShapeWithTheSchemaVersionFirst()
    {
        var run = CliRunner.Run("weights", "ahp", "--file", Fixture("israel-2022-analyst.csv"), "--case", "builtin:israel-2022", "--json");
        var root = Json(run);

        Assert.Equal(["schema_version", "case", "file", "weights", "geometric_mean_weights", "lambda_max", "consistency_index", "random_index",
            "consistency_ratio", "consistency", "revisions", "copy"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(1, root.GetProperty("schema_version").GetInt32());
        Assert.Equal("builtin:israel-2022", root.GetProperty("case").GetString());
        Assert.Equal("acceptable", root.GetProperty("consistency").GetString());
        Assert.Equal(0, root.GetProperty("revisions").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("copy").ValueKind);
        Assert.Equal(1.0, WeightsOf(root).Values.Sum(), 12);
    }

    [Fact]
    public void Ahp_Table_ListsTheRevisionsWhenInconsistent()
    {
        var run = CliRunner.Run("weights", "ahp", "--file", Fixture("saaty-1990-house.csv"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("lambda max 9.669, CI 0.238, RI 1.41, CR 0.169: inconsistent (CR above 0.10)", run.Out, StringComparison.Ordinal);
        Assert.Contains("the judgements whose revision most reduces CR:", run.Out, StringComparison.Ordinal);
        Assert.Contains("neighborhood against condition: 6, the weights imply 1.13; 1 gives CR 0.088", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Ahp_InteractiveOnStdin_GivesTheWeightsOfTheSameJudgementsInAFile()
    {
        var file = Fixture("israel-2022-analyst.csv");
        var matrix = AhpCsvReader.Read(file).ValueOrThrow();
        var ids = Fulcrum.Scenario.Loading.CaseLoader.LoadText(BuiltInCases.Text(BuiltInCases.Default)!, "israel-2022").ValueOrThrow().Interests.Select(i => i.Id).ToList();
        var answers = new PairwiseElicitation(ids).Questions.Select(q => SaatyScale.Format(matrix[q.First, q.Second])).ToList();
        answers.Insert(0, "0"); // refused, and the same pair is asked again

        var run = Run(string.Join('\n', answers) + "\n", "weights", "ahp", "--json");
        var asked = Json(run);
        var fromFile = Json(CliRunner.Run("weights", "ahp", "--file", file, "--case", "builtin:israel-2022", "--json"));

        foreach (var (id, w) in WeightsOf(fromFile)) Assert.Equal(w, WeightsOf(asked)[id], 12);
        Assert.Equal(fromFile.GetProperty("consistency_ratio").GetDouble(), asked.GetProperty("consistency_ratio").GetDouble(), 12);
        Assert.Contains("[1/21] syria_freedom against us_backing", run.Error, StringComparison.Ordinal);
        Assert.Contains("not recorded: syria_freedom against us_backing: judgement 0 is zero", run.Error, StringComparison.Ordinal);
        Assert.Contains("provisional weights: syria_freedom", run.Error, StringComparison.Ordinal);
        Assert.Contains("your answers imply", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Ahp_InteractiveBlankLine_TakesWhatTheChainImplies()
    {
        // The chain syria 1 us 3 iran 3 trade 1 speakers 1 goodwill 2 channel, then Enter for every other pair.
        var run = Run("1\n3\n3\n1\n1\n2\n" + string.Concat(Enumerable.Repeat("\n", 15)), "weights", "ahp", "--json");
        var w = WeightsOf(Json(run));

        Assert.Equal(w["syria_freedom"], w["us_backing"], 12);
        Assert.Contains("your answers imply 9, Enter takes 9", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Ahp_InteractiveAnswersEndEarly_IsExit2()
    {
        var run = Run("1\n3\n", "weights", "ahp");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error: judgement: the answers ended before every pair was judged (2 of 21)", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zero.csv", ":2:7: a against c: judgement 0 is zero")]
    [InlineData("non-reciprocal.csv", ":3:3: b against a is 3, not the reciprocal of a against b (3)")]
    [InlineData("out-of-scale.csv", ":3:6: b against c: judgement 12 is outside Saaty's scale")]
    public void Ahp_BadJudgement_IsExit2WithFileLineAndColumn(string name, string expected)
    {
        var file = Fixture(Path.Combine("bad", name));

        var run = CliRunner.Run("weights", "ahp", "--file", file);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"error: {file}{expected}", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Out);
    }

    [Fact]
    public void Ahp_FileWithOtherIdsThanTheCase_IsExit2()
    {
        var run = CliRunner.Run("weights", "ahp", "--file", Fixture("saaty-1990-house.csv"), "--case", "builtin:israel-2022");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("saaty-1990-house.csv:1:", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Ahp_CaseOut_WritesACopyThatExamineWeighsWithTheElicitedWeights()
    {
        using var temp = Fulcrum.Events.Tests.Fixture.Temp();
        var copy = temp.File("weighted.fulcrum.yaml");

        var root = Json(CliRunner.Run("weights", "ahp", "--file", Fixture("israel-2022-analyst.csv"), "--case", "builtin:israel-2022", "--out", copy, "--json"));

        Assert.Equal(copy, root.GetProperty("copy").GetProperty("path").GetString());
        Assert.Equal(7, root.GetProperty("copy").GetProperty("edits").GetArrayLength());
        var text = File.ReadAllText(copy);
        var original = BuiltInCases.Text(BuiltInCases.Default)!;
        Assert.Equal(original.Split('\n').Length, text.Split('\n').Length); // only weight values changed: every comment line kept
        Assert.Contains("weight: 0.3", text, StringComparison.Ordinal);
        var examined = Json(CliRunner.Run("examine", "--case", copy, "--priors", "--draws", "2000", "--json"));
        var elicited = WeightsOf(root);
        // Point weights: every draw has the copy's weights, so an option's central weights are the elicited ones (to the 4 digits written).
        var central = examined.GetProperty("options").EnumerateArray().First(o => o.GetProperty("central_weights").ValueKind == JsonValueKind.Object);
        foreach (var (id, w) in WeightsOf(central, "central_weights")) Assert.True(Math.Abs(elicited[id] - w) < 1e-3, $"{id}: {w} against {elicited[id]}");
        Assert.Equal(0, CliRunner.Run("case", "check", copy).ExitCode);
    }

    [Fact]
    public void Ahp_RangeSpread_WritesTheRangeToTheGeometricMeanWeights()
    {
        using var temp = Fulcrum.Events.Tests.Fixture.Temp();
        var copy = temp.File("ranged.fulcrum.yaml");

        var run = CliRunner.Run("weights", "ahp", "--file", Fixture("israel-2022-analyst.csv"), "--case", "builtin:israel-2022", "--out", copy, "--range", "spread");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("line 118: syria_freedom weight [0.20, 0.35] -> [0.2996, 0.3004]", run.Out, StringComparison.Ordinal);
        Assert.Contains("weight: [0.2996, 0.3004]", File.ReadAllText(copy), StringComparison.Ordinal);
    }

    [Fact]
    public void Ahp_OutIsTheCaseItself_IsRefusedAndTheCaseUntouched()
    {
        using var temp = Fulcrum.Events.Tests.Fixture.Temp();
        var path = temp.Write("case.fulcrum.yaml", BuiltInCases.Text(BuiltInCases.Default)!);
        Directory.CreateDirectory(temp.File("sub"));
        var link = temp.File("link.fulcrum.yaml");
        File.CreateSymbolicLink(link, path);
        var before = File.ReadAllText(path);

        foreach (var output in new[] { path, Path.Combine(temp.Root, "sub", "..", "case.fulcrum.yaml"), link })
        {
            var run = CliRunner.Run("weights", "ahp", "--file", Fixture("israel-2022-analyst.csv"), "--case", path, "--out", output);
            Assert.Equal(2, run.ExitCode);
            Assert.Contains($"error: --out: {output} is the case file itself", run.Error, StringComparison.Ordinal);
        }
        Assert.Equal(before, File.ReadAllText(path));
    }

    [Fact]
    public void WeightsAhp_Help_NamesTheOptions()
    {
        var run = CliRunner.Run("weights", "ahp", "--help");

        Assert.Equal(0, run.ExitCode);
        foreach (var text in new[] { "--file", "--case", "--out", "--range", "Saaty", "consistency ratio" })
            Assert.Contains(text, run.Out, StringComparison.Ordinal);
    }
}
