using System.Numerics;
using System.Runtime.InteropServices;

namespace Fulcrum.Decision.Internal;

/// <summary>
/// Every option's expected utility and breach probabilities as one parameter moves, on the same
/// draws, and the choice the rule makes there (admissible first, then the highest expected utility;
/// none admissible: the least-breaching). A scenario probability re-weights the draws by scenario
/// (post-stratification: EU and breach probabilities are then linear in it); a weight is set to the
/// same value in every draw while the other weights keep their sampled values and every draw is
/// renormalised; a tolerance's limit moves only which options are admissible.
/// </summary>
internal sealed class RuleCurves
{
    private readonly CompiledCase _m;
    private readonly DrawStore _store;
    private readonly double[] _scenarioMean;   // [s * O + o]
    private readonly double[] _scenarioBreach; // [(s * O + o) * T + t]
    private readonly int[] _scenarioDraws;
    private readonly double[] _eu;
    private readonly double[][] _breach;
    private readonly double[] _limits;
    private readonly string[] _ids;
    private readonly double[][] _own; // [interest][draw]: the draw's weight of that interest, read straight through by AtWeight

    public RuleCurves(CompiledCase m, DrawStore store, Measures x)
    {
        _m = m;
        _store = store;
        int n = store.N, o = m.O, t = m.T;
        _scenarioMean = new double[m.S * o];
        _scenarioBreach = new double[m.S * o * t];
        _scenarioDraws = new int[m.S];
        for (var d = 0; d < n; d++)
        {
            var s = store.Scenario[d];
            _scenarioDraws[s]++;
            for (var k = 0; k < o; k++)
            {
                _scenarioMean[s * o + k] += store.Utility[d * o + k];
                var mask = store.Breach[d * o + k];
                for (var u = 0; mask != 0 && u < t; u++) if ((mask & (1UL << u)) != 0) _scenarioBreach[(s * o + k) * t + u]++;
            }
        }
        for (var s = 0; s < m.S; s++)
        {
            if (_scenarioDraws[s] == 0) continue;
            for (var k = 0; k < o; k++)
            {
                _scenarioMean[s * o + k] /= _scenarioDraws[s];
                for (var u = 0; u < t; u++) _scenarioBreach[(s * o + k) * t + u] /= _scenarioDraws[s];
            }
        }
        _eu = x.Eu;
        _breach = x.BreachTolerance;
        _limits = [.. m.Case.Tolerances.Select(tol => tol.MaxBreachProbability)];
        _ids = [.. m.Case.Options.Select(op => op.Id)];
        _own = new double[m.I][];
        for (var i = 0; i < m.I; i++)
        {
            var column = _own[i] = new double[n];
            for (var d = 0; d < n; d++) column[d] = store.Weight[d * m.I + i];
        }
    }

    /// <summary>The rule's choice and every option's EU with nothing moved (the options table).</summary>
    public Point Base() => new(_eu, _breach, _limits, this);

    /// <summary>With scenario <paramref name="k"/> at probability <paramref name="p"/>; null when a scenario that needs weight has no draws.</summary>
    public Point? AtScenarioProbability(int k, double p)
    {
        var probabilities = Rescaled(_m.Probabilities, k, p);
        int o = _m.O, t = _m.T;
        var eu = new double[o];
        var breach = Enumerable.Range(0, o).Select(_ => new double[t]).ToArray();
        for (var s = 0; s < _m.S; s++)
        {
            if (probabilities[s] == 0) continue;
            if (_scenarioDraws[s] == 0) return null;
            for (var j = 0; j < o; j++)
            {
                eu[j] += probabilities[s] * _scenarioMean[s * o + j];
                for (var u = 0; u < t; u++) breach[j][u] += probabilities[s] * _scenarioBreach[(s * o + j) * t + u];
            }
        }
        return new(eu, breach, _limits, this);
    }

    /// <summary>With interest <paramref name="k"/>'s weight at <paramref name="w"/> in every draw (∞: that interest alone).</summary>
    public Point AtWeight(int k, double w) => AtWeights(k, [w])[0];

