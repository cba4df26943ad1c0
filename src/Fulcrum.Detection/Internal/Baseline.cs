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
    /// The standard deviation used to standardise. A window of identical values (agreement 1.0
    /// for five years running) has no spread to measure a change against, and a zero would make
    /// any departure, however small, infinitely significant. The spread is taken as at least 1% of
    /// the baseline's level (a 1% move is then one standard deviation), and never below 1e-9.
    /// </summary>
    public double FlooredSd => Math.Max(Sd, Math.Max(MinimumRelativeSd * Math.Abs(Mean), 1e-9));

    /// <summary>The smallest spread, as a share of the baseline's level (see <see cref="FlooredSd"/>).</summary>
    public const double MinimumRelativeSd = 0.01;
}
