using Fulcrum.Elicitation.Panels;

namespace Fulcrum.Elicitation.Tests.Panels;

public class OpinionPoolTests
{
    private static readonly double[] Dana = [0.5, 0.3, 0.2];
    private static readonly double[] Yossi = [0.2, 0.4, 0.4];

    [Fact]
    public void Linear_EqualShares_IsTheMean() =>
        // By hand: (0.5 + 0.2) / 2 = 0.35, (0.3 + 0.4) / 2 = 0.35, (0.2 + 0.4) / 2 = 0.30.
        Assert.Equal([0.35, 0.35, 0.30], OpinionPool.Linear([Dana, Yossi], [1, 1]).Select(p => Math.Round(p, 12)));

    [Fact]
    public void Linear_UnequalShares_WeighsEachAnalyst() =>
        // By hand, shares 3:1: 0.75·0.5 + 0.25·0.2 = 0.425; 0.75·0.3 + 0.25·0.4 = 0.325; 0.75·0.2 + 0.25·0.4 = 0.25.
        Assert.Equal([0.425, 0.325, 0.25], OpinionPool.Linear([Dana, Yossi], [3, 1]).Select(p => Math.Round(p, 12)));

    [Fact]
    public void Logarithmic_EqualShares_IsTheRenormalisedGeometricMean()
    {
        // By hand: √0.10 = 0.316228, √0.12 = 0.346410, √0.08 = 0.282843, summing to 0.945481.
        var pool = OpinionPool.Logarithmic([Dana, Yossi], [1, 1])!;

        Assert.Equal(0.316228 / 0.945481, pool[0], 1e-6);
        Assert.Equal(0.346410 / 0.945481, pool[1], 1e-6);
        Assert.Equal(0.282843 / 0.945481, pool[2], 1e-6);
    }

    [Fact]
    public void Logarithmic_UnequalShares_WeighsTheLogs()
    {
        // By hand, shares 3:1: 0.5^0.75·0.2^0.25 = 0.397635, 0.3^0.75·0.4^0.25 = 0.322371, 0.2^0.75·0.4^0.25 = 0.237841.
        var pool = OpinionPool.Logarithmic([Dana, Yossi], [3, 1])!;

        Assert.Equal(0.415134, pool[0], 1e-6);
        Assert.Equal(0.336558, pool[1], 1e-6);
        Assert.Equal(0.248308, pool[2], 1e-6);
    }

    [Fact]
    public void Logarithmic_AZero_VetoesTheScenario_AndAllVetoedIsUndefined()
    {
        var pool = OpinionPool.Logarithmic([[0.0, 0.5, 0.5], [0.6, 0.2, 0.2]], [1, 1])!;
        Assert.Equal([0.0, 0.5, 0.5], pool.Select(p => Math.Round(p, 12)));

        Assert.Null(OpinionPool.Logarithmic([[0.0, 1.0], [1.0, 0.0]], [1, 1]));
        Assert.Equal([0.5, 0.5], OpinionPool.Linear([[0.0, 1.0], [1.0, 0.0]], [1, 1]));
    }

    [Fact]
    public void Pools_OfIdenticalAnalysts_AreTheirDistribution()
    {
        Assert.Equal(Dana, OpinionPool.Linear([Dana, Dana, Dana], [1, 2, 3]).Select(p => Math.Round(p, 12)));
        Assert.Equal(Dana, OpinionPool.Logarithmic([Dana, Dana, Dana], [1, 2, 3])!.Select(p => Math.Round(p, 12)));
    }

    [Fact]
    public void Pools_MismatchedInputs_AreProgrammerErrors()
    {
        Assert.Throws<ArgumentException>(() => OpinionPool.Linear([Dana, Yossi], [1]));
        Assert.Throws<ArgumentException>(() => OpinionPool.Linear([Dana, [0.5, 0.5]], [1, 1]));
        Assert.Throws<ArgumentException>(() => OpinionPool.Logarithmic([Dana], [0]));
    }
}