    /// <summary>
    /// <see cref="AtWeight"/> at several weights in one pass over the draws: the switching scans ask
    /// for several at a time, and one pass reads the data once instead of once per weight. The
    /// weights are the lanes of a SIMD vector (each lane the same IEEE operations, in draw order, as
    /// the scalar sum: .NET never fuses a multiply and an add), so every number equals what one
    /// scalar pass per weight gives.
    /// </summary>
    public Point[] AtWeights(int k, ReadOnlySpan<double> weights)
    {
        int n = _store.N, o = _m.O, p = weights.Length;
        var all = _store.Values ?? throw new InvalidOperationException("the draws were made without keeping interest values");
        var lanes = Vector<double>.Count;
        var blocks = (p + lanes - 1) / lanes;
        // The weights padded to whole vectors (the padding repeats the last weight and is dropped),
        // and the sums as [option][weight] so that one option's sums for every weight are vectors.
        var padded = new double[blocks * lanes];
        for (var q = 0; q < padded.Length; q++) padded[q] = weights[Math.Min(q, p - 1)];
        var w = MemoryMarshal.Cast<double, Vector<double>>(padded.AsSpan());
        var acc = new Vector<double>[o * blocks];
        // Interest k's block of values, its weights and the draws' sums, each read straight through.
        ReadOnlySpan<float> values = all.AsSpan(k * n * o, n * o);
        ReadOnlySpan<double> utility = _store.Utility.AsSpan(0, n * o);
        ReadOnlySpan<double> own = _own[k];
        ReadOnlySpan<double> sums = _store.WeightSum.AsSpan(0, n);
        var infinity = new Vector<double>(double.PositiveInfinity);
        var (scale, shift, alone) = (new Vector<double>[blocks], new Vector<double>[blocks], new Vector<long>[blocks]);
        for (var d = 0; d < n; d++)
        {
            var sum = new Vector<double>(sums[d]);
            var weight = new Vector<double>(own[d]);
            var others = new Vector<double>(sums[d] - own[d]);
            var anyAlone = false;
            for (var b = 0; b < blocks; b++)
            {
                var denominator = others + w[b];
                var inverse = Vector<double>.One / denominator;
                (scale[b], shift[b]) = (sum * inverse, (w[b] - weight) * inverse);
                // No other weight in this draw, or an infinite weight: the interest alone decides.
                alone[b] = Vector.Equals(w[b], infinity) | ~Vector.GreaterThan(denominator, Vector<double>.Zero);
                anyAlone |= alone[b] != Vector<long>.Zero;
            }
            var row = d * o;
            for (var j = 0; j < o; j++)
            {
                var value = new Vector<double>(values[row + j]);
                var u = new Vector<double>(utility[row + j]);
                var optionSums = acc.AsSpan(j * blocks, blocks);
                if (!anyAlone)
                    for (var b = 0; b < blocks; b++) optionSums[b] += (u * scale[b]) + (shift[b] * value);
                else
                    for (var b = 0; b < blocks; b++) optionSums[b] += Vector.ConditionalSelect(alone[b].As<long, double>(), value, (u * scale[b]) + (shift[b] * value));
            }
        }
        var points = new Point[p];
        for (var q = 0; q < p; q++)
        {
            var mean = new double[o];
            for (var j = 0; j < o; j++) mean[j] = acc[(j * blocks) + (q / lanes)][q % lanes] / n;
            points[q] = new(mean, _breach, _limits, this);
        }
        return points;
    }

    /// <summary>With tolerance <paramref name="k"/>'s accepted breach probability at <paramref name="limit"/>.</summary>
    public Point AtLimit(int k, double limit)
    {
        var limits = (double[])_limits.Clone();
        limits[k] = limit;
        return new(_eu, _breach, limits, this);
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

    /// <summary>The options' expected utilities and breach probabilities at one parameter value, and the rule's choice there.</summary>
    public sealed class Point
    {
        public Point(double[] eu, double[][] breach, double[] limits, RuleCurves curves)
        {
            Eu = eu;
            var o = eu.Length;
            Admissible = new bool[o];
            for (var j = 0; j < o; j++)
            {
                Admissible[j] = true;
                for (var t = 0; t < limits.Length; t++) if (breach[j][t] > limits[t]) Admissible[j] = false;
            }
            var order = Enumerable.Range(0, o).OrderByDescending(j => eu[j]).ThenBy(j => curves._ids[j], StringComparer.Ordinal).ToList();
            var admissible = order.Where(j => Admissible[j]).ToList();
            Choice = admissible.Count > 0 ? admissible[0]
                : order.OrderBy(j => Enumerable.Range(0, limits.Length).Select(t => breach[j][t] - limits[t]).DefaultIfEmpty(0).Max()).First();
            Order = order;
        }

        public double[] Eu { get; }
        public bool[] Admissible { get; }
        /// <summary>The option the rule takes here.</summary>
        public int Choice { get; }
        /// <summary>Options by expected utility, best first.</summary>
        public IReadOnlyList<int> Order { get; }

        /// <summary>
        /// The strongest rival of option <paramref name="a"/> here: the best other admissible option by
        /// expected utility, or the best other option when no other is admissible; −1 with one option.
        /// </summary>
        public int Rival(int a) =>
            Order.Where(j => j != a && Admissible[j]).DefaultIfEmpty(Order.FirstOrDefault(j => j != a, -1)).First();

        /// <summary>EU(a) − EU(its strongest rival): how far <paramref name="a"/> is ahead.</summary>
        public double Margin(int a) => Rival(a) is var r and >= 0 ? Eu[a] - Eu[r] : 0;
    }
}
