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
        var layout = new Layout(u);
        var c = new double[u.Options * u.Options];
        if (parallel is null || u.Options < ParallelFrom || parallel.MaxDegreeOfParallelism == 1)
        {
            for (var t = 0; t < layout.Tiles; t++) Tile<TRule>(t, w, layout, c);
        }
        else
        {
            Parallel.For(0, layout.Tiles, parallel, t => Tile<TRule>(t, w, layout, c));
        }
        for (var i = 0; i < u.Options; i++) c[(i * u.Options) + i] = MinCoalition;
        return c;
    }

    // C(i, j) and C(j, i) for the tile's four options i and every j < i, one vector of j's at a
    // time: each actor's utilities for the four i's are used against the same vector of j's, so
    // the data streams once per tile, not once per option.
    private static void Tile<TRule>(int tile, double[] w, Layout x, double[] c) where TRule : struct, IVoteRule
    {
        int m = x.Options, actors = x.Actors, lanes = Vector<double>.Count;
        var i0 = tile * Layout.Rows;
        var last = Math.Min(i0 + Layout.Rows, m) - 1; // the tile's largest i
        var zero = Vector<double>.Zero;
        int r0 = i0 * actors, r1 = r0 + actors, r2 = r1 + actors, r3 = r2 + actors;
        for (var j0 = 0; j0 < last; j0 += lanes)
        {
            var cij0 = new Vector<double>(MinCoalition);
            Vector<double> cji0 = cij0, cij1 = cij0, cji1 = cij0, cij2 = cij0, cji2 = cij0, cij3 = cij0, cji3 = cij0;
            var block = j0 * actors; // = (j0 / lanes) * actors * lanes
            for (var k = 0; k < actors; k++)
            {
                var wk = new Vector<double>(w[k]);
                var uj = new Vector<double>(x.ByBlock, block + (k * lanes));
                // v > 0 ? cij + v : cij, and v < 0 ? cji − v : cji: adding a zero leaves a positive sum unchanged.
                var v = TRule.Of(wk, new Vector<double>(x.ByOption[r0 + k]), uj);
                cij0 += Vector.MaxNative(v, zero);
                cji0 -= Vector.MinNative(v, zero);
                v = TRule.Of(wk, new Vector<double>(x.ByOption[r1 + k]), uj);
                cij1 += Vector.MaxNative(v, zero);
                cji1 -= Vector.MinNative(v, zero);
                v = TRule.Of(wk, new Vector<double>(x.ByOption[r2 + k]), uj);
                cij2 += Vector.MaxNative(v, zero);
                cji2 -= Vector.MinNative(v, zero);
                v = TRule.Of(wk, new Vector<double>(x.ByOption[r3 + k]), uj);
                cij3 += Vector.MaxNative(v, zero);
                cji3 -= Vector.MinNative(v, zero);
            }
            Store(c, m, i0, j0, cij0, cji0);
            Store(c, m, i0 + 1, j0, cij1, cji1);
            Store(c, m, i0 + 2, j0, cij2, cji2);
            Store(c, m, i0 + 3, j0, cij3, cji3);
        }
    }

    private static void Store(double[] c, int m, int i, int j0, Vector<double> cij, Vector<double> cji)
    {
        if (i >= m) return;
        var end = Math.Min(Vector<double>.Count, i - j0);
        for (var l = 0; l < end; l++)
        {
            c[(i * m) + j0 + l] = cij[l];
            c[((j0 + l) * m) + i] = cji[l];
        }
    }

    /// <summary>The utilities twice re-laid for the tiles: per option over actors, and per vector of options over actors.</summary>
    private sealed class Layout
    {
        public const int Rows = 4;

        public Layout(OptionUtilities u)
        {
            Options = u.Options;
            Actors = u.Actors;
            Tiles = (Options + Rows - 1) / Rows;
            var lanes = Vector<double>.Count;
            ByOption = new double[Tiles * Rows * Actors];
            ByBlock = new double[u.Stride * Actors];
            for (var k = 0; k < Actors; k++)
            {
                var row = k * u.Stride;
                for (var o = 0; o < Options; o++) ByOption[(o * Actors) + k] = u.Values[row + o];
                for (var j0 = 0; j0 < u.Stride; j0 += lanes) Array.Copy(u.Values, row + j0, ByBlock, (j0 * Actors) + (k * lanes), lanes);
            }
        }

        public int Options { get; }

        public int Actors { get; }

        public int Tiles { get; }

        /// <summary>[o * Actors + k] = u(k, o); zero for the last tile's missing options.</summary>
        public double[] ByOption { get; }

        /// <summary>[j0 * Actors + k * lanes + l] = u(k, j0 + l) for j0 a multiple of the lane count.</summary>
        public double[] ByBlock { get; }
    }
}
