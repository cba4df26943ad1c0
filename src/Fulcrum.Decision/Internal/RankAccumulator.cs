namespace Fulcrum.Decision.Internal;

/// <summary>
/// SMAA rank acceptabilities and central weights (Lahdelma &amp; Salminen 2001), and each draw's best
/// utility. Options with equal utility in a draw share the ranks they occupy equally, so relabelling
/// options only permutes the results and every rank's acceptabilities still sum to 1.
/// </summary>
internal sealed class RankAccumulator
{
    public required double[][] Acceptability { get; init; }
    public required double[]?[] CentralWeights { get; init; }
    public required double[] Best { get; init; }

    public static RankAccumulator Run(CompiledCase m, DrawStore store)
    {
        int n = store.N, o = m.O, interests = m.I;
        var acceptability = new double[o * o];
        var central = new double[o * interests];
        var firstCredit = new double[o];
        var best = new double[n];
        for (var d = 0; d < n; d++)
        {
            var row = store.Utility.AsSpan(d * o, o);
            var top = double.NegativeInfinity;
            foreach (var x in row) if (x > top) top = x;
            best[d] = top;
            var inverseSum = store.WeightSum[d] > 0 ? 1 / store.WeightSum[d] : 0;
            for (var k = 0; k < o; k++)
            {
                int above = 0, tied = 0;
                foreach (var x in row)
                {
                    if (x > row[k]) above++;
                    else if (x == row[k]) tied++;
                }
                var credit = 1.0 / tied;
                for (var r = above; r < above + tied; r++) acceptability[k * o + r] += credit;
                if (above > 0) continue;
                firstCredit[k] += credit;
                for (var i = 0; i < interests; i++) central[k * interests + i] += credit * store.Weight[d * interests + i] * inverseSum;
            }
        }
        return new RankAccumulator
        {
            Acceptability = [.. Enumerable.Range(0, o).Select(k => Enumerable.Range(0, o).Select(r => acceptability[k * o + r] / n).ToArray())],
            CentralWeights = [.. Enumerable.Range(0, o).Select(k => firstCredit[k] > 0
                ? Enumerable.Range(0, interests).Select(i => central[k * interests + i] / firstCredit[k]).ToArray()
                : null)],
            Best = best,
        };
    }
}
