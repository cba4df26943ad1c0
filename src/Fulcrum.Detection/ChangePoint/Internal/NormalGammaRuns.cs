using MathNet.Numerics;

namespace Fulcrum.Detection.ChangePoint.Internal;

/// <summary>
/// Normal observations with unknown mean and variance under a Normal-Gamma prior (Murphy 2007,
/// "Conjugate Bayesian analysis of the Gaussian distribution", §6): after n points the predictive
/// is Student-t with 2αₙ degrees of freedom, location μₙ and scale² βₙ(κₙ+1)/(αₙκₙ). Values are
/// standardised by the calibration window's mean and spread, and the prior is the unit-information
/// prior there: μ₀ = 0, κ₀ = 1, α₀ = 1, β₀ = 1 (a new run is expected near the old level, with the
/// old spread, and one point's worth of confidence in that).
/// </summary>
internal sealed class NormalGammaRuns : RunModel
{
    private const double Kappa0 = 1, Alpha0 = 1, Beta0 = 1;

    private readonly double _center, _scale;
    private readonly int[] _n;
    private readonly double[] _mu, _beta;

    // Per run length n (αₙ = α₀ + n/2 and κₙ = κ₀ + n depend on n only):
    // lgamma(α+½) − lgamma(α) − ½ln(2π) − ½ln((κ+1)/κ), κ/(2(κ+1)), α+½ and 1/(κ+1).
    private readonly double[] _constant, _halfShrink, _power, _step;

    public NormalGammaRuns(double center, double scale, int capacity)
    {
        _center = center;
        _scale = scale;
        _n = new int[capacity];
        _mu = new double[capacity];
        _beta = new double[capacity];
        _constant = new double[capacity + 1];
        _halfShrink = new double[capacity + 1];
        _power = new double[capacity + 1];
        _step = new double[capacity + 1];
        for (var n = 0; n <= capacity; n++) (_constant[n], _halfShrink[n], _power[n], _step[n]) = Terms(n);
    }

    private static (double Constant, double HalfShrink, double Power, double Step) Terms(int n)
    {
        var alpha = Alpha0 + (n / 2.0);
        var kappa = Kappa0 + n;
        var constant = SpecialFunctions.GammaLn(alpha + 0.5) - SpecialFunctions.GammaLn(alpha)
            - (0.5 * Math.Log(2 * Math.PI)) - (0.5 * Math.Log((kappa + 1) / kappa));
        return (constant, kappa / (2 * (kappa + 1)), alpha + 0.5, 1 / (kappa + 1));
    }

    public override void Begin(int index)
    {
        _n[index] = 0;
        _mu[index] = 0;
        _beta[index] = Beta0;
    }

    public override void LogPredictive(double x, int count, double[] output)
    {
        var y = (x - _center) / _scale;
        var ns = _n.AsSpan(0, count);
        var mus = _mu.AsSpan(0, count);
        var betas = _beta.AsSpan(0, count);
        var result = output.AsSpan(0, count);
        for (var i = 0; i < ns.Length; i++)
        {
            var n = ns[i];
            var d = y - mus[i];
            var beta = betas[i];
            // Only the merged oldest state outgrows the tables; its terms are computed exactly.
            var (constant, halfShrink, power, _) = n < _constant.Length ? (_constant[n], _halfShrink[n], _power[n], 0.0) : Terms(n);
            result[i] = constant - (0.5 * Math.Log(beta)) - (power * Math.Log(1 + (d * d * halfShrink / beta)));
        }
    }

    public override void Update(double x, int count)
    {
        var y = (x - _center) / _scale;
        var ns = _n.AsSpan(0, count);
        var mus = _mu.AsSpan(0, count);
        var betas = _beta.AsSpan(0, count);
        for (var i = 0; i < ns.Length; i++)
        {
            var n = ns[i];
            var (_, halfShrink, _, step) = n < _constant.Length ? (0.0, _halfShrink[n], 0.0, _step[n]) : Terms(n);
            var d = y - mus[i];
            betas[i] += d * d * halfShrink;
            mus[i] += d * step;
            ns[i]++;
        }
    }

    public override void Move(int from, int to)
    {
        _n[to] = _n[from];
        _mu[to] = _mu[from];
        _beta[to] = _beta[from];
    }

    public override void RemoveFirst(int count)
    {
        RemoveFirst(_n, count);
        RemoveFirst(_mu, count);
        RemoveFirst(_beta, count);
    }

    public override void Compact(ReadOnlySpan<int> kept)
    {
        Compact(_n, kept);
        Compact(_mu, kept);
        Compact(_beta, kept);
    }
}
