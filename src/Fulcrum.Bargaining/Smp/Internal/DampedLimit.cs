namespace Fulcrum.Bargaining.Smp.Internal;

/// <summary>Where KTAB's damped Markov iteration p ← (p + M p)/2 ends up, without iterating it.</summary>
internal static class DampedLimit
{
    /// <summary>
    /// The limit of KTAB's damped iteration p ← (p + M p)/2 from <paramref name="p"/>: the damped
    /// map is squared until its powers settle, which reaches the same limit the iteration tends to
    /// (also when the chain has several absorbing classes) in a few dozen matrix products.
    /// </summary>
    public static double[] Of(double[] m, double[] p, int n, double tol)
    {
        var d = new double[n * n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++) d[(i * n) + j] = (m[(i * n) + j] + (i == j ? 1.0 : 0.0)) / 2.0;
        }
        var x = Apply(d, p, n);
        for (var k = 0; k < 200; k++)
        {
            d = Square(d, n);
            var y = Apply(d, p, n);
            var change = 0.0;
            for (var i = 0; i < n; i++) change = Math.Max(change, Math.Abs(y[i] - x[i]));
            x = y;
            if (change <= tol * 1e-3) break;
        }
        var sum = x.Sum();
        for (var i = 0; i < n; i++) x[i] /= sum;
        return x;
    }

    private static double[] Apply(double[] a, double[] v, int n)
    {
        var r = new double[n];
        for (var i = 0; i < n; i++)
        {
            var s = 0.0;
            for (var j = 0; j < n; j++) s += a[(i * n) + j] * v[j];
            r[i] = s;
        }
        return r;
    }

    private static double[] Square(double[] a, int n)
    {
        var r = new double[n * n];
        for (var i = 0; i < n; i++)
        {
            for (var k = 0; k < n; k++)
            {
                var aik = a[(i * n) + k];
                if (aik == 0) continue;
                for (var j = 0; j < n; j++) r[(i * n) + j] += aik * a[(k * n) + j];
            }
        }
        return r;
    }
}
