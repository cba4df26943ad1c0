using Fulcrum.Elicitation.Ahp;
using Fulcrum.Elicitation.Panels;
using Fulcrum.Elicitation.Weights;

namespace Fulcrum.Elicitation.Tests.Panels;

public class PanelAggregationTests
{
    private static readonly string[] Abc = ["a", "b", "c"];

    // Two consistent analysts: weights (4, 2, 1)/7 and (8, 1, 2)/11.
    private static readonly PairwiseMatrix First = PairwiseMatrix.FromUpperTriangle(Abc, [2, 4, 2]);
    private static readonly PairwiseMatrix Second = PairwiseMatrix.FromUpperTriangle(Abc, [8, 4, 0.5]);

    [Fact]
    public void Aggregate_AllJudging_TakesTheGeometricMeanOfTheJudgements()
    {
        // Aczél & Saaty (1983): a_ab = √(2·8) = 4, a_ac = √(4·4) = 4, a_bc = √(2·½) = 1, consistent,
        // so the weights are (4, 1, 1)/6 — not the mean of the two eigenvectors, (0.649, 0.188, 0.162).
        var a = PanelAggregation.Aggregate(Analysts.Of(Abc, Analysts.Judging("x", First), Analysts.Judging("y", Second))).ValueOrThrow();

        Assert.Equal(4, a.Judgements!["a", "b"], 1e-12);
        Assert.Equal(1, a.Judgements!["b", "c"], 1e-12);
        Assert.Equal(2.0 / 3, a.Weights![0], 1e-12);
        Assert.Equal(1.0 / 6, a.Weights![1], 1e-12);
        Assert.Equal(0, a.JudgementsAnalysis!.ConsistencyRatio!.Value, 1e-12);
        Assert.StartsWith("principal eigenvector of the geometric mean", a.WeightRule, StringComparison.Ordinal);
    }

    [Fact]
    public void Aggregate_AnalystWeights_WeighTheJudgementsGeometrically()
    {
        // Shares ¾ and ¼: a_ab = 2^¾ · 8^¼ = 2^1.5, a_bc = 2^¾ · ½^¼ = 2^0.5, a_ac = 4: weights (4, √2, 1) / (5 + √2).
        var a = PanelAggregation.Aggregate(Analysts.Of(Abc, Analysts.Judging("x", First, 3), Analysts.Judging("y", Second, 1))).ValueOrThrow();

        Assert.Equal([0.75, 0.25], a.Shares);
        Assert.Equal(Math.Pow(2, 1.5), a.Judgements!["a", "b"], 1e-12);
        Assert.Equal(4 / (5 + Math.Sqrt(2)), a.Weights![0], 1e-12);
        Assert.Equal(Math.Sqrt(2) / (5 + Math.Sqrt(2)), a.Weights![1], 1e-12);
    }

    [Fact]
    public void Aggregate_SomeDirectWeights_AveragesTheNormalisedWeights()
    {
        // (4, 2, 1)/7 from the judgements and (1, 1, 2)/4 typed in: mean (0.4107, 0.2679, 0.3214).
        var a = PanelAggregation.Aggregate(Analysts.Of(Abc, Analysts.Judging("x", First), Analysts.Direct("y", [1, 1, 2]))).ValueOrThrow();

        Assert.Null(a.Judgements);
        Assert.Equal((4 / 7.0 + 0.25) / 2, a.Weights![0], 1e-12);
        Assert.Equal((1 / 7.0 + 0.5) / 2, a.Weights![2], 1e-12);
        Assert.Equal("arithmetic mean of the analysts' normalised weights", a.WeightRule);
        Assert.Equal((1 / 7.0, 0.5), (a.WeightSpread![2].Low, a.WeightSpread[2].High));
    }

    [Fact]
    public void Aggregate_GeometricPooling_RenormalisesTheGeometricMeanOfTheWeights()
    {
        var panel = Analysts.Of(Abc, Analysts.Direct("x", [4, 2, 1]), Analysts.Direct("y", [1, 2, 4]));

        var a = PanelAggregation.Aggregate(panel, new PanelOptions { Weights = WeightPooling.Geometric }).ValueOrThrow();

        // √(4·1) = 2, √(2·2) = 2, √(1·4) = 2 (on the scale of sevenths): equal weights.
        Assert.All(a.Weights!, w => Assert.Equal(1.0 / 3, w, 1e-12));
    }

