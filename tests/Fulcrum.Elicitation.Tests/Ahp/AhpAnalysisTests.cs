using Fulcrum.Elicitation.Ahp;

namespace Fulcrum.Elicitation.Tests.Ahp;

public class AhpAnalysisTests
{
    [Fact]
    public void Analyze_SaatyHouseExample_GivesThePublishedPrioritiesAndRatio()
    {
        // Saaty (1990), "How to make a decision", EJOR 48(1):9–26, house example: priorities of the
        // eight criteria, λmax = 9.669, CI = 0.238, CR = 0.169 (printed to three decimals).
        var r = AhpAnalysis.Analyze(Matrices.House);

        double[] published = [0.173, 0.054, 0.188, 0.018, 0.031, 0.036, 0.167, 0.333];
        for (var i = 0; i < published.Length; i++) Assert.Equal(published[i], r.Weights[i], 0.0006);
        Assert.Equal(9.669, r.LambdaMax, 0.0006);
        Assert.Equal(0.238, r.ConsistencyIndex, 0.0006);
        Assert.Equal(1.41, r.RandomIndex);
        Assert.Equal(0.169, r.ConsistencyRatio!.Value, 0.0006);
        Assert.Equal(Consistency.Inconsistent, r.Consistency);
    }

    [Fact]
    public void Analyze_SaatyHouseExample_MatchesMathNetsEigendecomposition()
    {
        var m = Matrices.House;
        var (reference, lambda) = Matrices.Reference(m);

        var r = AhpAnalysis.Analyze(m);

        for (var i = 0; i < m.Count; i++) Assert.Equal(reference[i], r.Weights[i], 1e-10);
        Assert.Equal(lambda, r.LambdaMax, 1e-9);
    }

    [Fact]
    public void Analyze_WealthOfNations_GivesThePublishedEigenvectorAndAnAcceptableRatio()
    {
        // Saaty & Khouja (1976), reproduced in Saaty (1980): eigenvector .427 .230 .021 .052 .052 .123 .094, λmax 7.61.
        var m = Matrices.Wealth;
        var (reference, lambda) = Matrices.Reference(m);

        var r = AhpAnalysis.Analyze(m);

        double[] published = [0.427, 0.230, 0.021, 0.052, 0.052, 0.123, 0.094];
        for (var i = 0; i < published.Length; i++)
        {
            Assert.Equal(published[i], r.Weights[i], 0.0006);
            Assert.Equal(reference[i], r.Weights[i], 1e-10);
        }
        Assert.Equal(7.61, r.LambdaMax, 0.006);
        Assert.Equal(lambda, r.LambdaMax, 1e-9);
        Assert.True(r.ConsistencyRatio < 0.10);
        // CR from the published λmax: CI = (7.61 - 7) / 6 = 0.1017, over RI(7) = 1.32 (Saaty's table of random indices): 0.077.
        Assert.Equal((7.61 - 7) / 6 / 1.32, r.ConsistencyRatio!.Value, 0.001);
        Assert.Equal(Consistency.Acceptable, r.Consistency);
        Assert.Empty(r.Revisions);
    }

    [Fact]
    public void Analyze_HouseExample_GeometricMeanWeightsDifferAndReorderTheCriteria()
    {
        // Row geometric means of the house matrix (computed independently with exact fractions):
        // neighbourhood falls from second (eigenvector 0.188) to fourth (0.149), below size and condition.
        var r = AhpAnalysis.Analyze(Matrices.House);

        double[] expected = [0.1748, 0.0626, 0.1487, 0.0193, 0.0356, 0.0423, 0.1670, 0.3496];
        for (var i = 0; i < expected.Length; i++) Assert.Equal(expected[i], r.GeometricMeanWeights[i], 0.0001);
        string[] byEigenvector = [.. r.Ids.OrderByDescending(r.WeightOf)];
        string[] byGeometricMean = [.. r.Ids.OrderByDescending(r.GeometricMeanWeightOf)];
        Assert.Equal(["financing", "neighborhood", "size", "condition"], byEigenvector[..4]);
        Assert.Equal(["financing", "size", "condition", "neighborhood"], byGeometricMean[..4]);
    }

