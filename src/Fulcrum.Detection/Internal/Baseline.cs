namespace Fulcrum.Detection.Internal;

/// <summary>The mean and standard deviation of a window of points, and where the window lies.</summary>
internal readonly record struct Baseline(double Mean, double Sd, int Start, int End, int Count)
{
    /// <summary>
    /// The baseline of <c>values[start..end)</c>, with the sample (n−1) standard deviation,
    /// computed in two passes so that large levels (GDELT volumes) lose no precision.
    /// </summary>
    public static Baseline Of(IReadOnlyList<double> values, int start, int end)
    {
        var n = end - start;
        double sum = 0;
        for (var i = start; i < end; i++) sum += values[i];
        var mean = sum / n;
        double ss = 0;
        for (var i = start; i < end; i++) ss += (values[i] - mean) * (values[i] - mean);
        var sd = n > 1 ? Math.Sqrt(ss / (n - 1)) : 0;
        return new Baseline(mean, sd, start, end, n);
    }

    /// <summary>A baseline given by the analyst rather than estimated (no window).</summary>
    public static Baseline Known(double mean, double sd) => new(mean, sd, -1, -1, 0);

    public bool IsKnown => Count == 0;

    /// <summary>
    /// The standard deviation used to standardise: a window of identical values has no spread, and
    /// any departure from it is a change, so the spread is floored at a billionth of the level
    /// rather than left at zero (which would divide by zero).
    /// </summary>
    public double FlooredSd => Math.Max(Sd, 1e-9 * Math.Max(1, Math.Abs(Mean)));
}
