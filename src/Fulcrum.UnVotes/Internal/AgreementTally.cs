using Fulcrum.UnVotes.Agreement;

namespace Fulcrum.UnVotes.Internal;

/// <summary>
/// The counts behind every agreement measure for one group of roll calls: the 3×3 table of the
/// pair's votes (yes, abstain, no). Every measure is a function of it.
/// </summary>
internal sealed class AgreementTally
{
    private static readonly double[] Scale = [1, 0.5, 0]; // yes, abstain, no

    // _table[i, j]: votes where A voted category i and B category j.
    private readonly int[,] _table = new int[3, 3];

    public int RollCalls { get; private set; }

    public int Votes { get; private set; }

    public void AddRollCall() => RollCalls++;

    /// <summary>Adds one roll call on which both voted.</summary>
    public void Add(Vote a, Vote b)
    {
        _table[(int)a - 1, (int)b - 1]++;
        Votes++;
    }

    /// <summary>The measures, or nulls when there is no common vote.</summary>
    public (double? Agree, double? Voeten, double? S, double? Kappa, double? Pi) Measures(VoteDistance metric)
    {
        if (Votes == 0) return (null, null, null, null, null);
        double n = Votes;
        double identical = 0, absolute = 0, observed = 0;
        var shareA = new double[3];
        var shareB = new double[3];
        for (var i = 0; i < 3; i++)
        {
            for (var j = 0; j < 3; j++)
            {
                var count = _table[i, j];
                if (i == j) identical += count;
                absolute += count * Math.Abs(Scale[i] - Scale[j]);
                observed += count * Distance(i, j, metric);
                shareA[i] += count / n;
                shareB[j] += count / n;
            }
        }
        observed /= n;
        // d_max = 1 on this scale under both metrics (yes against no), so S = 1 − 2·d/d_max = 1 − 2·mean d.
        var s = 1 - (2 * observed);
        var expectedKappa = Expected(shareA, shareB, metric);
        var pooled = shareA.Zip(shareB, (a, b) => (a + b) / 2).ToArray();
        var expectedPi = Expected(pooled, pooled, metric);
        return (identical / n, 1 - (absolute / n), s, ChanceCorrected(observed, expectedKappa), ChanceCorrected(observed, expectedPi));
    }

    private static double Distance(int i, int j, VoteDistance metric)
    {
        var d = Scale[i] - Scale[j];
        return metric == VoteDistance.Squared ? d * d : Math.Abs(d);
    }

    /// <summary>The distance expected if A's and B's votes were drawn independently from these shares.</summary>
    private static double Expected(double[] shareA, double[] shareB, VoteDistance metric)
    {
        double expected = 0;
        for (var i = 0; i < 3; i++)
            for (var j = 0; j < 3; j++) expected += shareA[i] * shareB[j] * Distance(i, j, metric);
        return expected;
    }

    /// <summary>1 − observed/expected; undefined (null) when chance alone predicts no disagreement at all.</summary>
    private static double? ChanceCorrected(double observed, double expected) =>
        expected < 1e-12 ? null : 1 - (observed / expected);
}
