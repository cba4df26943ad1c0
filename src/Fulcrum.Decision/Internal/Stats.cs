namespace Fulcrum.Decision.Internal;

/// <summary>Order statistics on sorted samples.</summary>
internal static class Stats
{
    /// <summary>The <paramref name="p"/>-quantile of ascending <paramref name="sorted"/> (Hyndman &amp; Fan type 7, R's default).</summary>
    public static double Quantile(ReadOnlySpan<double> sorted, double p)
    {
        if (sorted.Length == 0) return double.NaN;
        var h = (sorted.Length - 1) * p;
        var lo = (int)Math.Floor(h);
        if (lo >= sorted.Length - 1) return sorted[^1];
        return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
    }

    /// <summary>
    /// Mean of the lowest fraction <paramref name="alpha"/> of ascending <paramref name="sorted"/>, the
    /// boundary draw counted in part (Rockafellar &amp; Uryasev 2002): exact for any sample size.
    /// </summary>
    public static double LowerTailMean(ReadOnlySpan<double> sorted, double alpha)
    {
        var k = alpha * sorted.Length;
        if (k <= 1) return sorted[0];
        var whole = (int)Math.Floor(k);
        var sum = 0.0;
        for (var i = 0; i < whole; i++) sum += sorted[i];
        if (whole < sorted.Length) sum += (k - whole) * sorted[whole];
        return sum / k;
    }

    /// <summary>Batch-means standard error: the spread of a statistic over equal groups, over √groups.</summary>
    public static double BatchStandardError(ReadOnlySpan<double> perGroup)
    {
        var g = perGroup.Length;
        if (g < 2) return double.NaN;
        var mean = 0.0;
        foreach (var x in perGroup) mean += x;
        mean /= g;
        var ss = 0.0;
        foreach (var x in perGroup) ss += (x - mean) * (x - mean);
        return Math.Sqrt(ss / (g - 1) / g);
    }
}
