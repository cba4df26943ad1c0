using System.Numerics;

namespace Fulcrum.Bargaining.Smp.Internal;

/// <summary>
/// What every actor thinks of the state each bargain would produce (KTAB <c>brgnUtil</c>): its mean
/// utility over all N positions, the two moved ones valued from its ideal with its risk attitude
/// R_a (KTAB posUtil as in its 2017 reference run; a later KTAB measures from the position, which
/// differs only when ideals lag positions), the unchanged ones as in the status quo. O(N) per actor
/// and bargain, O(N³) per turn. Each voter's sum runs over the positions in KTAB's order; the vectors
/// hold several voters, never several terms of one sum, so the values are bit-identical to the scalar
/// loop. In parallel over blocks of voters, each block written by one worker.
/// </summary>
internal static class BargainValuation
{
    private const int Block = 4; // vectors of voters per pass: independent sums hide the adds' latency

    /// <summary>Per actor a, its value of the status quo, and of each bargain in <paramref name="bargains"/>.</summary>
    public static (double[] StatusQuo, double[][] Bargains) Of(SmpState s, Bargain[] bargains, ParallelOptions parallel)
    {
        var n = s.Actors.Count;
        var width = Block * Vector<double>.Count;
        var stride = (n + width - 1) / width * width;
        // own[q * stride + a] = OwnUtility(a, q): voters contiguous for each position q.
        var own = new double[n * stride];
        for (var a = 0; a < n; a++)
        {
            for (var q = 0; q < n; q++) own[(q * stride) + a] = s.OwnUtility[(a * n) + q];
        }
        var statusQuo = new double[stride];
        var values = new double[bargains.Length][];
        for (var m = 0; m < bargains.Length; m++) values[m] = new double[stride];
        Loops.For(0, stride / width, parallel, block =>
        {
            var a0 = block * width;
            Sum(own, stride, n, a0, -1, -1, statusQuo);
            for (var m = 0; m < bargains.Length; m++)
            {
                var b = bargains[m];
                var start = values[m];
                for (var a = a0; a < Math.Min(a0 + width, n); a++)
                {
                    start[a] = 0.0;
                    start[a] += PositionUtility(s, a, b.InitiatorPosition);
                    start[a] += PositionUtility(s, a, b.ReceiverPosition);
                }
                Sum(own, stride, n, a0, b.Initiator, b.Receiver, start);
            }
        });
        return (statusQuo, values);
    }

    // total[a] = (total[a] + Σ_{q ∉ {skip1, skip2}} own(a, q)) / n, q ascending, for the block's voters.
    private static void Sum(double[] own, int stride, int n, int a0, int skip1, int skip2, double[] total)
    {
        var lanes = Vector<double>.Count;
        var s0 = new Vector<double>(total, a0);
        var s1 = new Vector<double>(total, a0 + lanes);
        var s2 = new Vector<double>(total, a0 + (2 * lanes));
        var s3 = new Vector<double>(total, a0 + (3 * lanes));
        for (var q = 0; q < n; q++)
        {
            if (q == skip1 || q == skip2) continue;
            var row = (q * stride) + a0;
            s0 += new Vector<double>(own, row);
            s1 += new Vector<double>(own, row + lanes);
            s2 += new Vector<double>(own, row + (2 * lanes));
            s3 += new Vector<double>(own, row + (3 * lanes));
        }
        var count = new Vector<double>(n);
        (s0 / count).CopyTo(total, a0);
        (s1 / count).CopyTo(total, a0 + lanes);
        (s2 / count).CopyTo(total, a0 + (2 * lanes));
        (s3 / count).CopyTo(total, a0 + (3 * lanes));
    }

    private static double PositionUtility(SmpState s, int a, double[] x)
    {
        var dims = s.Actors.Dims;
        return SmpMath.Utility(SmpMath.Distance(s.Ideals, a * dims, x, 0, s.Actors.Salience, a * dims, dims), s.Risk[a]);
    }
}
