namespace Fulcrum.Decision.Internal;

/// <summary>Order statistics, on sorted samples or by selection (which reorders the span, in O(n)).</summary>
internal static class Stats
{
    /// <summary>
    /// Reorders <paramref name="a"/> so that a[k] is its k-th smallest element, with nothing larger
    /// before it and nothing smaller after it (Hoare's FIND with a median-of-three pivot; equal
    /// values split evenly, so constant samples stay linear). Deterministic for a given input order.
    /// </summary>
    public static void Select(Span<double> a, int k)
    {
        int lo = 0, hi = a.Length - 1;
        while (hi > lo)
        {
            var mid = lo + (hi - lo) / 2;
            if (a[mid] < a[lo]) (a[lo], a[mid]) = (a[mid], a[lo]);
            if (a[hi] < a[lo]) (a[lo], a[hi]) = (a[hi], a[lo]);
            if (a[hi] < a[mid]) (a[mid], a[hi]) = (a[hi], a[mid]);
            var pivot = a[mid];
            int i = lo, j = hi;
            while (i <= j)
            {
                while (a[i] < pivot) i++;
                while (a[j] > pivot) j--;
                if (i > j) break;
                (a[i], a[j]) = (a[j], a[i]);
                i++;
                j--;
            }
            if (k <= j) hi = j;
            else if (k >= i) lo = i;
            else return;
        }
    }

    /// <summary>The type-7 <paramref name="p"/>-quantile by selection (reorders <paramref name="a"/>).</summary>
    public static double SelectQuantile(Span<double> a, double p)
    {
        var h = (a.Length - 1) * p;
        var lo = (int)Math.Floor(h);
        Select(a, lo);
        if (lo >= a.Length - 1) return a[lo];
        var next = double.PositiveInfinity;
        foreach (var x in a[(lo + 1)..]) next = Math.Min(next, x);
        return a[lo] + (h - lo) * (next - a[lo]);
    }

    /// <summary>
    /// <see cref="SelectQuantile"/> at every one of <paramref name="ps"/> (the same numbers) in one
    /// reordering of <paramref name="a"/>: each order statistic needed is selected inside the part
    /// the ones before it left (the middle one first, then each half), so five quantiles cost about
    /// two passes over the sample instead of five.
    /// </summary>
    public static double[] SelectQuantiles(Span<double> a, ReadOnlySpan<double> ps)
    {
        var n = a.Length;
        var ranks = new SortedSet<int>();
        foreach (var p in ps)
        {
            var h = (n - 1) * p;
            var lo = (int)Math.Floor(h);
            ranks.Add(lo);
            if (lo < n - 1) ranks.Add(lo + 1);
        }
        var sorted = ranks.ToArray();
        SelectRanks(a, 0, sorted);
        var result = new double[ps.Length];
        for (var j = 0; j < ps.Length; j++)
        {
            var h = (n - 1) * ps[j];
            var lo = (int)Math.Floor(h);
            result[j] = lo >= n - 1 ? a[lo] : a[lo] + (h - lo) * (a[lo + 1] - a[lo]);
        }
        return result;
    }

    /// <summary>Puts the order statistic of each of <paramref name="ranks"/> (ascending, counted from <paramref name="offset"/>) in its place.</summary>
    private static void SelectRanks(Span<double> a, int offset, ReadOnlySpan<int> ranks)
    {
        if (ranks.Length == 0) return;
        var middle = ranks.Length / 2;
        var k = ranks[middle] - offset;
        Select(a, k);
        SelectRanks(a[..k], offset, ranks[..middle]);
        SelectRanks(a[(k + 1)..], offset + k + 1, ranks[(middle + 1)..]);
    }

    /// <summary><see cref="LowerTailMean"/> by selection (reorders <paramref name="a"/>).</summary>
    public static double SelectLowerTailMean(Span<double> a, double alpha)
    {
        var k = alpha * a.Length;
        var whole = (int)Math.Floor(k);
        if (k <= 1 || whole >= a.Length)
        {
            a.Sort();
            return LowerTailMean(a, alpha);
        }
        Select(a, whole);
        var sum = 0.0;
        for (var i = 0; i < whole; i++) sum += a[i];
        return (sum + (k - whole) * a[whole]) / k;
    }

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
