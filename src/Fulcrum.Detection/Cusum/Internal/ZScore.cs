using Fulcrum.Detection.Internal;
using MathNet.Numerics.Distributions;

namespace Fulcrum.Detection.Cusum.Internal;

/// <summary>Standardising a point against its baseline.</summary>
internal static class ZScore
{
    /// <summary>Beyond this the normal quantile is infinite in double precision; the CUSUM has long fired by then.</summary>
    private const double Limit = 37;

    /// <summary>The plain z-score (x − mean) / sd.</summary>
    public static double Plain(double x, Baseline baseline) =>
        Math.Clamp((x - baseline.Mean) / baseline.FlooredSd, -Limit, Limit);

    /// <summary>
    /// The z-score calibrated for a baseline of n points: a new point from the same normal
    /// population as the baseline satisfies (x − x̄) / (s·√(1 + 1/n)) ~ t(n−1); mapping that t
    /// value through its CDF and the normal quantile gives a value that is exactly N(0, 1) in
    /// control, as the CUSUM's design assumes.
    /// </summary>
    public static double Calibrated(double x, Baseline baseline)
    {
        var n = baseline.Count;
        var u = (x - baseline.Mean) / (baseline.FlooredSd * Math.Sqrt(1 + (1.0 / n)));
        var dof = n - 1;
        // Work in the tail the point is in, where the probabilities keep their precision.
        var tail = StudentT.CDF(0, 1, dof, -Math.Abs(u));
        if (tail <= 0) return u >= 0 ? Limit : -Limit;
        var z = -Normal.InvCDF(0, 1, tail);
        return Math.Clamp(u >= 0 ? z : -z, -Limit, Limit);
    }
}
