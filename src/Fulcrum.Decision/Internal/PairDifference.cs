namespace Fulcrum.Decision.Internal;

/// <summary>
/// EU(A) − EU(B) of the two leading options as a function of one parameter, on the same draws.
/// A scenario probability re-weights the draws by scenario (post-stratification): the difference is
/// then linear in the probability. A weight is set to the same value in every draw while the other
/// weights keep their sampled values and every draw is renormalised: a smooth function of the weight.
/// </summary>
internal sealed class PairDifference
{
    private readonly CompiledCase _m;
    private readonly DrawStore _store;
    private readonly double[] _delta;     // [d * I + i]: value of A minus value of B
    private readonly double[] _weighted;  // [d]: Σ_i weight × delta
    private readonly double[] _scenarioDiff;
    private readonly int[] _scenarioDraws;

    public PairDifference(CompiledCase m, DrawStore store, int a, int b)
    {
        _m = m;
        _store = store;
        int n = store.N, interests = m.I, o = m.O;
        _delta = new double[n * interests];
        _weighted = new double[n];
        var sums = new double[m.S];
        _scenarioDraws = new int[m.S];
        var values = store.Values ?? throw new InvalidOperationException("the draws were made without keeping interest values");
        for (var d = 0; d < n; d++)
        {
            var sum = 0.0;
            for (var i = 0; i < interests; i++)
            {
                var delta = (double)values[(d * o + a) * interests + i] - values[(d * o + b) * interests + i];
                _delta[d * interests + i] = delta;
                sum += store.Weight[d * interests + i] * delta;
            }
            _weighted[d] = sum;
            var s = store.Scenario[d];
            sums[s] += store.Utility[d * o + a] - store.Utility[d * o + b];
            _scenarioDraws[s]++;
        }
        _scenarioDiff = [.. sums.Select((x, s) => _scenarioDraws[s] > 0 ? x / _scenarioDraws[s] : double.NaN)];
    }

    /// <summary>The difference at the base: scenario-weighted with the probabilities used.</summary>
    public double BaseByScenario() => ScenarioWeighted(_m.Probabilities);

    /// <summary>The difference on the draws as sampled (normalised weights, single-precision values).</summary>
    public double BaseByWeights()
    {
        var sum = 0.0;
        for (var d = 0; d < _store.N; d++) if (_store.WeightSum[d] > 0) sum += _weighted[d] / _store.WeightSum[d];
        return sum / _store.N;
    }

    /// <summary>The difference with scenario <paramref name="k"/> at probability <paramref name="x"/>; NaN when a scenario needed has no draws.</summary>
    public double AtScenarioProbability(int k, double x) => ScenarioWeighted(Rescaled(_m.Probabilities, k, x));

    /// <summary>The difference with interest <paramref name="k"/>'s weight at <paramref name="x"/> in every draw.</summary>
    public double AtWeight(int k, double x)
    {
        int n = _store.N, interests = _m.I;
        var sum = 0.0;
        for (var d = 0; d < n; d++)
        {
            var w = _store.Weight[d * interests + k];
            var delta = _delta[d * interests + k];
            var denominator = _store.WeightSum[d] - w + x;
            // No other weight in this draw: the interest alone decides, whatever its weight (the limit as x → 0+).
            sum += denominator > 0 ? (_weighted[d] - w * delta + x * delta) / denominator : delta;
        }
        return sum / n;
    }

    /// <summary>The limit of <see cref="AtWeight"/> as the weight grows without bound: the difference on that interest alone.</summary>
    public double AtWeightLimit(int k)
    {
        var sum = 0.0;
        for (var d = 0; d < _store.N; d++) sum += _delta[d * _m.I + k];
        return sum / _store.N;
    }

    /// <summary>
    /// Probabilities with scenario <paramref name="k"/> at <paramref name="x"/> and the others rescaled
    /// in proportion; when the others were all 0, they share 1 − x equally.
    /// </summary>
    public static double[] Rescaled(IReadOnlyList<double> p, int k, double x)
    {
        var result = new double[p.Count];
        var rest = 1 - p[k];
        for (var s = 0; s < p.Count; s++)
            result[s] = s == k ? x : rest > 0 ? p[s] * (1 - x) / rest : (1 - x) / (p.Count - 1);
        return result;
    }

    private double ScenarioWeighted(IReadOnlyList<double> p)
    {
        var sum = 0.0;
        for (var s = 0; s < p.Count; s++)
        {
            if (p[s] == 0) continue;
            if (_scenarioDraws[s] == 0) return double.NaN;
            sum += p[s] * _scenarioDiff[s];
        }
        return sum;
    }
}
