namespace Fulcrum.Decision.Internal;

/// <summary>
/// Roots of a continuous function on an interval: a grid scan for sign changes, then Brent's method
/// (Brent 1973, "Algorithms for Minimization without Derivatives", ch. 4: bisection, secant and
/// inverse quadratic interpolation) inside each bracket.
/// </summary>
internal static class RootFinder
{
    /// <summary>Every root found on [<paramref name="a"/>, <paramref name="b"/>] by scanning <paramref name="cells"/> cells.</summary>
    public static List<double> All(Func<double, double> f, double a, double b, int cells, double tolerance = 1e-12)
    {
        var roots = new List<double>();
        var x0 = a;
        var f0 = f(a);
        if (f0 == 0) roots.Add(a);
        for (var k = 1; k <= cells; k++)
        {
            var x1 = a + (b - a) * k / cells;
            var f1 = f(x1);
            if (f1 == 0) roots.Add(x1);
            else if (f0 != 0 && Math.Sign(f0) != Math.Sign(f1) && !double.IsNaN(f0) && !double.IsNaN(f1))
                roots.Add(Brent(f, x0, x1, f0, f1, tolerance));
            (x0, f0) = (x1, f1);
        }
        return roots;
    }

    /// <summary>A root of <paramref name="f"/> in [a, b], given f(a) and f(b) of opposite signs.</summary>
    public static double Brent(Func<double, double> f, double a, double b, double fa, double fb, double tolerance = 1e-12)
    {
        if (Math.Abs(fa) < Math.Abs(fb)) (a, b, fa, fb) = (b, a, fb, fa);
        double c = a, fc = fa, d = b - a, e = d;
        for (var iteration = 0; iteration < 200; iteration++)
        {
            if (fb == 0) return b;
            if (Math.Sign(fb) == Math.Sign(fc)) (c, fc, d, e) = (a, fa, b - a, b - a);
            if (Math.Abs(fc) < Math.Abs(fb)) (a, b, c, fa, fb, fc) = (b, c, b, fb, fc, fb);
            var tol = 2 * 2.220446049250313e-16 * Math.Abs(b) + 0.5 * tolerance;
            var m = 0.5 * (c - b);
            if (Math.Abs(m) <= tol) return b;
            if (Math.Abs(e) >= tol && Math.Abs(fa) > Math.Abs(fb))
            {
                double p, q, s = fb / fa;
                if (a == c)
                {
                    p = 2 * m * s;
                    q = 1 - s;
                }
                else
                {
                    var r = fb / fc;
                    q = fa / fc;
                    p = s * (2 * m * q * (q - r) - (b - a) * (r - 1));
                    q = (q - 1) * (r - 1) * (s - 1);
                }
                if (p > 0) q = -q;
                else p = -p;
                if (2 * p < Math.Min(3 * m * q - Math.Abs(tol * q), Math.Abs(e * q)))
                {
                    e = d;
                    d = p / q;
                }
                else (d, e) = (m, m);
            }
            else (d, e) = (m, m);
            (a, fa) = (b, fb);
            b += Math.Abs(d) > tol ? d : (m > 0 ? tol : -tol);
            fb = f(b);
        }
        return b;
    }
}