    [Fact]
    public void Analyze_ConsistentJudgements_RecoverTheWeightsWithLambdaN()
    {
        var r = AhpAnalysis.Analyze(Matrices.Consistent(8, 4, 2, 1, 1));

        double[] expected = [0.5, 0.25, 0.125, 0.0625, 0.0625];
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(expected[i], r.Weights[i], 1e-12);
            Assert.Equal(expected[i], r.GeometricMeanWeights[i], 1e-12);
        }
        Assert.Equal(5, r.LambdaMax, 1e-10);
        Assert.Equal(0, r.ConsistencyRatio!.Value, 1e-10);
        Assert.Equal(Consistency.Acceptable, r.Consistency);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Analyze_OneOrTwoItems_HasRatioZeroWithoutRandomIndex(int n)
    {
        var r = AhpAnalysis.Analyze(n == 1 ? Matrices.Consistent(1) : PairwiseMatrix.FromUpperTriangle(["a", "b"], [3]));

        Assert.Equal(0, r.ConsistencyRatio);
        Assert.Equal(0, r.ConsistencyIndex);
        Assert.Null(r.RandomIndex);
        Assert.Equal(Consistency.Acceptable, r.Consistency);
        if (n == 2) Assert.Equal([0.75, 0.25], r.Weights.Select(w => Math.Round(w, 12)));
    }

    [Fact]
    public void Analyze_HouseExample_SuggestsRevisionsThatLowerTheRatio()
    {
        var m = Matrices.House;
        var r = AhpAnalysis.Analyze(m);

        Assert.Equal(3, r.Revisions.Count);
        Assert.True(r.Revisions.Zip(r.Revisions.Skip(1)).All(p => p.First.ConsistencyRatioAfter <= p.Second.ConsistencyRatioAfter));
        foreach (var v in r.Revisions)
        {
            Assert.True(v.ConsistencyRatioAfter < r.ConsistencyRatio);
            Assert.Equal(r.WeightOf(v.First) / r.WeightOf(v.Second), v.Implied, 1e-12);
            Assert.Equal(SaatyScale.Nearest(v.Implied), v.Suggested);
            Assert.Equal(m[v.First, v.Second], v.Current);
            var revised = AhpAnalysis.Analyze(m.With(m.IndexOf(v.First), m.IndexOf(v.Second), v.Suggested));
            Assert.Equal(revised.ConsistencyRatio!.Value, v.ConsistencyRatioAfter, 1e-12);
        }
        // Neighbourhood is judged 6 times general condition, yet condition 5 times the bus and
        // neighbourhood only 3 times it, and the weights put the two about level: the revision that helps most.
        Assert.Equal(("neighborhood", "condition", 6.0), (r.Revisions[0].First, r.Revisions[0].Second, r.Revisions[0].Current));
    }

    [Fact]
    public void Analyze_ThirteenItems_RatesConsistencyWithAlonsoLamatasIndex()
    {
        var r = AhpAnalysis.Analyze(Matrices.Consistent([.. Enumerable.Range(1, 13).Select(i => 1 + i % 4 * 1.5)]));

        Assert.Equal(1.5551, r.RandomIndex);
        Assert.Equal(Consistency.Acceptable, r.Consistency);
    }

    [Fact]
    public void Analyze_SixteenItems_DoesNotRateTheRatio()
    {
        var m = PairwiseMatrix.Build([.. Enumerable.Range(0, 16).Select(i => $"i{i}")], (i, j) => (i + j) % 3 == 0 ? 3 : 0.5);

        var r = AhpAnalysis.Analyze(m);

        Assert.Null(r.ConsistencyRatio);
        Assert.Null(r.RandomIndex);
        Assert.Equal(Consistency.NotRated, r.Consistency);
        Assert.True(r.ConsistencyIndex > 0);
        Assert.Empty(r.Revisions);
        var (reference, lambda) = Matrices.Reference(m);
        Assert.Equal(lambda, r.LambdaMax, 1e-9);
        for (var i = 0; i < 16; i++) Assert.Equal(reference[i], r.Weights[i], 1e-10);
    }
}
