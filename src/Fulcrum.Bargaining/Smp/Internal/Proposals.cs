namespace Fulcrum.Bargaining.Smp.Internal;

/// <summary>
/// Step one of a turn (KTAB <c>SMPState::doBCN</c>, first half): every actor finds the challenge
/// it values most and proposes a bargain to that target. Each initiator needs only its own
/// perspective (plus the target's, for the two-perspective bargain models): O(N²) per initiator,
/// O(N³) per turn, in parallel over initiators with results stored by index.
/// </summary>
internal static class Proposals
{
    // KTAB: "positive expected gains on the first turn are typically in the 0.5 to 0.01 range".
    private const double MinSignificantGain = 1e-5;

    /// <summary>The bargains actor i proposes (none, one or two), per initiator.</summary>
    public static Bargain[][] Make(SmpState s, SmpParameters p, ParallelOptions parallel)
    {
        var n = s.Actors.Count;
        var result = new Bargain[n][];
        Parallel.For(0, n, parallel, () => new double[n * n], (i, _, buffer) =>
        {
            result[i] = ProposeFor(s, p, i, buffer);
            return buffer;
        }, _ => { });
        return result;
    }

    private static Bargain[] ProposeFor(SmpState s, SmpParameters p, int i, double[] u)
    {
        var actors = s.Actors;
        var n = actors.Count;
        Challenge.FillPerspective(s, i, p.BigRAdjust, u);
        var bestJ = -1;
        var bestP = 0.0;
        var bestGain = -1.0;
        for (var j = 0; j < n; j++)
        {
            if (j == i) continue;
            var (pij, gain) = Challenge.Evaluate(actors, u, i, i, j, p.VotingRule, p.ThirdPartyCommit);
            if (MinSignificantGain < gain && bestGain < gain)
            {
                bestJ = j;
                bestP = pij;
                bestGain = gain;
            }
        }
        if (bestJ < 0) return [];

        var posI = Slice(s.Positions, i, actors.Dims);
        var posJ = Slice(s.Positions, bestJ, actors.Dims);
        var fromI = Interpolation.Interpolate(actors, i, bestJ, posI, posJ, bestP, 1 - bestP, p.InterVecBargain);
        if (p.BargainModel == BargainModel.InitOnlyInterp) return [fromI];

        // The receiver's estimate that i wins. KTAB passes j's expected *gain* here (get<1> of
        // probEduChlg) where its comment says probability; we use the probability (see docs).
        Challenge.FillPerspective(s, bestJ, p.BigRAdjust, u);
        var (pjiJ, _) = Challenge.Evaluate(actors, u, i, i, bestJ, p.VotingRule, p.ThirdPartyCommit);
        var fromJ = Interpolation.Interpolate(actors, i, bestJ, posI, posJ, pjiJ, 1 - pjiJ, p.InterVecBargain);
        if (p.BargainModel == BargainModel.InitRcvrInterp) return [fromI, fromJ];

        // Capability × total salience weights; KTAB takes i's capability for both (see docs).
        var wi = actors.Capability[i] * actors.TotalSalience[i];
        var wj = actors.Capability[bestJ] * actors.TotalSalience[bestJ];
        var bi = new double[actors.Dims];
        var bj = new double[actors.Dims];
        for (var d = 0; d < actors.Dims; d++)
        {
            bi[d] = ((wi * fromI.InitiatorPosition[d]) + (wj * fromJ.InitiatorPosition[d])) / (wi + wj);
            bj[d] = ((wi * fromI.ReceiverPosition[d]) + (wj * fromJ.ReceiverPosition[d])) / (wi + wj);
        }
        return [new Bargain(i, bestJ, bi, bj)];
    }

    public static double[] Slice(double[] values, int actor, int dims) => values.AsSpan(actor * dims, dims).ToArray();
}
