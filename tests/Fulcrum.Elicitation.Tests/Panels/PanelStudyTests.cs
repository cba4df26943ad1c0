using Fulcrum.Decision;
using Fulcrum.Elicitation.Panels;
using Fulcrum.Scenario.Model;

namespace Fulcrum.Elicitation.Tests.Panels;

public class PanelStudyTests
{
    private static readonly AppraisalOptions Options = new() { Draws = 5000, Seed = 7 };

    // Two analysts of the founding case who disagree: one values Washington's backing and expects an
    // invasion as likely as not; the other values Syria and expects no invasion.
    private static Panel Split() => Analysts.Israel(
        Analysts.Direct("hawk", [0.25, 0.40, 0.15, 0.05, 0.05, 0.05, 0.05], [0.3, 0.35, 0.35]),
        Analysts.Direct("dove", [0.45, 0.20, 0.05, 0.10, 0.10, 0.05, 0.05], [0.9, 0.08, 0.02]));

    [Fact]
    public void Run_IdenticalAnalysts_GiveTheSingleAnalystsResult()
    {
        var c = Fixture.IsraelAnswered;
        var one = PanelReaderFixture.Yossi();
        var single = Appraiser.Appraise(WithWeights(c, one.Weights!), Probabilities(c, one.Probabilities!), Options with { Sensitivity = false }).ValueOrThrow();

        var r = PanelStudy.Run(c, Analysts.Israel(one with { Name = "a" }, one with { Name = "b" }), Options).ValueOrThrow();

        Assert.Equal(single.Recommendation.Option, r.Recommendation);
        Assert.All(r.Analysts, a => Assert.Equal(single.Recommendation.Option, a.Recommendation));
        for (var k = 0; k < c.Options.Count; k++)
            Assert.Equal(single.Options[k].ExpectedUtility, r.AggregateAppraisal.Options[k].ExpectedUtility, 1e-9);
        Assert.True(r.Unanimous);
        Assert.Empty(r.Decisive);
        Assert.Equal(7 + 3, r.Inputs.Count);
        Assert.All(r.Inputs.SelectMany(i => i.Swaps), s => Assert.False(s.Ran));
    }

    [Fact]
    public void Run_ASplitPanel_NamesTheInputsThatChangeTheAnswer()
    {
        var r = PanelStudy.Run(Fixture.IsraelAnswered, Split(), Options).ValueOrThrow();

        Assert.Equal("condemn_aid", r.Recommendation);
        Assert.Equal(["condemn_aid", "mediate"], r.Analysts.Select(a => a.Recommendation));
        Assert.False(r.Unanimous);
        Assert.Equal(["Weight syria_freedom", "Weight us_backing", "Probability no_invasion", "Probability full_invasion"],
            r.Decisive.Select(i => $"{i.Kind} {i.Id}"));
        var syria = r.Decisive[0];
        Assert.Equal((0.35, 0.25, 0.45), (Math.Round(syria.Aggregate, 12), Math.Round(syria.Low, 12), Math.Round(syria.High, 12)));
        // The dove's Syria weight alone tips the aggregate to condemning in words: since the founding
        // case's question set US pressure per option, words alone bring little heavy pressure (P 0.08).
        Assert.Equal(("dove", "condemn_words"), (syria.Swaps.Single(s => s.Changes).Analyst, syria.Swaps.Single(s => s.Changes).Recommendation));
        var goodwill = r.Inputs.Single(i => i.Id == "rus_goodwill");
        Assert.All(goodwill.Swaps, s => Assert.False(s.Ran)); // both analysts give 0.05: nothing to swap
    }

    [Fact]
    public void Run_ASwap_IsTheAppraisalOfTheAggregateWithThatValueAlone()
    {
        var c = Fixture.IsraelAnswered;
        var panel = Split();
        var r = PanelStudy.Run(c, panel, Options).ValueOrThrow();
        var aggregate = r.Aggregate;

        // The dove's P(no invasion) = 0.9 in place of the aggregate's 0.6; the others rescaled to fill 0.1.
        var p = aggregate.Probabilities!;
        double[] swapped = [0.9, p[1] * 0.1 / (1 - p[0]), p[2] * 0.1 / (1 - p[0])];
        var direct = Appraiser.Appraise(WithWeights(c, aggregate.Weights!), Probabilities(c, swapped), Options with { Sensitivity = false }).ValueOrThrow();

        var swap = r.Inputs.Single(i => i.Id == "no_invasion").Swaps.Single(s => s.Analyst == "dove");
        Assert.Equal(direct.Recommendation.Option, swap.Recommendation);
        Assert.Equal(1, swapped.Sum(), 12);
    }

    [Fact]
    public void Run_APanelOfProbabilitiesOnly_KeepsTheCasesWeights()
    {
        var c = Fixture.IsraelAnswered;
        var panel = Analysts.Israel(
            new AnalystInput { Name = "x", File = "x.yaml", Method = WeightMethod.None, Probabilities = [0.45, 0.35, 0.20] },
            new AnalystInput { Name = "y", File = "y.yaml", Method = WeightMethod.None, Probabilities = [0.45, 0.35, 0.20] });
        var priors = Appraiser.Appraise(c, Options with { Sensitivity = false }).ValueOrThrow();

        var r = PanelStudy.Run(c, panel, Options).ValueOrThrow();

        Assert.Null(r.Aggregate.Weights);
        Assert.Equal(3, r.Inputs.Count);
        Assert.All(r.Inputs, i => Assert.Equal(InputKind.Probability, i.Kind));
        Assert.Equal(priors.Recommendation.Option, r.Recommendation);
        Assert.Equal(priors.Options[0].ExpectedUtility, r.AggregateAppraisal.Options[0].ExpectedUtility, 1e-12);
    }

    [Fact]
    public void Rescaled_KeepsTheOthersInProportion()
    {
        Assert.Equal([0.5, 0.3, 0.2], PanelStudy.Rescaled([0.2, 0.48, 0.32], 0, 0.5).Select(x => Math.Round(x, 12)));
        Assert.Equal([0.4, 0.3, 0.3], PanelStudy.Rescaled([1, 0, 0], 0, 0.4).Select(x => Math.Round(x, 12)));
    }

    private static Case WithWeights(Case c, IReadOnlyList<double> w) =>
        c with { Interests = [.. c.Interests.Select((i, k) => i with { Weight = new Interval(w[k], w[k]) })] };

    private static ScenarioProbabilities Probabilities(Case c, IReadOnlyList<double> p) =>
        ScenarioProbabilities.From(c, [.. c.Scenarios.Select((s, k) => KeyValuePair.Create(s.Id, p[k]))], "test").ValueOrThrow();
}
