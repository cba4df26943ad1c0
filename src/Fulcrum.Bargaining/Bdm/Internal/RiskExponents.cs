namespace Fulcrum.Bargaining.Bdm.Internal;

/// <summary>
/// Risk exponents from danger (Scholz et al. 2011): D_i is the sum of the others' expected
/// utilities of challenging i, computed with r = 1; R_i = (2D_i − D_max − D_min)/(D_max − D_min)
/// lies in [−1, 1] and r_i = (1 − R_i/3)/(1 + R_i/3) in [0.5, 2]. When every actor is in the same
/// danger (D_max = D_min, where the formula divides by zero) every R_i is 0 and every r_i is 1.
/// The paper's reading also counts a spread within a relative tolerance of the
/// dangers' size as no spread, so rounding noise between actors in mirror-image positions cannot
/// make one of them risk-acceptant (r = 0.5) and the other risk-averse (r = 2).
/// </summary>
internal static class RiskExponents
{
    public static void FromDanger(ReadOnlySpan<double> danger, Span<double> risk, double relativeTolerance)
    {
        var max = double.NegativeInfinity;
        var min = double.PositiveInfinity;
        foreach (var d in danger)
        {
            if (d > max) max = d;
            if (d < min) min = d;
        }
        var spread = max - min;
        if (spread <= relativeTolerance * Math.Max(Math.Abs(max), Math.Abs(min))) spread = 0;
        for (var i = 0; i < danger.Length; i++)
        {
            // Evaluated as the reference code does: ((2·D_i) − max) − min, then divided.
            var big = spread > 0 ? (2 * danger[i] - max - min) / spread : 0.0;
            risk[i] = (1 - big / 3.0) / (1 + big / 3.0);
        }
    }
}
