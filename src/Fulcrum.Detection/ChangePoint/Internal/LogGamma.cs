namespace Fulcrum.Detection.ChangePoint.Internal;

/// <summary>
/// ln Γ(z) for z &gt; 0, fast enough for the inner loop of the Poisson-Gamma model: Stirling's
/// series to the z⁻⁵ term for z ≥ 10 (truncation error below 1e-10), and the recurrence
/// Γ(z) = Γ(z + k) / (z(z+1)…(z+k−1)) below that.
/// </summary>
internal static class LogGamma
{
    private const double HalfLog2Pi = 0.91893853320467274178;

    public static double Of(double z)
    {
        var shift = 1.0;
        while (z < 10)
        {
            shift *= z;
            z += 1;
        }
        var inv = 1 / z;
        var inv2 = inv * inv;
        var series = inv * ((1.0 / 12) - (inv2 * ((1.0 / 360) - (inv2 / 1260))));
        return ((z - 0.5) * Math.Log(z)) - z + HalfLog2Pi + series - Math.Log(shift);
    }
}
