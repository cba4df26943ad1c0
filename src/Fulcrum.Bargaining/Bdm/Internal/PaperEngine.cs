namespace Fulcrum.Bargaining.Bdm.Internal;

/// <summary>
/// One round as Scholz, Calbert &amp; Smith (2011) specify it, in canonical (name) order:
/// P_ij = Σ_k max(0, v^k_ij) / Σ_k |v^k_ij| over the pair's own votes; each actor's expected
/// utilities evaluated with the evaluator's own risk exponent; an offer sent when the proposer's
/// own EU of challenging is positive, judged in the receiver's view; capitulation when the
/// receiver stands to lose more than the proposer gains; and each receiver accepting the offer that
/// moves it least. O(n²) powers and O(n³) additions per round.
/// </summary>
internal sealed partial class PaperEngine : IBdmEngine
{
    private readonly int _n;
    private readonly double _q;
    private readonly double _t;
    private readonly double[] _prob;      // [i·n + j] = P_ij
    private readonly double[] _distPow;   // [a·n + k] = (|x_k − x_a| / Δ)^(r_k): voter k's distance to position a
    private readonly double[] _euOwn;     // [i·n + j] = EU of i challenging j, in i's view
    private readonly double[] _euOther;   // [i·n + j] = EU of i challenging j, in j's view
    private readonly double[] _unitRisk;
    private readonly double[] _danger;

    public PaperEngine(BdmActors actors, BdmOptions options)
    {
        Actors = actors;
        _n = actors.Count;
        _q = options.StatusQuoProbability;
        _t = options.FavourableChangeProbability;
        _prob = new double[_n * _n];
        _distPow = new double[_n * _n];
        _euOwn = new double[_n * _n];
        _euOther = new double[_n * _n];
        _unitRisk = Enumerable.Repeat(1.0, _n).ToArray();
        _danger = new double[_n];
    }

    public BdmActors Actors { get; }

    public double Median(ReadOnlySpan<double> x) => PaperMedian.Median(Actors, x);

    public double Mean(ReadOnlySpan<double> x) => PaperMedian.Mean(Actors, x);

    public IReadOnlyList<EngineMove> Round(ReadOnlySpan<double> x, Span<double> next, Span<double> risk)
    {
        // U_b and U_w (used only when Q < 1) are judged against the median at the start of the round.
        var median = _q < 1 ? Median(x) : 0.0;

        // Risk step: everyone at r = 1, then danger from the others' EU of challenging each actor.
        Probabilities(x, _unitRisk);
        ExpectedUtilities(x, _unitRisk, median);
        for (var i = 0; i < _n; i++)
        {
            var d = 0.0;
            for (var j = 0; j < _n; j++)
                if (j != i) d += _euOwn[j * _n + i];
            _danger[i] = d;
        }
        RiskExponents.FromDanger(_danger, risk, relativeTolerance: 1e-12);

        // Offer step with the new exponents.
        var r = risk.ToArray();
        Probabilities(x, r);
        ExpectedUtilities(x, r, median);
        return Offers(x, next);
    }

    /// <summary>P_ij for every ordered pair from the votes v^k_ij = w_k [d_kj^(r_k) − d_ki^(r_k)].</summary>
    private void Probabilities(ReadOnlySpan<double> x, double[] r)
    {
        var n = _n;
        var range = Actors.Range;
        var w = Actors.Weight;
        for (var a = 0; a < n; a++)
            for (var k = 0; k < n; k++)
                _distPow[a * n + k] = BdmUtility.Power(Math.Abs(x[k] - x[a]) / range, r[k]);

        for (var i = 0; i < n; i++)
        {
            _prob[i * n + i] = 0.5;
            var di = _distPow.AsSpan(i * n, n);
            for (var j = i + 1; j < n; j++)
            {
                PairVotes.Sum(w, di, _distPow.AsSpan(j * n, n), out var forI, out var forJ);
                var total = forI + forJ;
                // No voter cares between the two (all indifferent or weightless): an even contest.
                _prob[i * n + j] = total > 0 ? forI / total : 0.5;
                _prob[j * n + i] = total > 0 ? forJ / total : 0.5;
            }
        }
    }

    /// <summary>
    /// EU_ij = s_j[P_ij U_s + (1 − P_ij) U_f] + (1 − s_j) U_s − {Q U_sq + (1 − Q)[T U_b + (1 − T) U_w]},
    /// for every ordered pair, in the challenger's view (r_i) and in the target's view (r_j).
    /// </summary>
    private void ExpectedUtilities(ReadOnlySpan<double> x, double[] r, double median)
    {
        var n = _n;
        var range = Actors.Range;
        var s = Actors.Salience;
        for (var h = 0; h < n; h++)
        {
            var rh = r[h];
            var statusQuo = BdmUtility.StatusQuo(rh);
            for (var o = 0; o < n; o++)
            {
                if (o == h) continue;
                // Both EU_ho (h challenges o) and EU_oh (o challenges h) in h's view use the same
                // distance and exponent, so U_s and U_f serve both.
                var d = Math.Abs(x[h] - x[o]) / range;
                var us = BdmUtility.Success(d, rh);
                var uf = BdmUtility.Failure(d, rh);
                var p = _prob[h * n + o];
                _euOwn[h * n + o] = s[o] * (p * us + (1 - p) * uf) + (1 - s[o]) * us
                    - StatusQuoTerm(statusQuo, x[h], d, median, rh);
                p = _prob[o * n + h];
                _euOther[o * n + h] = s[h] * (p * us + (1 - p) * uf) + (1 - s[h]) * us
                    - StatusQuoTerm(statusQuo, x[o], d, median, rh);
            }
        }
    }

    private double StatusQuoTerm(double statusQuo, double challenger, double d, double median, double r)
    {
        if (_q >= 1) return statusQuo;
        var dMedian = Math.Abs(challenger - median) / Actors.Range;
        var better = BdmUtility.Better(dMedian, d, r);
        var worse = BdmUtility.Worse(dMedian, d, r);
        return _q * statusQuo + (1 - _q) * (_t * better + (1 - _t) * worse);
    }
}
