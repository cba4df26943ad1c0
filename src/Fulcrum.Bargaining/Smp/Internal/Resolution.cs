namespace Fulcrum.Bargaining.Smp.Internal;

/// <summary>
/// Step two of a turn (KTAB <c>SMPState::doBCN</c>, second half): each actor's queue holds its
/// status quo and every bargain it made or received, in initiator order; a PCE over the queue, with
/// every actor voting by capability on the state each bargain would produce, picks one, and the
/// actor moves to its side of it. KTAB fills the queues from threads in arrival order; we fill them
/// in the order its sequential version did (status quo, then by initiator), so runs are reproducible.
/// </summary>
internal static class Resolution
{
    /// <summary>
    /// The new positions (0–1 scale, row-major). <paramref name="order"/> sets the queue-filling and
    /// drawing order; null (always, outside tests) for actor order (see <see cref="TurnOrder"/>).
    /// </summary>
    public static double[] Resolve(
        SmpState s, Bargain[][] proposals, SmpParameters p, KtabRandom random, ParallelOptions parallel, TurnOrder? order = null)
    {
        var actors = s.Actors;
        int n = actors.Count, dims = actors.Dims;
        var ascending = Enumerable.Range(0, n).ToArray();
        var queues = BuildQueues(s, proposals, order?.Initiators ?? ascending);
        var distinct = proposals.SelectMany(x => x).ToArray();
        var index = new Dictionary<Bargain, int>(ReferenceEqualityComparer.Instance);
        for (var m = 0; m < distinct.Length; m++) index[distinct[m]] = m;
        var (statusQuo, values) = BargainValuation.Of(s, distinct, parallel);

        var probabilities = new double[n][];
        Loops.For(0, n, parallel, k =>
        {
            var queue = queues[k];
            var nb = queue.Count;
            var u = new OptionUtilities(n, nb);
            for (var b = 0; b < nb; b++)
            {
                var column = queue[b].IsStatusQuo ? statusQuo : values[index[queue[b]]];
                for (var a = 0; a < n; a++) u[a, b] = column[a];
            }
            // A much-challenged actor's queue can hold hundreds of bargains: its PCE splits too.
            probabilities[k] = Pce.Scalar(p.VotingRule, p.VictoryProbModel, p.PceModel, actors.Capability, u, parallel);
        });

        var next = new double[n * dims];
        foreach (var k in order?.Draws ?? ascending) // one generator, one fixed order of draws
        {
            var chosen = queues[k][Choose(probabilities[k], p.StateTransition, random)];
            var source = chosen.IsStatusQuo ? Proposals.Slice(s.Positions, k, dims) : chosen.PositionOf(k);
            Array.Copy(source, 0, next, k * dims, dims);
        }
        return next;
    }

    private static List<Bargain>[] BuildQueues(SmpState s, Bargain[][] proposals, int[] initiators)
    {
        var n = s.Actors.Count;
        var queues = new List<Bargain>[n];
        for (var k = 0; k < n; k++)
        {
            var sq = Proposals.Slice(s.Positions, k, s.Actors.Dims);
            queues[k] = [new Bargain(k, k, sq, sq)];
        }
        foreach (var i in initiators)
        {
            foreach (var b in proposals[i])
            {
                queues[b.Initiator].Add(b);
                queues[b.Receiver].Add(b);
            }
        }
        return queues;
    }

    private static int Choose(double[] p, StateTransition transition, KtabRandom random)
    {
        if (transition == StateTransition.Stochastic) return random.Select(p);
        var best = 0;
        var max = -1.0;
        for (var b = 0; b < p.Length; b++)
        {
            var a = Math.Abs(p[b]);
            if (max < a) { best = b; max = a; }
        }
        return best;
    }
}
