namespace Fulcrum.Bargaining.Smp.Internal;

/// <summary>
/// The scalar formulas of KTAB's SMP (smp.cpp, kmodel.cpp). Each follows KTAB's order of
/// floating-point operations, so that results agree with KTAB to the last bit where it matters
/// (argmax choices and rounded bargains).
/// </summary>
internal static class SmpMath
{
    /// <summary>
    /// Salience-weighted distance sqrt(Σ_d s_d² δ_d² / Σ_d s_d²) between <paramref name="a"/> and
    /// <paramref name="b"/> (KTAB <c>bvDiff</c>), all arrays read from the given offsets.
    /// </summary>
    public static double Distance(double[] a, int aOffset, double[] b, int bOffset, double[] sal, int salOffset, int dims)
    {
        var dsSqr = 0.0;
        var ssSqr = 0.0;
        for (var d = 0; d < dims; d++)
        {
            var s = sal[salOffset + d];
            var ds = (a[aOffset + d] - b[bOffset + d]) * s;
            dsSqr += ds * ds;
            ssSqr += s * s;
        }
        return Math.Sqrt(dsSqr / ssSqr);
    }

    /// <summary>Utility (1 − d)(1 + d R) of a position at distance d with risk attitude R (KTAB <c>bsUtil</c>).</summary>
    public static double Utility(double d, double r) => d <= 1 ? (1 - d) * (1 + (d * r)) : (1 - d) * (1 + r);

    /// <summary>h's estimate r_hi of i's risk attitude (KTAB <c>Model::estNRA</c>).</summary>
    public static double EstimateRisk(double rh, double ri, BigRAdjust adjust) => adjust switch
    {
        BigRAdjust.Full => ri,
        BigRAdjust.TwoThirds => (rh + (2.0 * ri)) / 3.0,
        BigRAdjust.Half => (rh + ri) / 2,
        BigRAdjust.OneThird => ((2.0 * rh) + ri) / 3.0,
        _ => rh,
    };

    /// <summary>
    /// Risk attitudes from win probabilities (KTAB <c>Model::bigRfromProb</c>). KTAB divides by
    /// p_max − p_min and produces NaN when every probability is equal; we return risk neutrality
    /// (R = 0) then, which is the limit of no actor being more likely to win than another.
    /// </summary>
    public static double[] RiskFromProbabilities(double[] p, BigRRange range)
    {
        var pMin = 1.0;
        var pMax = 0.0;
        foreach (var pi in p)
        {
            pMin = pi < pMin ? pi : pMin;
            pMax = pi > pMax ? pi : pMax;
        }
        var r = new double[p.Length];
        if (!(pMax - pMin > 0)) return r;
        for (var i = 0; i < p.Length; i++)
        {
            r[i] = range switch
            {
                BigRRange.Min => (p[i] - pMin) / (pMax - pMin),
                BigRRange.Max => ((2 * p[i]) - (pMax + pMin)) / (pMax - pMin),
                _ => ((3 * p[i]) - (pMax + (2 * pMin))) / (2 * (pMax - pMin)),
            };
        }
        return r;
    }

    /// <summary>KTAB's <c>round4</c>: round a non-negative value half up to 4 decimals.</summary>
    public static double Round4(double x) => ((int)(0.5 + (x * 10000.0))) / 10000.0;
}
