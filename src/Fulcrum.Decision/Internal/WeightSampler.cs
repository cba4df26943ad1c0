using Fulcrum.Core.Randomness;

namespace Fulcrum.Decision.Internal;

/// <summary>
/// Samples a draw's interest weights on the case's weight scale (normalised later, by their sum).
/// <c>ranges</c>: each weight uniform in its range (one uniform per interest, also for points, so the
/// stream's layout does not depend on the ranges). <c>dirichlet</c>: Dirichlet(c · m) with m the
/// normalised midpoints, drawn as normalised gammas and put back on the case's scale.
/// </summary>
internal static class WeightSampler
{
    /// <summary>Fills <paramref name="weights"/> and returns their sum.</summary>
    public static double Sample(CompiledCase m, SeededRandom rng, Span<double> weights)
    {
        var sum = 0.0;
        if (!m.Dirichlet)
        {
            for (var i = 0; i < weights.Length; i++)
            {
                var w = m.WeightLow[i] + rng.NextDouble() * (m.WeightHigh[i] - m.WeightLow[i]);
                weights[i] = w;
                sum += w;
            }
            return sum;
        }
        for (var i = 0; i < weights.Length; i++)
        {
            var g = m.DirichletAlpha[i] > 0 ? Gamma(m.DirichletAlpha[i], rng) : 0;
            weights[i] = g;
            sum += g;
        }
        if (!(sum > 0)) return 0;
        var factor = m.WeightScale / sum;
        for (var i = 0; i < weights.Length; i++) weights[i] *= factor;
        return m.WeightScale;
    }

    /// <summary>
    /// A Gamma(<paramref name="shape"/>, 1) variate: Marsaglia &amp; Tsang (2000), "A simple method for
    /// generating gamma variables", ACM TOMS 26(3); shapes below 1 through Gamma(shape + 1) · U^(1/shape).
    /// </summary>
    public static double Gamma(double shape, SeededRandom rng)
    {
        if (shape < 1) return Gamma(shape + 1, rng) * Math.Pow(rng.NextOpenDouble(), 1 / shape);
        var d = shape - 1.0 / 3;
        var c = 1 / Math.Sqrt(9 * d);
        while (true)
        {
            double x, v;
            do
            {
                x = rng.NextStandardNormal();
                v = 1 + c * x;
            }
            while (v <= 0);
            v = v * v * v;
            var u = rng.NextOpenDouble();
            if (u < 1 - 0.0331 * x * x * x * x) return d * v;
            if (Math.Log(u) < 0.5 * x * x + d * (1 - v + Math.Log(v))) return d * v;
        }
    }
}
