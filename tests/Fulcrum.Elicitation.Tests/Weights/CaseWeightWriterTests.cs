using Fulcrum.Elicitation.Ahp;
using Fulcrum.Elicitation.Weights;
using Fulcrum.Scenario.Loading;

namespace Fulcrum.Elicitation.Tests.Weights;

public class CaseWeightWriterTests
{
    private static ElicitedWeights AnalystAhp(WeightRange range = WeightRange.Point) =>
        ElicitedWeights.FromAhp(AhpAnalysis.Analyze(AhpCsvReader.Read(Fixture.Path("ahp", "israel-2022-analyst.csv"), Fixture.IsraelInterests).ValueOrThrow()), range);

    [Fact]
    public void Apply_TheBuiltInCase_ChangesOnlyTheWeightLinesAndKeepsEveryComment()
    {
        var original = Fixture.IsraelText;

        var copy = CaseWeightWriter.Apply(original, "built-in:israel-2022", AnalystAhp()).ValueOrThrow();

        var (before, after) = (original.Split('\n'), copy.Text.Split('\n'));
        Assert.Equal(before.Length, after.Length);
        var changed = Enumerable.Range(0, before.Length).Where(i => before[i] != after[i]).ToList();
        Assert.Equal(7, changed.Count);
        Assert.All(changed, i => Assert.StartsWith("    weight: ", after[i], StringComparison.Ordinal));
        Assert.Equal(before.Where(l => l.TrimStart().StartsWith('#')), after.Where(l => l.TrimStart().StartsWith('#')));
        Assert.Equal(7, copy.Edits.Count);
        Assert.Equal(("syria_freedom", "[0.20, 0.35]"), (copy.Edits[0].Interest, copy.Edits[0].Before));
        Assert.Equal(changed[0] + 1, copy.Edits[0].Line);
    }

    [Fact]
    public void Apply_TheBuiltInCase_ReloadsWithTheNewWeights()
    {
        var weights = AnalystAhp();

        var copy = CaseWeightWriter.Apply(Fixture.IsraelText, "built-in:israel-2022", weights).ValueOrThrow();

        var reloaded = CaseLoader.LoadText(copy.Text, "copy").ValueOrThrow();
        foreach (var i in reloaded.Interests)
        {
            Assert.True(i.Weight.IsPoint);
            Assert.Equal(weights.For(i.Id)!.Point, i.Weight.Low, 5e-4 * weights.For(i.Id)!.Point + 1e-12); // four significant digits
        }
        Assert.Equal(reloaded.Interests.Select(i => i.Weight), copy.Case.Interests.Select(i => i.Weight));
        var original = Fixture.Israel;
        Assert.Equal(original.Reactions.Count, reloaded.Reactions.Count);
        Assert.Equal(original.Scenarios, reloaded.Scenarios);
    }

    [Fact]
    public void Apply_WithTheMethodSpread_WritesRangesThatHoldThePoint()
    {
        var weights = AnalystAhp(WeightRange.Spread);

        var copy = CaseWeightWriter.Apply(Fixture.IsraelText, "israel", weights).ValueOrThrow();

        Assert.All(copy.Case.Interests, i =>
        {
            var w = weights.For(i.Id)!;
            Assert.True(i.Weight.Low <= w.Point * 1.0005 && w.Point <= i.Weight.High * 1.0005, $"{i.Id}: {w.Point} in {i.Weight}");
        });
        Assert.Contains(copy.Edits, e => e.After.StartsWith('['));
    }

    [Theory]
    [InlineData("    weight: 0.3 # analyst estimate\n", "    weight: 0.6 # analyst estimate\n")]
    [InlineData("    weight: [0.2, 0.4]\n", "    weight: 0.6\n")]
    [InlineData("    weight:\n      - 0.2\n      - 0.4\n", "    weight:\n      0.6\n")]
    [InlineData("    weight: !!float 0.3\n", "    weight: 0.6\n")]
    [InlineData("    weight: \"0.3\"\n", "    weight: 0.6\n")]
    [InlineData("    weight: [\n      0.2,   # low\n      0.4 ]\n", "    weight: 0.6\n")]
    public void Apply_WeightsWrittenAnyWay_AreReplacedInPlace(string weightLines, string expected)
    {
        var copy = CaseWeightWriter.Apply(Minimal(weightLines), "minimal", Points(("syria", 0.6), ("alliance", 0.4))).ValueOrThrow();

        Assert.Equal(Minimal(expected).Replace("    weight: 0.5\n", "    weight: 0.4\n", StringComparison.Ordinal), copy.Text);
        Assert.Equal(0.6, copy.Case.Interests[0].Weight.High);
    }