    [Fact]
    public void Aggregate_GeometricPoolingWithAZeroEverywhere_IsAProblem()
    {
        var panel = Analysts.Of(["a", "b"], Analysts.Direct("x", [1, 0]), Analysts.Direct("y", [0, 1]));

        var result = PanelAggregation.Aggregate(panel, new PanelOptions { Weights = WeightPooling.Geometric });

        Assert.Equal(ElicitationSubjects.Panel, Assert.Single(result.Problems).Subject);
    }

    [Fact]
    public void Aggregate_Probabilities_ReportsBothPoolsAndUsesTheChosenOne()
    {
        var panel = Analysts.Of(["a", "b"], Analysts.Direct("x", [1, 1], [0.5, 0.5]), Analysts.Direct("y", [1, 1], [0.9, 0.1]));

        var linear = PanelAggregation.Aggregate(panel).ValueOrThrow();
        var log = PanelAggregation.Aggregate(panel, new PanelOptions { Probabilities = ProbabilityPooling.Logarithmic }).ValueOrThrow();

        Assert.Equal([0.7, 0.3], linear.Probabilities!.Select(p => Math.Round(p, 12)));
        Assert.Equal(linear.LinearPool, linear.Probabilities);
        Assert.Equal(log.LogarithmicPool, log.Probabilities);
        Assert.Equal(Math.Sqrt(0.45) / (Math.Sqrt(0.45) + Math.Sqrt(0.05)), log.Probabilities![0], 1e-12); // 0.75
        Assert.Equal("logarithmic opinion pool (renormalised weighted geometric mean)", log.ProbabilityRule);
    }

    [Fact]
    public void Aggregate_LogarithmicPoolVetoedEverywhere_IsAProblemOnlyWhenChosen()
    {
        var panel = Analysts.Of(["a"], Analysts.Direct("x", [1], [1, 0]), Analysts.Direct("y", [1], [0, 1]));

        Assert.Null(PanelAggregation.Aggregate(panel).ValueOrThrow().LogarithmicPool);
        Assert.False(PanelAggregation.Aggregate(panel, new PanelOptions { Probabilities = ProbabilityPooling.Logarithmic }).Ok);
    }

    [Fact]
    public void Aggregate_IdenticalAnalysts_GiveTheSingleAnalystsInputs()
    {
        var one = PanelReaderFixture.Yossi();
        var panel = Analysts.Israel(one with { Name = "a" }, one with { Name = "b" }, one with { Name = "c", AnalystWeight = 5 });

        var a = PanelAggregation.Aggregate(panel).ValueOrThrow();

        for (var i = 0; i < 7; i++)
        {
            Assert.Equal(one.Weights![i], a.Weights![i], 1e-12);
            Assert.Equal(one.Weights[i], a.WeightSpread![i].Low, 1e-12);
            Assert.Equal(one.Weights[i], a.WeightSpread[i].High, 1e-12);
        }
        Assert.Equal(one.Ahp!.ConsistencyRatio!.Value, a.JudgementsAnalysis!.ConsistencyRatio!.Value, 1e-12);
        for (var s = 0; s < 3; s++)
        {
            Assert.Equal(one.Probabilities![s], a.LinearPool![s], 1e-12);
            Assert.Equal(one.Probabilities[s], a.LogarithmicPool![s], 1e-12);
        }
    }

    [Fact]
    public void ToElicitedWeights_Spread_RangesOverTheAnalysts()
    {
        var a = PanelAggregation.Aggregate(Analysts.Of(Abc, Analysts.Direct("x", [4, 2, 1]), Analysts.Direct("y", [1, 2, 4]))).ValueOrThrow();

        var w = a.ToElicitedWeights(Abc, WeightRange.Spread);

        Assert.Equal((1 / 7.0, 4 / 7.0), (w.Items[0].Low, w.Items[0].High));
        Assert.Equal(5 / 14.0, w.Items[0].Point, 1e-12);
        Assert.True(a.ToElicitedWeights(Abc).Items.All(x => x.IsPoint));
    }
}
