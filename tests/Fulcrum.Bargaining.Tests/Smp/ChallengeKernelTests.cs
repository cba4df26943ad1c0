using Fulcrum.Bargaining.Smp;
using Fulcrum.Bargaining.Smp.Internal;

namespace Fulcrum.Bargaining.Tests.Smp;

/// <summary>The vectorised challenges against <see cref="Challenge.Evaluate"/>, the scalar KTAB formula: equal to the bit.</summary>
public class ChallengeKernelTests
{
    public static TheoryData<VotingRule, ThirdPartyCommit, BigRAdjust> Rules()
    {
        var data = new TheoryData<VotingRule, ThirdPartyCommit, BigRAdjust>();
        foreach (var rule in Enum.GetValues<VotingRule>())
        {
            foreach (var commit in Enum.GetValues<ThirdPartyCommit>()) data.Add(rule, commit, (BigRAdjust)((int)rule % 5));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void Evaluate_EveryTargetAtOnce_BitIdenticalToOnePairAtATime(VotingRule rule, ThirdPartyCommit commit, BigRAdjust adjust)
    {
        var p = new SmpParameters { VotingRule = rule, ThirdPartyCommit = commit, BigRAdjust = adjust };
        var s = KernelStates.Of(21 + (ulong)rule, 23, 2, p, laggingIdeals: commit == ThirdPartyCommit.NoCommit);
        var kernel = new ChallengeKernel(s, p);
        var n = s.Actors.Count;
        var checkedPairs = 0;
        for (var i = 0; i < n; i++)
        {
            // Every other target, in a scrambled order, so that lanes, padding and own-lane skips all vary.
            int[] targets = [.. Enumerable.Range(0, n).Where(j => j != i && (j + i) % 3 != 0).OrderBy(j => (j * 7) % n)];
            var probability = new double[targets.Length];
            var gain = new double[targets.Length];
            kernel.Evaluate(i, targets, probability, gain);
            for (var l = 0; l < targets.Length; l++)
            {
                var (expectedP, expectedGain) = Challenge.Evaluate(s, i, i, targets[l], rule, commit, adjust);
                Assert.Equal(BitConverter.DoubleToInt64Bits(expectedP), BitConverter.DoubleToInt64Bits(probability[l]));
                Assert.Equal(BitConverter.DoubleToInt64Bits(expectedGain), BitConverter.DoubleToInt64Bits(gain[l]));
                checkedPairs++;
            }
        }
        Assert.True(checkedPairs > 300);
    }

    [Fact]
    public void GainBound_EveryPair_AtLeastTheGain()
    {
        var p = new SmpParameters();
        var s = KernelStates.Of(5, 40, 3, p, laggingIdeals: true);
        var n = s.Actors.Count;
        for (var i = 0; i < n; i++)
        {
            var uii = Challenge.Utility(s, p.BigRAdjust, i, i, i);
            for (var j = 0; j < n; j++)
            {
                if (j == i) continue;
                var (_, gain) = Challenge.Evaluate(s, i, i, j, p.VotingRule, p.ThirdPartyCommit, p.BigRAdjust);
                var bound = Challenge.GainBound(uii, Challenge.Utility(s, p.BigRAdjust, i, i, j), s.Actors.TotalSalience[j]);
                Assert.True(Math.Abs(gain) < bound, $"{i} -> {j}: |gain| {Math.Abs(gain)} vs bound {bound}");
            }
        }
    }
}
