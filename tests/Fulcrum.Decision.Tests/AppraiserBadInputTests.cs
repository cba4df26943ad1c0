using Fulcrum.Scenario.Model;

namespace Fulcrum.Decision.Tests;

/// <summary>Degenerate and wrong inputs: each gives a sensible answer or a clear error.</summary>
public class AppraiserBadInputTests
{
    private static CaseBuilder TwoOptions() => new CaseBuilder().Interest("a", 0.5, 0.5).Interest("b", 0.2, 0.6, worst: -10, best: 10)
        .Option("x").Option("y").Scenario("s1", 0.6, 0.4, 0.8).Scenario("s2", 0.4, 0.2, 0.6)
        .Effect("x", "s1", "a", 0.8).Effect("x", "s2", "a", 0.3).Effect("y", null, "a", 0.5)
        .Effect("x", null, "b", new TriangularDistribution(-5, 0, 5)).Effect("y", null, "b", new TriangularDistribution(-2, 1, 3));

    [Fact]
    public void EmptyOptionList_IsAClearError()
    {
        var c = TwoOptions().Build() with { Options = [], Reactions = [] };
        var result = Appraiser.Appraise(c, new AppraisalOptions());
        Assert.False(result.Ok);
        Assert.Contains(result.Problems, p => p.Message.Contains("no options", StringComparison.Ordinal) && p.Hint.Contains("add at least one option", StringComparison.Ordinal));
    }

    [Fact]
    public void MissingReaction_IsAClearError()
    {
        var c = TwoOptions().Build();
        var result = Appraiser.Appraise(c with { Reactions = [.. c.Reactions.Skip(1)] }, new AppraisalOptions());
        Assert.Contains(result.Problems, p => p.Message.Contains("no reaction to option 'x' under scenario 's1'", StringComparison.Ordinal));
    }

    [Fact]
    public void AllOptionsInadmissible_NamesTheLeastBreachingOption()
    {
        // x breaches 'b below 0' half the time, y a third of the time (triangular(-2, 1, 3): 4/15); both over 10%.
        var c = TwoOptions().Tolerance("t", "RUS", ConditionTarget.Interest, "b", below: true, threshold: 0, max: 0.1).Build();
        var a = Run.Appraise(c);
        Assert.Equal(RecommendationStatus.NoneAdmissible, a.Recommendation.Status);
        Assert.Empty(a.Recommendation.Admissible);
        Assert.Equal("y", a.Recommendation.Option);
        Assert.StartsWith("No option keeps every power inside its tolerance; y breaches least: 't' fails with 27% probability against the 10% accepted.", a.Recommendation.Reason, StringComparison.Ordinal);
        Assert.All(a.Options, o => Assert.False(o.Admissible));
    }

    [Fact]
    public void ZeroWidthRanges_GiveFiniteResultsAndPointSwings()
    {
        var c = new CaseBuilder().Interest("a", 0.5, 0.5).Interest("b", 0.3, 0.3).Option("x").Option("y")
            .Scenario("s1", 0.5, 0.5, 0.5).Scenario("s2", 0.5, 0.5, 0.5)
            .Effect("x", null, "a", new TriangularDistribution(0.4, 0.4, 0.4)).Effect("x", null, "b", new UniformDistribution(0.2, 0.2))
            .Effect("y", "s1", "a", new PertDistribution(0.7, 0.7, 0.7)).Effect("y", "s2", "a", 0.1).Build();
        var a = Run.Appraise(c);
        Assert.All(a.Options, o => Assert.True(double.IsFinite(o.ExpectedUtility) && double.IsFinite(o.Cvar10) && double.IsFinite(o.RegretP95)));
        var s = a.Sensitivity!;
        Assert.All(s.Tornado, b => Assert.Equal("±50%", b.RangeSource));
        Assert.Equal((0.25, 0.75), s.Tornado.Where(b => b.Id == "a").Select(b => (b.ParameterLow, b.ParameterHigh)).Single());
        Assert.All(s.Tornado, b => Assert.True(double.IsFinite(b.Swing)));
    }

    [Fact]
    public void OneScenarioWithProbabilityOne_AnswersAndSaysWhatItCannotEvaluate()
    {
        var c = TwoOptions().Build();
        var p = ScenarioProbabilities.From(c, [new("s1", 1), new("s2", 0)], "test").ValueOrThrow();
        var a = Run.Appraise(c, p: p);
        Assert.Equal([20_000, 0], a.Scenarios.Select(s => s.Draws));
        Assert.Equal("x", a.Recommendation.Option);
        var s = a.Sensitivity!;
        // P(s1) cannot move without giving weight to s2, which has no draws; P(s2) ± 50% of 0 stays 0.
        Assert.DoesNotContain(s.Tornado, b => b.Id == "s1");
        Assert.Equal(0, s.Tornado.Single(b => b.Id == "s2").Swing);
        Assert.Contains(s.Notes, n => n.Contains("P(s1)", StringComparison.Ordinal) && n.Contains("no draws", StringComparison.Ordinal));
        Assert.Equal(0, s.Evpi.ByUncertainty.Single(e => e.Kind == "scenario").Value);
    }

    [Fact]
    public void OnlyOneOption_HasNoPairToCompare()
    {
        var c = TwoOptions().Build();
        var a = Run.Appraise(c with { Options = [c.Options[0]] });
        Assert.Equal("x", a.Recommendation.Option);
        Assert.Empty(a.Sensitivity!.Tornado);
        Assert.Contains(a.Sensitivity.Notes, n => n.StartsWith("Only one option", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(50)]
    [InlineData(3_000_000)]
    public void DrawsOutOfRange_IsAClearError(int draws)
    {
        var result = Appraiser.Appraise(TwoOptions().Build(), new AppraisalOptions { Draws = draws });
        Assert.Contains(result.Problems, p => p.Message.Contains($"draws {draws} is outside 100-2000000", StringComparison.Ordinal));
    }
}
