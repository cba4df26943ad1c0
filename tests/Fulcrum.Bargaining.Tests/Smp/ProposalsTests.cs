using Fulcrum.Bargaining.Smp;
using Fulcrum.Bargaining.Smp.Internal;

namespace Fulcrum.Bargaining.Tests.Smp;

/// <summary>
/// Proposals skip the targets whose gain bound is below the best gain found: the chosen targets and
/// bargains must be exactly those of evaluating every target (KTAB's loop over j).
/// </summary>
public class ProposalsTests
{
    [Theory]
    [InlineData(1UL, 60, 1, BargainModel.InitOnlyInterp)]
    [InlineData(2UL, 45, 2, BargainModel.InitRcvrInterp)]
    [InlineData(3UL, 70, 3, BargainModel.PWCompInterp)]
    public void Make_PrunedTargets_SameChoiceAsEvaluatingEveryTarget(ulong seed, int actors, int dims, BargainModel model)
    {
        var p = new SmpParameters { BargainModel = model };
        var s = KernelStates.Of(seed, actors, dims, p, laggingIdeals: seed == 2);
        var made = Proposals.Make(s, p, new ParallelOptions());
        var proposing = 0;
        for (var i = 0; i < actors; i++)
        {
            var (bestJ, bestP) = BruteForce(s, p, i);
            if (bestJ < 0)
            {
                Assert.Empty(made[i]);
                continue;
            }
            proposing++;
            Assert.All(made[i], b => Assert.Equal((i, bestJ), (b.Initiator, b.Receiver)));
            if (model == BargainModel.InitOnlyInterp)
            {
                var expected = Interpolation.Interpolate(s.Actors, i, bestJ, Proposals.Slice(s.Positions, i, dims), Proposals.Slice(s.Positions, bestJ, dims), bestP, 1 - bestP, p.InterVecBargain);
                Assert.Equal(expected.InitiatorPosition, made[i][0].InitiatorPosition);
                Assert.Equal(expected.ReceiverPosition, made[i][0].ReceiverPosition);
            }
        }
        Assert.True(proposing > actors / 2, $"only {proposing} of {actors} actors propose");
    }

    // KTAB's loop: every target, the first of the largest gain above 1e-5.
    private static (int BestJ, double BestP) BruteForce(SmpState s, SmpParameters p, int i)
    {
        var bestJ = -1;
        var bestP = 0.0;
        var bestGain = -1.0;
        for (var j = 0; j < s.Actors.Count; j++)
        {
            if (j == i) continue;
            var (pij, gain) = Challenge.Evaluate(s, i, i, j, p.VotingRule, p.ThirdPartyCommit, p.BigRAdjust);
            if (1e-5 < gain && bestGain < gain)
            {
                (bestJ, bestP, bestGain) = (j, pij, gain);
            }
        }
        return (bestJ, bestP);
    }
}
