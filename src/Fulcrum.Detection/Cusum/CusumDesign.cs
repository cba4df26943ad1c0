using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;

namespace Fulcrum.Detection.Cusum;

/// <summary>
/// Average run lengths (ARL) of CUSUM designs, by the Markov-chain approximation of Brook &amp;
/// Evans (1972): the sum's range [0, h] is cut into <c>states</c> cells and the expected number
/// of steps to pass h is solved exactly on that chain. ARL₀ (no change) is the mean number of
/// points between false alarms; ARL₁ (after a change) the mean delay until the alarm. These are
/// the numbers behind the defaults in docs/watch.md; they assume a known in-control level.
/// </summary>
public static class CusumDesign
{
    /// <summary>One-sided ARL of S = max(0, S + z − k), alarm when S &gt; h, with z ~ N(<paramref name="shift"/>, 1).</summary>
    public static double GaussianArl(double k, double h, double shift, int states = 400) =>
        Arl(h, states, y => Normal.CDF(shift - k, 1, y));

    /// <summary>
    /// Two-sided ARL of the upper and lower charts run together, from 1/ARL = 1/ARL⁺ + 1/ARL⁻
    /// (the usual approximation, exact enough when one side dominates or both are long).
    /// </summary>
    public static double GaussianArlTwoSided(double k, double h, double shift, int states = 400) =>
        1 / ((1 / GaussianArl(k, h, shift, states)) + (1 / GaussianArl(k, h, -shift, states)));

    /// <summary>
    /// One-sided ARL of the Poisson log-likelihood-ratio CUSUM testing <paramref name="lambda0"/>
    /// against <paramref name="lambda1"/> (above or below), each count adding
    /// (x·ln(λ₁/λ₀) − (λ₁ − λ₀)) / φ, when the counts are Poisson with mean <paramref name="trueRate"/>.
    /// </summary>
    public static double PoissonArl(double lambda0, double lambda1, double h, double trueRate, double dispersion = 1, int states = 400)
    {
        var a = Math.Log(lambda1 / lambda0) / dispersion;
        var b = (lambda1 - lambda0) / dispersion;
        // P(a·x − b ≤ y) for x ~ Poisson(trueRate); the inequality flips when a < 0 (a downward chart).
        return Arl(h, states, y =>
        {
            var bound = (y + b) / a;
            if (a > 0) return bound < 0 ? 0 : Poisson.CDF(trueRate, Math.Floor(bound + 1e-12));
            var lowest = Math.Ceiling(bound - 1e-12);
            return lowest <= 0 ? 1 : 1 - Poisson.CDF(trueRate, lowest - 1);
        });
    }

    /// <summary>
    /// The Brook–Evans chain for S' = max(0, S + X) with increment CDF <paramref name="cdf"/>:
    /// cell width Δ = 2h / (2m − 1), cell 0 = [0, Δ/2], cell i = ((i − ½)Δ, (i + ½)Δ] with value iΔ.
    /// </summary>
    private static double Arl(double h, int states, Func<double, double> cdf)
    {
        var m = states;
        var delta = 2 * h / ((2 * m) - 1);
        var system = Matrix<double>.Build.Dense(m, m);
        for (var i = 0; i < m; i++)
        {
            var s = i * delta;
            var below = cdf((delta / 2) - s);
            system[i, 0] -= below;
            for (var j = 1; j < m; j++)
            {
                var upper = cdf(((j + 0.5) * delta) - s);
                system[i, j] -= upper - below;
                below = upper;
            }
            system[i, i] += 1;
        }
        var lengths = system.Solve(Vector<double>.Build.Dense(m, 1.0));
        return lengths[0];
    }
}