    [Fact]
    public void Apply_FlowStyleInterestsAndCrlf_AreKept()
    {
        var text = Minimal("    weight: 0.5\n").Replace(
            "  - id: alliance\n    name: US backing\n    unit: index 0-100\n    baseline: 100\n    depends_on: USA\n    weight: 0.5\n    value: {worst: 0, best: 100}\n    source: test\n",
            "  - {id: alliance, name: US backing, unit: index 0-100, baseline: 100, depends_on: USA, weight: 0.5, value: {worst: 0, best: 100}, source: test}\n",
            StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal);
        Assert.Contains("{id: alliance", text, StringComparison.Ordinal);

        var copy = CaseWeightWriter.Apply(text, "minimal", Points(("syria", 0.25), ("alliance", 0.75))).ValueOrThrow();

        Assert.Contains("depends_on: USA, weight: 0.75, value: {worst: 0, best: 100}, source: test}\r\n", copy.Text, StringComparison.Ordinal);
        Assert.Contains("    weight: 0.25\r\n", copy.Text, StringComparison.Ordinal);
        Assert.Equal(text.Length - "0.5".Length * 2 + "0.25".Length + "0.75".Length, copy.Text.Length);
        Assert.Equal(0.75, copy.Case.Interests[1].Weight.Low);
    }

    [Fact]
    public void Apply_AnchoredWeight_IsRefused()
    {
        var result = CaseWeightWriter.Apply(Minimal("    weight: &w 0.5\n"), "minimal", Points(("syria", 0.6), ("alliance", 0.4)));

        var p = Assert.Single(result.Problems);
        Assert.Equal(("minimal", 16, 13, "the weight of interest 'syria' carries an anchor that other nodes may refer to"), (p.File, p.Line, p.Column, p.Message));
    }

    [Fact]
    public void Apply_AliasedWeight_IsReplacedAndTheAnchorKept()
    {
        var text = Minimal("    weight: *level\n");
        var first = text.IndexOf("    baseline: 100\n", StringComparison.Ordinal); // syria's, before its weight
        text = text[..first] + "    baseline: &level 100\n" + text[(first + "    baseline: 100\n".Length)..];
        Assert.Equal(100, CaseLoader.LoadText(text, "minimal").ValueOrThrow().Interests[0].Weight.Low);

        var copy = CaseWeightWriter.Apply(text, "minimal", Points(("syria", 0.6), ("alliance", 0.4))).ValueOrThrow();

        Assert.Contains("    baseline: &level 100\n", copy.Text, StringComparison.Ordinal);
        Assert.Equal((0.6, 100.0), (copy.Case.Interests[0].Weight.Low, copy.Case.Interests[0].Baseline.Low));
    }

    [Fact]
    public void Apply_WeightsForAnotherSetOfInterests_AreRefused()
    {
        var result = CaseWeightWriter.Apply(Minimal("    weight: 0.5\n"), "minimal", Points(("syria", 0.6), ("sryia", 0.4)));

        Assert.Contains(result.Problems, p => p.Message == "weight for 'sryia', which is not an interest of case minimal" && p.Hint == "did you mean 'syria'?" && p.Subject == ElicitationSubjects.Weights);
        Assert.Contains(result.Problems, p => p.Message == "no weight for interest alliance of case minimal");
    }

    [Fact]
    public void Apply_ABrokenCase_ReturnsTheLoadersProblems()
    {
        var result = CaseWeightWriter.Apply("fulcrum: 1\nid: x\n", "broken.yaml", Points(("a", 1)));

        Assert.False(result.Ok);
        Assert.All(result.Problems, p => Assert.Equal("broken.yaml", p.File));
    }

    [Fact]
    public void WriteCopy_WritesANewFileAndNeverOverwritesTheCase()
    {
        var dir = Fixture.TempFolder();
        try
        {
            var path = Path.Combine(dir, "case.fulcrum.yaml");
            File.WriteAllText(path, Fixture.IsraelText);

            Assert.Equal("the copy would overwrite the case itself", Assert.Single(CaseWeightWriter.WriteCopy(path, path, AnalystAhp()).Problems).Message);

            var output = Path.Combine(dir, "weighted.fulcrum.yaml");
            var written = CaseWeightWriter.WriteCopy(path, output, AnalystAhp()).ValueOrThrow();
            Assert.Equal(written.Text, File.ReadAllText(output));
            Assert.Equal(Fixture.IsraelText, File.ReadAllText(path));
            Assert.True(CaseLoader.LoadFile(output).Ok);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Theory]
    [InlineData(0.17297, "0.173")]
    [InlineData(0.0174689, "0.01747")]
    [InlineData(0.5, "0.5")]
    [InlineData(1.23456, "1.235")]
    [InlineData(0.0000123456, "0.00001235")]
    [InlineData(0.0, "0")]
    public void Number_FourSignificantDigits_NeverAnExponent(double x, string expected) => Assert.Equal(expected, CaseWeightWriter.Number(x));

    private static ElicitedWeights Points(params (string Id, double W)[] weights) =>
        ElicitedWeights.Points([.. weights.Select(w => KeyValuePair.Create(w.Id, w.W))], "test");

    /// <summary>The minimal case (Fixtures/cases) with the weight lines of interest 'syria' replaced.</summary>
    private static string Minimal(string syriaWeight)
    {
        var text = Fixture.Text("cases", "minimal.fulcrum.yaml");
        Assert.Contains("    weight: [0.4, 0.6]\n", text, StringComparison.Ordinal);
        return text.Replace("    weight: [0.4, 0.6]\n", syriaWeight, StringComparison.Ordinal);
    }
}
