namespace Fulcrum.Bargaining.Bdm.Internal;

/// <summary>
/// One round as the reference replication plays it (jmckib/bdm-scholz-expected-utility-model
/// @ 55f63e9, whose author reports that it matches Scholz's own code), in input order and with its
/// arithmetic written in the same order, so that its decisions come out the same:
/// <list type="bullet">
/// <item>P(x_a, x_b) divides the votes for a over b by the sum of |v^k(x_a', x_b')| over every voter
/// and every ordered pair of actors (so P is small and P_ab + P_ba ≠ 1); 0 for equal positions.
/// Here that denominator is computed once per step by sorting, O(n² log n), not once per pair;
/// the sum is the same up to the order of additions (about 1e-16 relative).</item>
/// <item>The receiver of an offer evaluates both expected utilities with its own exponent, and no
/// check is made that the proposer itself sees a gain.</item>
/// <item>Capitulation is never chosen: the reference tests <c>eu_ji &lt; abs(eu_ji)</c>.</item>
/// <item>Any confrontation comes first (least movement), then the compromise with the lowest
/// |EU|-weighted position, not the least movement.</item>
/// <item>Only Q enters the status-quo term (− Q·U_sq); T and the median are not used.</item>
/// </list>
/// </summary>
internal sealed partial class ScholzCodeEngine : IBdmEngine
{
    private readonly int _n;
    private readonly double _q;
    private readonly double[] _prob;      // [a·n + b] = P(x_a, x_b)
    private readonly double[] _distPow;   // [a·n + k] = (|x_k − x_a| / Δ)^(r_k)
    private readonly double[] _sorted;
    private readonly double[] _unitRisk;
    private readonly double[] _danger;

    public ScholzCodeEngine(BdmActors actors, BdmOptions options)
    {
        Actors = actors;
        _n = actors.Count;
        _q = options.StatusQuoProbability;
        _prob = new double[_n * _n];
        _distPow = new double[_n * _n];
        _sorted = new double[_n];
        _unitRisk = Enumerable.Repeat(1.0, _n).ToArray();
        _danger = new double[_n];
    }

    public BdmActors Actors { get; }

    /// <summary>
    /// King of the hill over the distinct positions in CPython's set order: a position replaces
    /// the incumbent when the sum of votes (r = 1) for it is positive. With a strict Condorcet
    /// winner the order does not matter; with ties the earlier position in that order stays.
    /// </summary>
    public double Median(ReadOnlySpan<double> x)
    {
        var order = CPythonFloatSet.IterationOrder(x);
        var w = Actors.Weight;
        var range = Actors.Range;
        var median = order[0];
        for (var p = 1; p < order.Length; p++)
        {
            var votes = 0.0;
            for (var k = 0; k < x.Length; k++)
                votes += w[k] * (Math.Abs(x[k] - median) / range - Math.Abs(x[k] - order[p]) / range);
            if (votes > 0) median = order[p];
        }
        return median;
    }

    public double Mean(ReadOnlySpan<double> x) => PaperMedian.Mean(Actors, x);

    public IReadOnlyList<EngineMove> Round(ReadOnlySpan<double> x, Span<double> next, Span<double> risk)
    {
        // Risk step: every r reset to 1; danger of i = Σ over the others, in input order, of their EU of challenging i.
        Probabilities(x, _unitRisk);
        for (var i = 0; i < _n; i++)
        {
            var d = 0.0;
            for (var o = 0; o < _n; o++)
                if (o != i) d += ExpectedUtility(x, o, i, 1.0);
            _danger[i] = d;
        }
        RiskExponents.FromDanger(_danger, risk, relativeTolerance: 0);

        Probabilities(x, risk.ToArray());
        return Offers(x, next, risk);
    }

    private void Probabilities(ReadOnlySpan<double> x, double[] r)
    {
        var n = _n;
        var range = Actors.Range;
        var w = Actors.Weight;
        for (var a = 0; a < n; a++)
            for (var k = 0; k < n; k++)
                _distPow[a * n + k] = BdmUtility.Power(Math.Abs(x[k] - x[a]) / range, r[k]);

        // Σ_k Σ_a Σ_b |w_k (D_k[b] − D_k[a])| = Σ_k 2 w_k Σ_i D_k(i) (2i − n + 1) over D_k sorted.
        var allPairs = 0.0;
        for (var k = 0; k < n; k++)
        {
            for (var a = 0; a < n; a++) _sorted[a] = _distPow[a * n + k];
            Array.Sort(_sorted);
            var spread = 0.0;
            for (var i = 0; i < n; i++) spread += _sorted[i] * (2 * i - n + 1);
            allPairs += w[k] * 2 * spread;
        }

        // Votes for a over b and for b over a in one pass: w_k (D_k[a] − D_k[b]) is exactly the
        // negation of w_k (D_k[b] − D_k[a]), and adding the reference's zeros changes no sum.
        for (var a = 0; a < n; a++)
        {
            _prob[a * n + a] = 0;
            var da = _distPow.AsSpan(a * n, n);
            for (var b = a + 1; b < n; b++)
            {
                if (x[a] == x[b]) { _prob[a * n + b] = _prob[b * n + a] = 0; continue; }
                var db = _distPow.AsSpan(b * n, n);
                double forA = 0, forB = 0;
                for (var k = 0; k < n; k++)
                {
                    var v = w[k] * (db[k] - da[k]);
                    if (v > 0) forA += v;
                    else if (v < 0) forB -= v;
                }
                _prob[a * n + b] = forA / allPairs;
                _prob[b * n + a] = forB / allPairs;
            }
        }
    }

    /// <summary>EU of <paramref name="a"/> challenging <paramref name="b"/>, evaluated with exponent <paramref name="r"/>.</summary>
    private double ExpectedUtility(ReadOnlySpan<double> x, int a, int b, double r)
    {
        var (success, failure) = Outcomes(x, a, b, r);
        return ExpectedUtility(a, b, success, failure, 2 - 4 * BdmUtility.Power(0.5, r));
    }

    /// <summary>U_s and U_f for a contest between a and b with exponent r (the same for either challenger).</summary>
    private (double Success, double Failure) Outcomes(ReadOnlySpan<double> x, int a, int b, double r)
    {
        var range = Actors.Range;
        return (2 - 4 * BdmUtility.Power(0.5 - 0.5 * Math.Abs(x[a] - x[b]) / range, r),
                2 - 4 * BdmUtility.Power(0.5 + 0.5 * Math.Abs(x[a] - x[b]) / range, r));
    }

    private double ExpectedUtility(int a, int b, double success, double failure, double statusQuo)
    {
        var p = _prob[a * _n + b];
        var sb = Actors.Salience[b];
        var resist = sb * (p * success + (1 - p) * failure);
        var notResist = (1 - sb) * success;
        return resist + notResist - _q * statusQuo;
    }
}
