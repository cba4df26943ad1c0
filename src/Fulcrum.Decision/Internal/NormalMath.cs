namespace Fulcrum.Decision.Internal;

/// <summary>The standard normal distribution function and its inverse, in double precision.</summary>
internal static class NormalMath
{
    private const double LogSqrtTwoPi = 0.91893853320467274178;

    /// <summary>
    /// Φ(x). For |x| &lt; 3 Marsaglia's Taylor series (J. Stat. Software 11(4), 2004), absolute error
    /// near 1e-15; beyond, the continued fraction of Mills' ratio, which keeps the relative accuracy
    /// of the far tail (needed when a truncated normal lies in it).
    /// </summary>
    public static double Cdf(double x)
    {
        if (double.IsNaN(x)) return double.NaN;
        if (double.IsNegativeInfinity(x)) return 0;
        if (double.IsPositiveInfinity(x)) return 1;
        if (x <= -3) return TailBelow(x);
        if (x >= 3) return 1 - TailBelow(-x);
        double s = x, t = 0, b = x, q = x * x, i = 1;
        while (s != t)
        {
            t = s;
            i += 2;
            b *= q / i;
            s = t + b;
        }
        return 0.5 + s * Math.Exp(-0.5 * q - LogSqrtTwoPi);
    }

    /// <summary>Φ(x) for x ≤ −3: φ(x) / (|x| + 1/(|x| + 2/(|x| + …))), evaluated with Lentz's method.</summary>
    private static double TailBelow(double x)
    {
        var z = -x;
        const double tiny = 1e-300;
        var f = z;
        var c = z;
        var d = 0.0;
        for (var k = 1; k < 500; k++)
        {
            d = z + k * d;
            d = Math.Abs(d) < tiny ? tiny : d;
            c = z + k / c;
            c = Math.Abs(c) < tiny ? tiny : c;
            d = 1 / d;
            var delta = c * d;
            f *= delta;
            if (Math.Abs(delta - 1) < 1e-16) break;
        }
        return Math.Exp(-0.5 * z * z - LogSqrtTwoPi) / f;
    }

    /// <summary>
    /// Φ⁻¹(p) for p in (0, 1): Acklam's rational approximation (relative error below 1.2e-9), then one
    /// Halley step on <see cref="Cdf"/>, which brings it to near machine precision.
    /// </summary>
    public static double InverseCdf(double p)
    {
        if (p <= 0) return double.NegativeInfinity;
        if (p >= 1) return double.PositiveInfinity;
        // Refine in the lower half, where Φ keeps its relative accuracy (1 − p is exact for p > 0.5).
        if (p > 0.5) return -InverseCdf(1 - p);
        var x = Acklam(p);
        var e = Cdf(x) - p;
        var u = e * Math.Sqrt(2 * Math.PI) * Math.Exp(0.5 * x * x);
        return x - u / (1 + 0.5 * x * u);
    }

    /// <summary>Acklam's approximation alone: fast enough for the sampling loop, far below Monte Carlo noise.</summary>
    public static double Acklam(double p)
    {
        const double pLow = 0.02425;
        // Rounding can bring p + u·width to 0 or 1 exactly; keep it inside (0, 1).
        p = Math.Clamp(p, double.Epsilon, 1 - 1.0 / (1UL << 53));
        if (p < pLow)
        {
            var q = Math.Sqrt(-2 * Math.Log(p));
            return (((((-7.784894002430293e-03 * q - 3.223964580411365e-01) * q - 2.400758277161838e+00) * q - 2.549732539343734e+00) * q + 4.374664141464968e+00) * q + 2.938163982698783e+00)
                / ((((7.784695709041462e-03 * q + 3.224671290700398e-01) * q + 2.445134137142996e+00) * q + 3.754408661907416e+00) * q + 1);
        }
        if (p > 1 - pLow)
        {
            var q = Math.Sqrt(-2 * Math.Log(1 - p));
            return -(((((-7.784894002430293e-03 * q - 3.223964580411365e-01) * q - 2.400758277161838e+00) * q - 2.549732539343734e+00) * q + 4.374664141464968e+00) * q + 2.938163982698783e+00)
                / ((((7.784695709041462e-03 * q + 3.224671290700398e-01) * q + 2.445134137142996e+00) * q + 3.754408661907416e+00) * q + 1);
        }
        var r = p - 0.5;
        var s = r * r;
        return (((((-3.969683028665376e+01 * s + 2.209460984245205e+02) * s - 2.759285104469687e+02) * s + 1.383577518672690e+02) * s - 3.066479806614716e+01) * s + 2.506628277459239e+00) * r
            / (((((-5.447609879822406e+01 * s + 1.615858368580409e+02) * s - 1.556989798598866e+02) * s + 6.680131188771972e+01) * s - 1.328068155288572e+01) * s + 1);
    }
}
