using Fulcrum.Elicitation.Panels;

namespace Fulcrum.Elicitation.Tests.Panels;

public sealed class PanelReaderTests : IDisposable
{
    private readonly string _dir = Fixture.TempFolder();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private const string Weights = "weights: {syria_freedom: 3, us_backing: 3, us_iran_coordination: 1, russia_trade: 1, russian_speakers: 1, rus_goodwill: 0.5, me_channel: 0.5}\n";
    private const string Probabilities = "scenario_probabilities: {no_invasion: 0.5, limited_incursion: 0.3, full_invasion: 0.2}\n";

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Read_TheFixturePanel_GivesEachAnalystsInputsInTheCasesOrder()
    {
        var panel = PanelReader.Read(Fixture.Path("panel"), Fixture.Israel).ValueOrThrow();

        Assert.Equal(["Dana", "Yossi", "Maria"], panel.Analysts.Select(a => a.Name));
        Assert.Equal([WeightMethod.Direct, WeightMethod.Ahp, WeightMethod.Swing], panel.Analysts.Select(a => a.Method));
        Assert.Equal([1.0, 1.0, 2.0], panel.Analysts.Select(a => a.AnalystWeight));
        Assert.True(panel.HasWeights && panel.HasProbabilities);
        Assert.All(panel.Analysts, a => Assert.Equal(1, a.Weights!.Sum(), 12));
        Assert.Equal(0.30, panel.Analysts[0].Weights![0], 12);
        Assert.Equal([0.3, 0.4, 0.3], panel.Analysts[1].Probabilities!);
        Assert.Equal(Fixture.IsraelInterests, panel.Analysts[1].Judgements!.Ids);
        Assert.Equal(panel.Analysts[1].Ahp!.Weights, panel.Analysts[1].Weights);
        Assert.Equal(100 / 280.0, panel.Analysts[2].Weights![1], 12);
        Assert.Equal("pairwise judgements, September workshop", panel.Analysts[1].Note);
    }

    [Fact]
    public void Read_DirectWeights_AreNormalised()
    {
        Write("a.yaml", "analyst: A\n" + Weights);

        var a = PanelReader.Read(_dir, Fixture.Israel).ValueOrThrow().Analysts.Single();

        Assert.Equal(0.3, a.Weights![0], 12);
        Assert.Null(a.Probabilities);
    }

    [Theory]
    [InlineData("analyst: A\nweigths: {}\n", 2, 1, "unknown field 'weigths'")]
    [InlineData("weights: {syria_freedom: 1}\n", 1, 1, "no 'analyst:' name")]
    [InlineData("analyst: A\n" + Probabilities + "weights: {syria_fredom: 1}\n", 3, 11, "unknown interest 'syria_fredom'")]
    [InlineData("analyst: A\nweights: {syria_freedom: 1}\n", 2, 10, "no weights for interests us_backing, us_iran_coordination, russia_trade, russian_speakers, rus_goodwill, me_channel")]
    [InlineData("analyst: A\nweights: {syria_freedom: -1, us_backing: 3, us_iran_coordination: 1, russia_trade: 1, russian_speakers: 1, rus_goodwill: 0.5, me_channel: 0.5}\n", 2, 26, "weight -1 is negative")]
    [InlineData("analyst: A\nweights: {syria_freedom: lots, us_backing: 3, us_iran_coordination: 1, russia_trade: 1, russian_speakers: 1, rus_goodwill: 0.5, me_channel: 0.5}\n", 2, 26, "'weights' of syria_freedom must be a number, not 'lots'")]
    [InlineData("analyst: A\nscenario_probabilities: {no_invasion: 0.5, limited_incursion: 0.3, full_invasion: 0.1}\n", 2, 25, "scenario probabilities sum to 0.9, not 1")]
    [InlineData("analyst: A\nscenario_probabilities: {no_invasion: 1.5, limited_incursion: 0.3, full_invasion: 0.1}\n", 2, 39, "probability 1.5 is outside [0, 1]")]
    [InlineData("analyst: A\n" + Weights + "ahp: x.csv\n", 3, 6, "both 'weights' and 'ahp' are given")]
    [InlineData("analyst: A\nahp: missing.csv\n", 2, 6, "file 'missing.csv' not found")]
    [InlineData("analyst: A\nanalyst_weight: 0\n" + Weights, 2, 17, "analyst_weight 0 must be positive")]
    [InlineData("analyst: A\nnote: x\n", 1, 1, "neither weights nor scenario probabilities are given")]
    [InlineData("analyst: A\n  weights: [\n", 2, 10, "YAML syntax error")]
    [InlineData("- analyst: A\n", 0, 0, "the file is not one mapping of fields")]
    public void Read_BadAnalystFiles_AreLocatedProblems(string text, int line, int column, string message)
    {
        var file = Write("analyst.yaml", text);

        var result = PanelReader.Read(_dir, Fixture.Israel);

        Assert.False(result.Ok);
        var p = Assert.Single(result.Problems, p => p.Message.StartsWith(message, StringComparison.Ordinal));
        Assert.Equal((file, line, column), (p.File, p.Line, p.Column));
        Assert.NotEmpty(p.Hint);
    }

