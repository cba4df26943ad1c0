namespace Fulcrum.Detection.ChangePoint.Internal;

/// <summary>
/// Poisson counts with unknown rate under a Gamma(α, β) prior: after n points with sum s the
/// predictive is negative binomial, p(x) = Γ(α+s+x) / (Γ(α+s) x!) · ((β+n)/(β+n+1))^(α+s) · (β+n+1)^−x.
/// The prior is the unit-information prior at the calibration window's rate λ̂: α₀ = λ̂, β₀ = 1
/// (mean λ̂, worth one observation). The x! term is the same for every run and is left out.
/// </summary>
internal sealed class PoissonGammaRuns : RunModel
{
    private const double Beta0 = 1;

    private readonly double _alpha0;
    private readonly int[] _n;
    private readonly double[] _shape;

    public PoissonGammaRuns(double rate, int capacity)
    {
        _alpha0 = rate;
        _n = new int[capacity];
        _shape = new double[capacity];
    }

    public override void Begin(int index)
    {
        _n[index] = 0;
        _shape[index] = _alpha0;
    }

    public override void LogPredictive(double x, int count, double[] output)
    {
        for (var i = 0; i < count; i++)
        {
            var a = _shape[i];
            var b = Beta0 + _n[i];
            var gammas = x == 0 ? 0 : LogGamma.Of(a + x) - LogGamma.Of(a);
            output[i] = gammas + (a * Math.Log(b / (b + 1))) - (x * Math.Log(b + 1));
        }
    }

    public override void Update(double x, int count)
    {
        for (var i = 0; i < count; i++)
        {
            _shape[i] += x;
            _n[i]++;
        }
    }

    public override void Move(int from, int to)
    {
        _n[to] = _n[from];
        _shape[to] = _shape[from];
    }

    public override void RemoveFirst(int count)
    {
        RemoveFirst(_n, count);
        RemoveFirst(_shape, count);
    }

    public override void Compact(ReadOnlySpan<int> kept)
    {
        Compact(_n, kept);
        Compact(_shape, kept);
    }
}
