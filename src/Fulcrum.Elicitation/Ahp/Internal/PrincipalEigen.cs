namespace Fulcrum.Elicitation.Ahp.Internal;

/// <summary>
/// The principal eigenvector and eigenvalue of a positive matrix, by Saaty's method: square the
/// matrix again and again (A, A², A⁴ …, each rescaled to sum to 1) until its normalised row sums stop
/// moving. After k squarings the error shrinks like (|λ₂| / λ₁)^(2^k), so even a badly separated
/// spectrum converges in a few dozen n³ steps; the result is the same on every machine (no pivoting,
/// no randomness, a fixed order of sums).
/// </summary>
internal static class PrincipalEigen
{
    /// <summary>Squarings allowed: 2^60 powers is far beyond any spectrum of a judgement matrix.</summary>
    private const int MaxSquarings = 60;

    /// <summary>Fills <paramref name="w"/> with the eigenvector (summing to 1) and returns λmax and the squarings taken.</summary>
    public static (double Lambda, int Steps) Solve(ReadOnlySpan<double> a, int n, double tolerance, Span<double> w)
    {
        var m = a.ToArray();
        var next = new double[n * n];
        var previous = new double[n];
        RowSums(m, n, previous);
        var steps = 0;
        while (true)
        {
            Square(m, next, n);
            (m, next) = (next, m);
            steps++;
            RowSums(m, n, w);
            var moved = 0.0;
            for (var i = 0; i < n; i++) moved = Math.Max(moved, Math.Abs(w[i] - previous[i]));
            if (moved <= tolerance || steps >= MaxSquarings) break;
            w.CopyTo(previous);
        }
        return (LambdaMax(a, n, w), steps);
    }

    /// <summary>λmax = Σᵢ (A w)ᵢ for w summing to 1 (Saaty's estimate; exact at the eigenvector).</summary>
    public static double LambdaMax(ReadOnlySpan<double> a, int n, ReadOnlySpan<double> w)
    {
        var lambda = 0.0;
        for (var i = 0; i < n; i++)
            for (var j = 0; j < n; j++) lambda += a[i * n + j] * w[j];
        return lambda;
    }

    private static void Square(double[] m, double[] result, int n)
    {
        var total = 0.0;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var s = 0.0;
                for (var k = 0; k < n; k++) s += m[i * n + k] * m[k * n + j];
                result[i * n + j] = s;
                total += s;
            }
        }
        for (var c = 0; c < n * n; c++) result[c] /= total;
    }

    private static void RowSums(double[] m, int n, Span<double> w)
    {
        var total = 0.0;
        for (var i = 0; i < n; i++)
        {
            var s = 0.0;
            for (var j = 0; j < n; j++) s += m[i * n + j];
            w[i] = s;
            total += s;
        }
        for (var i = 0; i < n; i++) w[i] /= total;
    }
}