    [Fact]
    public void Read_BadJudgementsFile_ReportsItsOwnProblemsToo()
    {
        Write("j.csv", Fixture.Text("ahp", "israel-2022-analyst.csv").Replace("syria_freedom,1,1,3", "syria_freedom,1,0,3", StringComparison.Ordinal));
        var analyst = Write("a.yaml", "analyst: A\nahp: j.csv\n");

        var problems = PanelReader.Read(_dir, Fixture.Israel).Problems;

        Assert.Contains(problems, p => p.File == analyst && p.Line == 2 && p.Message == $"the judgements in {Path.Combine(_dir, "j.csv")} cannot be read");
        Assert.Contains(problems, p => p.File.EndsWith("j.csv", StringComparison.Ordinal) && (p.Line, p.Column) == (2, 17) && p.Message == "syria_freedom against us_backing: judgement 0 is zero");
    }

    [Fact]
    public void Read_TwoFilesOfOneAnalyst_IsAProblem()
    {
        Write("a.yaml", "analyst: Dana\n" + Weights);
        var second = Write("b.yml", "analyst: Dana\n" + Weights);

        var p = Assert.Single(PanelReader.Read(_dir, Fixture.Israel).Problems);

        Assert.Equal((second, $"analyst 'Dana' also has file {Path.Combine(_dir, "a.yaml")}"), (p.File, p.Message));
    }

    [Fact]
    public void Read_SomeAnalystsWithoutProbabilities_IsAProblem()
    {
        Write("a.yaml", "analyst: A\n" + Weights + Probabilities);
        Write("b.yaml", "analyst: B\n" + Probabilities);
        var c = Write("c.yaml", "analyst: C\n" + Weights);

        var problems = PanelReader.Read(_dir, Fixture.Israel).Problems;

        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.Message == "analyst 'B' gives no weights, but 2 others do (A, C)" && p.Hint == "give weights for every analyst of the panel, or for none");
        Assert.Contains(problems, p => p.File == c && p.Message == "analyst 'C' gives no scenario probabilities, but 2 others do (A, B)");
    }

    [Fact]
    public void Read_AnEmptyOrMissingFolder_IsAProblemAboutThePanel()
    {
        Assert.Equal(ElicitationSubjects.Panel, Assert.Single(PanelReader.Read(_dir, Fixture.Israel).Problems).Subject);
        Assert.StartsWith("folder ", Assert.Single(PanelReader.Read(Path.Combine(_dir, "nope"), Fixture.Israel).Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OtherFilesInTheFolder_AreIgnored()
    {
        Write("notes.txt", "not an analyst");
        Write("judgements.csv", "a,b\n1,2\n,1\n");
        Write("a.yaml", "analyst: A\n" + Probabilities);

        var panel = PanelReader.Read(_dir, Fixture.Israel).ValueOrThrow();

        Assert.Single(panel.Analysts);
        Assert.False(panel.HasWeights);
    }
}
