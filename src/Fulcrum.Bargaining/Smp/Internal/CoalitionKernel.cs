using System.Numerics;

namespace Fulcrum.Bargaining.Smp.Internal;

/// <summary>
/// Coalition strengths C(a, b) = 1e-8 + Σ_k max(0, v_k(a:b)) over every pair of options (KTAB
/// <c>Model::coalitions</c>: v_k(a:b) is evaluated once, for a &gt; b, and its negative part goes
/// into C(b, a)). O(actors × options²): the risk attitudes' PCE over all N positions makes it
/// O(N³) per turn. Each pair's sum runs over the actors in order, as in KTAB; the vectors hold
/// several pairs (a, b…b+3), never several actors of one sum, so every strength is bit-identical to
/// the scalar loop, and rows run in parallel with each pair written by one row only.
/// </summary>
internal static class CoalitionKernel
{
    private const double MinCoalition = 1e-8;
    private const int ParallelFrom = 64; // options; below this a turn's PCEs are too small to split

    public static double[] Of(VotingRule rule, double[] w, OptionUtilities u, ParallelOptions? parallel) => rule switch
    {
        VotingRule.Proportional => Of<VoteRules.Proportional>(w, u, parallel),
        VotingRule.Binary => Of<VoteRules.Binary>(w, u, parallel),
        VotingRule.PropBin => Of<VoteRules.PropBin>(w, u, parallel),
        VotingRule.PropCbc => Of<VoteRules.PropCbc>(w, u, parallel),
        VotingRule.Cubic => Of<VoteRules.Cubic>(w, u, parallel),
        _ => Of<VoteRules.ASymProsp>(w, u, parallel),
    };

    private static double[] Of<TRule>(double[] w, OptionUtilities u, ParallelOptions? parallel) where TRule : struct, IVoteRule
    {
        var m = u.Options;
        var c = new double[m * m];
        if (parallel is null || m < ParallelFrom)
        {
            for (var i = 0; i < m; i++) Row<TRule>(i, w, u, c);
        }
        else
        {
            Parallel.For(0, m, parallel, i => Row<TRule>(i, w, u, c));
        }
        return c;
    }

    // C(i, j) and C(j, i) for every j < i, one vector of j's at a time.
    private static void Row<TRule>(int i, double[] w, OptionUtilities u, double[] c) where TRule : struct, IVoteRule
    {
        int m = u.Options, stride = u.Stride, actors = u.Actors, lanes = Vector<double>.Count;
        var values = u.Values;
        var zero = Vector<double>.Zero;
        for (var j0 = 0; j0 < i; j0 += lanes)
        {
            var cij = new Vector<double>(MinCoalition);
            var cji = cij;
            for (int k = 0, row = 0; k < actors; k++, row += stride)
            {
                var v = TRule.Of(new Vector<double>(w[k]), new Vector<double>(values[row + i]), new Vector<double>(values, row + j0));
                // v > 0 ? cij + v : cij, and v < 0 ? cji − v : cji: adding a zero leaves a positive sum unchanged.
                cij += Vector.MaxNative(v, zero);
                cji -= Vector.MinNative(v, zero);
            }
            var end = Math.Min(lanes, i - j0);
            for (var l = 0; l < end; l++)
            {
                c[(i * m) + j0 + l] = cij[l];
                c[((j0 + l) * m) + i] = cji[l];
            }
        }
        c[(i * m) + i] = MinCoalition;
    }
}
