using Fulcrum.Bargaining.Smp;
using Fulcrum.Bargaining.Smp.Internal;

namespace Fulcrum.Bargaining.Tests.Smp;

/// <summary>KTAB's scalar formulas (kmodel.cpp, smp.cpp, prng.cpp), checked by hand or against published values.</summary>
public class SmpKernelTests
{
    [Fact]
    public void KtabRandom_Seed5489_TenThousandthTwisterOutputIsTheCppStandardValue()
    {
        // C++ standard [rand.predef]: the 10000th invocation of a default-constructed mt19937_64
        // (seed 5489) produces 9981545732273789042.
        var rng = new KtabRandom(5489);
        ulong x = 0;
        for (var i = 0; i < 10000; i++) x = rng.NextRaw();
        Assert.Equal(9981545732273789042UL, x);
    }

    [Fact]
    public void KtabRandom_Output_IsTwisterThroughQTrans()
    {
        var raw = new KtabRandom(99).NextRaw();
        var ktab = new KtabRandom(99).NextUInt64();
        Assert.Equal(unchecked((raw + 0xE08C1D668B756F83UL) * ((2 * raw) + 3)), ktab); // KTAB qTrans(i) = (i + Q64C)(2i + 3)
    }

    [Theory]
    [InlineData(VotingRule.Proportional, 0.6)]                  // 2 × 0.3
    [InlineData(VotingRule.Binary, 2.0)]                        // 2 × clamp(0.3/1e-8)
    [InlineData(VotingRule.PropBin, 0.88)]                      // 2 × (0.8 × 0.3 + 0.2 × 1)
    [InlineData(VotingRule.PropCbc, 0.327)]                     // 2 × (0.5 × 0.3 + 0.5 × 0.027)
    [InlineData(VotingRule.Cubic, 0.054)]                       // 2 × 0.027
    [InlineData(VotingRule.ASymProsp, 0.4)]                     // ⅔ × 2 × 0.3 for a gain
    public void Vote_EachRule_KtabFormula(VotingRule rule, double expected)
    {
        Assert.Equal(expected, Voting.Vote(rule, 2.0, 0.7, 0.4), 12);
    }

    [Fact]
    public void Vote_ASymProspLoss_FullWeight()
    {
        Assert.Equal(-0.6, Voting.Vote(VotingRule.ASymProsp, 2.0, 0.4, 0.7), 12);
    }

    [Theory]
    [InlineData(VictoryProbModel.Linear, 2.0, 2.0 / 3)]
    [InlineData(VictoryProbModel.Square, 2.0, 4.0 / 5)]
    [InlineData(VictoryProbModel.Quartic, 2.0, 16.0 / 17)]
    [InlineData(VictoryProbModel.Octic, 2.0, 256.0 / 257)]
    [InlineData(VictoryProbModel.Binary, 1.10, 1.0 / (1 + 1e-6))]
    [InlineData(VictoryProbModel.Binary, 1.0, 0.5)]
    public void Victory_StrengthRatio_KtabLaws(VictoryProbModel model, double ratio, double expected)
    {
        // kmodel.h: "2:1 advantage gives pv = 2/3 (Linear), 4/5 (Square), 16/17 (Quartic), 256/257 (Octic)".
        var (p12, p21) = Voting.Victory(model, ratio, 1.0);
        Assert.Equal(expected, p12, 12);
        Assert.Equal(1.0, p12 + p21, 12);
    }

    [Fact]
    public void Conditional_ThreeOptions_ProductOfPairwiseNormalised()
    {
        double[] pv = [0.5, 0.6, 0.7, 0.4, 0.5, 0.8, 0.3, 0.2, 0.5];
        var p = Pce.Conditional(pv, 3);
        double[] raw = [0.5 * 0.6 * 0.7, 0.4 * 0.5 * 0.8, 0.3 * 0.2 * 0.5];
        for (var i = 0; i < 3; i++) Assert.Equal(raw[i] / raw.Sum(), p[i], 12);
    }

    [Theory]
    [InlineData(PceModel.Conditional)]
    [InlineData(PceModel.MarkovIncentive)]
    [InlineData(PceModel.MarkovUniform)]
    public void Scalar_TwoActorsOpposed_StrongerOptionMoreLikelyAndSumsToOne(PceModel pcem)
    {
        var u = new OptionUtilities(2, 2) { [0, 0] = 1.0, [0, 1] = 0.2, [1, 0] = 0.3, [1, 1] = 1.0 }; // actor 0 prefers option 0, actor 1 option 1
        var p = Pce.Scalar(VotingRule.Proportional, VictoryProbModel.Linear, pcem, [3.0, 1.0], u);
        Assert.Equal(1.0, p.Sum(), 8);
        Assert.True(p[0] > p[1]);
    }

    [Theory]
    [InlineData(BigRRange.Mid, new[] { -0.5, 0.0, 1.0 })]       // (3p − (pmax + 2 pmin)) / (2 (pmax − pmin))
    [InlineData(BigRRange.Min, new[] { 0.0, 1.0 / 3, 1.0 })]
    [InlineData(BigRRange.Max, new[] { -1.0, -1.0 / 3, 1.0 })]
    public void RiskFromProbabilities_EachRange_KtabFormula(BigRRange range, double[] expected)
    {
        var r = SmpMath.RiskFromProbabilities([0.2, 0.3, 0.5], range);
        for (var i = 0; i < 3; i++) Assert.Equal(expected[i], r[i], 12);
    }

    [Fact]
    public void RiskFromProbabilities_AllEqual_RiskNeutral()
    {
        Assert.Equal([0.0, 0.0], SmpMath.RiskFromProbabilities([0.5, 0.5], BigRRange.Mid));
    }

    [Theory]
    [InlineData(BigRAdjust.NoAdjust, 0.9)]
    [InlineData(BigRAdjust.OneThird, (1.8 - 0.3) / 3)]
    [InlineData(BigRAdjust.Half, 0.3)]
    [InlineData(BigRAdjust.TwoThirds, (0.9 - 0.6) / 3)]
    [InlineData(BigRAdjust.Full, -0.3)]
    public void EstimateRisk_EachAdjustment_KtabFormula(BigRAdjust adjust, double expected)
    {
        Assert.Equal(expected, SmpMath.EstimateRisk(0.9, -0.3, adjust), 12);
    }

    [Theory]
    [InlineData(0.0, 0.5, 1.0)]
    [InlineData(1.0, 0.5, 0.0)]
    [InlineData(0.5, 0.0, 0.5)]
    [InlineData(0.5, 1.0, 0.75)]   // risk-averse: concave
    [InlineData(0.5, -1.0, 0.25)]  // risk-seeking: convex
    public void Utility_DistanceAndRisk_OneMinusDTimesOnePlusDR(double d, double r, double expected)
    {
        Assert.Equal(expected, SmpMath.Utility(d, r), 12);
    }

    [Fact]
    public void Distance_SalienceWeighted_IgnoresDimensionsWithoutSalience()
    {
        double[] a = [0.2, 0.9];
        double[] b = [0.6, 0.1];
        Assert.Equal(0.4, SmpMath.Distance(a, 0, b, 0, [0.5, 0.0], 0, 2), 12);
        Assert.Equal(Math.Sqrt(((0.16 * 0.09) + (0.64 * 0.01)) / 0.1), SmpMath.Distance(a, 0, b, 0, [0.3, 0.1], 0, 2), 12);
    }

    [Fact]
    public void Round4_HalfUp()
    {
        Assert.Equal(0.1235, SmpMath.Round4(0.12345000001));
        Assert.Equal(0.1234, SmpMath.Round4(0.12344999));
    }
}
