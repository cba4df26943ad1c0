namespace Fulcrum.Bargaining.Uncertainty.Internal;

/// <summary>Summary statistics of a sample; percentiles by linear interpolation (type 7).</summary>
internal static class Percentiles
{
    public static ForecastDistribution Summarise(string dimension, IReadOnlyList<double> values)
    {
        if (values.Count == 0) return new ForecastDistribution(dimension, 0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
        var sorted = values.ToArray();
        Array.Sort(sorted);
        var mean = 0.0;
        foreach (var v in values) mean += v;
        mean /= values.Count;
        return new ForecastDistribution(dimension, sorted.Length, At(sorted, 0.05), At(sorted, 0.25), At(sorted, 0.50),
            At(sorted, 0.75), At(sorted, 0.95), mean, sorted[0], sorted[^1]);
    }

    /// <summary>The p-quantile of sorted values: x[h] interpolated at h = (n − 1)p.</summary>
    public static double At(double[] sorted, double p)
    {
        var h = (sorted.Length - 1) * p;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
