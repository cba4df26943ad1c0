using Fulcrum.Elicitation.Ahp;

namespace Fulcrum.Elicitation.Tests.Ahp;

public class RandomIndexTests
{
    [Theory]
    [InlineData(3, 0.58)]
    [InlineData(4, 0.90)]
    [InlineData(8, 1.41)]
    [InlineData(10, 1.49)]
    [InlineData(11, 1.5141)]
    [InlineData(12, 1.5365)]
    [InlineData(15, 1.5838)]
    public void For_TabulatedOrders_GivesSaatysThenAlonsoLamatasValues(int n, double expected) =>
        // n ≤ 10: Saaty (1980); 11–15: Alonso & Lamata (2006), IJUFKS 14(4):445–459.
        Assert.Equal(expected, RandomIndex.For(n));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(16)]
    [InlineData(40)]
    public void For_UntabulatedOrders_IsNull(int n) => Assert.Null(RandomIndex.For(n));

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    public void For_BeyondTen_AgreesWithASimulationOfRandomMatrices(int n)
    {
        // RI(n) is the mean CI of reciprocal matrices whose upper cells are drawn uniformly from the
        // 17 scale values; 4,000 matrices give it within about ±0.005 (two standard errors).
        const int Matrices = 4000;
        var sum = 0.0;
        var noRevisions = new AhpOptions { Revisions = 0 };
        for (var k = 0; k < Matrices; k++)
            sum += AhpAnalysis.Analyze(AhpAnalysisPropertyTests.Random(1000 * n + k, n), noRevisions).ConsistencyIndex;

        Assert.Equal(RandomIndex.For(n)!.Value, sum / Matrices, 0.012);
    }
}
