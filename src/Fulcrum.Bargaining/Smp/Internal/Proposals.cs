namespace Fulcrum.Bargaining.Smp.Internal;

/// <summary>
/// Step one of a turn (KTAB <c>SMPState::doBCN</c>, first half): every actor finds the challenge
/// it values most and proposes a bargain to that target. Each initiator needs only its own
/// perspective (plus the target's, for the two-perspective bargain models), and only the targets
/// that could beat the best one found: a challenge's gain is bounded by the initiator's utility
/// difference (<see cref="Challenge.GainBound"/>), so after evaluating the targets with the
/// largest bounds, those whose bound falls below the best gain are never evaluated. The choice is
/// exactly that of evaluating every target. In parallel over initiators, results stored by index.
/// </summary>
internal static class Proposals
{
    // KTAB: "positive expected gains on the first turn are typically in the 0.5 to 0.01 range".
    private const double MinSignificantGain = 1e-5;

    // Targets evaluated first, the largest bounds, to set the bar for the rest.
    private const int FirstTargets = 16;

    /// <summary>The bargains actor i proposes (none, one or two), per initiator.</summary>
    public static Bargain[][] Make(SmpState s, SmpParameters p, ParallelOptions parallel)
    {
        var n = s.Actors.Count;
        var result = new Bargain[n][];
        Loops.For(0, n, parallel, () => new Worker(s, p), (i, worker) => result[i] = ProposeFor(s, p, i, worker));
        return result;
    }

    private static Bargain[] ProposeFor(SmpState s, SmpParameters p, int i, Worker w)
    {
        var bestJ = BestTarget(s, p, i, w, out var bestP);
        if (bestJ < 0) return [];

        var actors = s.Actors;
        var posI = Slice(s.Positions, i, actors.Dims);
        var posJ = Slice(s.Positions, bestJ, actors.Dims);
        var fromI = Interpolation.Interpolate(actors, i, bestJ, posI, posJ, bestP, 1 - bestP, p.InterVecBargain);
        if (p.BargainModel == BargainModel.InitOnlyInterp) return [fromI];

        // The receiver's estimate that i wins. KTAB passes j's expected *gain* here (get<1> of
        // probEduChlg) where its comment says probability; we use the probability (see docs).
        var (pjiJ, _) = Challenge.Evaluate(s, bestJ, i, bestJ, p.VotingRule, p.ThirdPartyCommit, p.BigRAdjust);
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

    // KTAB's choice: the first target (in actor order) of the largest gain above the minimum.
    private static int BestTarget(SmpState s, SmpParameters p, int i, Worker w, out double bestP)
    {
        var n = s.Actors.Count;
        var uii = Challenge.Utility(s, p.BigRAdjust, i, i, i);
        var count = 0;
        for (var j = 0; j < n; j++)
        {
            if (j == i) continue;
            var uij = Challenge.Utility(s, p.BigRAdjust, i, i, j);
            w.Bound[count] = -Challenge.GainBound(uii, uij, s.Actors.TotalSalience[j]);
            w.Order[count++] = j;
        }
        Array.Sort(w.Bound, w.Order, 0, count); // largest bound first
        var first = Math.Min(FirstTargets, count);
        w.Kernel.Evaluate(i, w.Order.AsSpan(0, first), w.Probability, w.Gain);
        var bar = MinSignificantGain;
        for (var l = 0; l < first; l++) bar = Math.Max(bar, w.Gain[l]);
        var rest = first;
        while (rest < count && -w.Bound[rest] >= bar) rest++;
        w.Kernel.Evaluate(i, w.Order.AsSpan(first, rest - first), w.Probability.AsSpan(first), w.Gain.AsSpan(first));

        // Unevaluated targets have gains below the bar, so below the best or not significant.
        var stamp = i + 1;
        for (var l = 0; l < rest; l++) w.Evaluated[w.Order[l]] = stamp;
        for (var l = 0; l < rest; l++) w.Slot[w.Order[l]] = l;
        var bestJ = -1;
        var bestGain = -1.0;
        bestP = 0.0;
        for (var j = 0; j < n; j++)
        {
            if (w.Evaluated[j] != stamp) continue;
            var gain = w.Gain[w.Slot[j]];
            if (MinSignificantGain < gain && bestGain < gain)
            {
                bestJ = j;
                bestGain = gain;
                bestP = w.Probability[w.Slot[j]];
            }
        }
        return bestJ;
    }

    public static double[] Slice(double[] values, int actor, int dims) => values.AsSpan(actor * dims, dims).ToArray();

    /// <summary>One worker thread's kernel and scratch arrays, reused across its initiators.</summary>
    private sealed class Worker(SmpState s, SmpParameters p)
    {
        public ChallengeKernel Kernel { get; } = new(s, p);
        public double[] Bound { get; } = new double[s.Actors.Count];
        public int[] Order { get; } = new int[s.Actors.Count];
        public double[] Gain { get; } = new double[s.Actors.Count];
        public double[] Probability { get; } = new double[s.Actors.Count];
        public int[] Slot { get; } = new int[s.Actors.Count];
        public int[] Evaluated { get; } = new int[s.Actors.Count]; // initiator + 1 that evaluated the target
    }
}
