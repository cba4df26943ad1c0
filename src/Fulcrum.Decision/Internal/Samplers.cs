using Fulcrum.Scenario.Model;

namespace Fulcrum.Decision.Internal;

/// <summary>
/// Every distribution of a case, flattened into parallel arrays of parameters and sampled by inverse
/// CDF: the same uniform gives the same quantile of every distribution, which is what makes the
/// random numbers common across options (an option's effect on an interest and another option's
/// effect on the same interest move together). No allocation when sampling.
/// </summary>
internal sealed class Samplers
{
    private const byte Fixed = 0, Uniform = 1, Triangular = 2, Table = 3, Normal = 4, NormalFlipped = 5, Empirical = 6;

    private readonly List<byte> _kind = [];
    private readonly List<double> _a = [], _b = [], _c = [], _d = [];
    private readonly List<double> _tables = [];
    private readonly Dictionary<Distribution, int> _index = [];
    private byte[] _k = [];
    private double[] _p0 = [], _p1 = [], _p2 = [], _p3 = [], _t = [];

    /// <summary>Adds a distribution (once: equal distributions share an index) and returns its index.</summary>
    public int Add(Distribution distribution)
    {
        if (_index.TryGetValue(distribution, out var existing)) return existing;
        var i = _kind.Count;
        switch (distribution)
        {
            case FixedDistribution f: Push(Fixed, f.Value); break;
            case var d when d.Min == d.Max: Push(Fixed, d.Min); break;
            case UniformDistribution u: Push(Uniform, u.Low, u.High - u.Low); break;
            case TriangularDistribution t:
                Push(Triangular, t.Low, t.High, t.Mode, (t.Mode - t.Low) / (t.High - t.Low));
                break;
            case PertDistribution p:
                Push(Table, p.Low, p.High - p.Low, _tables.Count);
                _tables.AddRange(PertTable.Quantiles(p.Alpha, p.Beta));
                _tables.Add(1 / p.Alpha);
                _tables.Add(1 / p.Beta);
                break;
            case NormalDistribution n: AddNormal(n); break;
            case EmpiricalDistribution e:
                Push(Empirical, e.Values.Count, _tables.Count);
                _tables.AddRange(e.Values);
                break;
            default: throw new ArgumentException($"no sampler for {distribution.GetType().Name}", nameof(distribution));
        }
        _index[distribution] = i;
        return i;
    }

    private void AddNormal(NormalDistribution n)
    {
        if (!(n.Sigma > 0))
        {
            Push(Fixed, Math.Clamp(n.Mu, n.Low, n.High));
            return;
        }
        var a = (n.Low - n.Mu) / n.Sigma;
        var b = (n.High - n.Mu) / n.Sigma;
        // In the upper tail Φ(a) is near 1 and loses its digits; there sample the mirror image from
        // the lower tail, with the uniform reversed so the quantile still rises with u.
        if (a > 0) Push(NormalFlipped, n.Mu, n.Sigma, NormalMath.Cdf(-b), NormalMath.Cdf(-a) - NormalMath.Cdf(-b));
        else Push(Normal, n.Mu, n.Sigma, NormalMath.Cdf(a), NormalMath.Cdf(b) - NormalMath.Cdf(a));
        // Bounds to clamp into (rounding must never put a draw outside the stated bounds).
        _bounds.Add((_kind.Count - 1, n.Low, n.High));
    }

    private readonly List<(int Index, double Low, double High)> _bounds = [];
    private double[] _lo = [], _hi = [];

    private void Push(byte kind, double a = 0, double b = 0, double c = 0, double d = 0)
    {
        _kind.Add(kind);
        _a.Add(a);
        _b.Add(b);
        _c.Add(c);
        _d.Add(d);
    }

    /// <summary>Freezes the parameters into arrays for sampling.</summary>
    public void Freeze()
    {
        (_k, _p0, _p1, _p2, _p3, _t) = ([.. _kind], [.. _a], [.. _b], [.. _c], [.. _d], [.. _tables]);
        _lo = new double[_k.Length];
        _hi = new double[_k.Length];
        Array.Fill(_lo, double.NegativeInfinity);
        Array.Fill(_hi, double.PositiveInfinity);
        foreach (var (i, low, high) in _bounds) (_lo[i], _hi[i]) = (low, high);
    }

    /// <summary>The <paramref name="u"/>-quantile of distribution <paramref name="k"/>, for u in (0, 1).</summary>
    public double Sample(int k, double u)
    {
        switch (_k[k])
        {
            case Fixed: return _p0[k];
            case Uniform: return _p0[k] + u * _p1[k];
            case Triangular:
                {
                    double low = _p0[k], high = _p1[k], mode = _p2[k];
                    return u < _p3[k]
                        ? low + Math.Sqrt(u * (high - low) * (mode - low))
                        : high - Math.Sqrt((1 - u) * (high - low) * (high - mode));
                }
            case Table:
                {
                    var x = u * PertTable.Cells;
                    var cell = (int)x;
                    if (cell >= PertTable.Cells) cell = PertTable.Cells - 1;
                    var table = (int)_p2[k];
                    var q = cell >= PertTable.PowerCells && cell < PertTable.Cells - PertTable.PowerCells
                        ? _t[table + cell] + (x - cell) * (_t[table + cell + 1] - _t[table + cell])
                        : PertTable.EndQuantile(_t, table, x, cell);
                    return _p0[k] + q * _p1[k];
                }
            case Empirical:
                {
                    var n = (int)_p0[k];
                    var i = (int)(u * n);
                    return _t[(int)_p1[k] + (i < n ? i : n - 1)];
                }
            case Normal:
                {
                    var z = NormalMath.Acklam(_p2[k] + u * _p3[k]);
                    return Math.Clamp(_p0[k] + _p1[k] * z, _lo[k], _hi[k]);
                }
            default:
                {
                    var z = NormalMath.Acklam(_p2[k] + (1 - u) * _p3[k]);
                    return Math.Clamp(_p0[k] - _p1[k] * z, _lo[k], _hi[k]);
                }
        }
    }
}
