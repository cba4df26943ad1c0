namespace Fulcrum.Decision.Internal;

/// <summary>
/// The quantile function of a PERT (scaled beta) distribution, tabulated once so that sampling by
/// inverse CDF costs a lookup and a linear interpolation. The beta has no closed-form inverse; the
/// table is built by integrating the density with Simpson's rule on a fine grid (so no special
/// functions are needed: the integral's total normalises it) and inverting the cumulative sums.
/// </summary>
internal static class PertTable
{
    /// <summary>Cells of the quantile table; values are stored at Cells + 1 points u = k / Cells.</summary>
    public const int Cells = 8192;

    /// <summary>Cells at each end interpolated as power laws rather than straight lines.</summary>
    public const int PowerCells = 64;

    /// <summary>Sub-intervals of the density integration (even, for Simpson's rule).</summary>
    private const int Grid = 32768;

    /// <summary>Quantiles of Beta(<paramref name="alpha"/>, <paramref name="beta"/>) on [0, 1] at u = k / Cells.</summary>
    public static double[] Quantiles(double alpha, double beta)
    {
        // Cumulative integral of x^(a-1) (1-x)^(b-1) at every even grid point (Simpson on pairs of cells).
        var half = Grid / 2;
        var cdf = new double[half + 1];
        var h = 1.0 / Grid;
        for (var k = 1; k <= half; k++)
        {
            double x0 = (2 * k - 2) * h, x1 = (2 * k - 1) * h, x2 = 2 * k * h;
            cdf[k] = cdf[k - 1] + h / 3 * (Density(x0, alpha, beta) + 4 * Density(x1, alpha, beta) + Density(x2, alpha, beta));
        }
        var total = cdf[half];
        var table = new double[Cells + 1];
        table[Cells] = 1;
        var j = 0;
        for (var k = 1; k < Cells; k++)
        {
            var target = (double)k / Cells * total;
            while (cdf[j + 1] < target) j++;
            var within = (target - cdf[j]) / (cdf[j + 1] - cdf[j]);
            table[k] = (j + within) * 2 * h;
        }
        return table;
    }

    /// <summary>The unnormalised beta density; PERT shapes are at least 1, so it is bounded.</summary>
    private static double Density(double x, double a, double b) => Math.Pow(x, a - 1) * Math.Pow(1 - x, b - 1);

    /// <summary>
    /// The quantile in an end cell. Near 0 the beta's CDF grows as x^α and near 1 its complement as
    /// (1 − x)^β, so there the table is interpolated as a power law (a straight line in log-log),
    /// and the first and last cells follow the limiting laws x ∝ u^(1/α) and 1 − x ∝ (1 − u)^(1/β).
    /// The table at <paramref name="table"/> holds the quantiles, then 1/α and 1/β.
    /// </summary>
    public static double EndQuantile(double[] t, int table, double x, int cell)
    {
        if (cell < PowerCells)
        {
            if (cell == 0) return t[table + 1] * Math.Pow(x, t[table + Cells + 1]);
            var (q0, q1) = (t[table + cell], t[table + cell + 1]);
            return q0 * Math.Pow(x / cell, Math.Log(q1 / q0) / Math.Log((cell + 1.0) / cell));
        }
        var (r, c) = (Cells - x, Cells - cell);
        if (c == 1) return 1 - (1 - t[table + Cells - 1]) * Math.Pow(r, t[table + Cells + 2]);
        var (s0, s1) = (1 - t[table + cell + 1], 1 - t[table + cell]);
        return 1 - s0 * Math.Pow(r / (c - 1), Math.Log(s1 / s0) / Math.Log((double)c / (c - 1)));
    }
}
