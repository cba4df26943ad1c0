namespace Fulcrum.Detection.Cusum;

/// <summary>
/// Settings of the Gaussian CUSUM on z-scores (Page 1954). Defaults: k = 0.5 and h = 5, the
/// classic design for a shift of one standard deviation (Montgomery, Introduction to Statistical
/// Quality Control, §9.1): with a known baseline the two-sided chart gives a false alarm every
/// 465 points on average and finds a one-sd shift after 10.4. The baseline window is by period
/// (<see cref="DetectionDefaults.BaselineWindow"/>).
/// </summary>
public sealed record GaussianCusumOptions
{
    public static GaussianCusumOptions Default { get; } = new();

    /// <summary>Points in the trailing baseline; null = the period's default (28 days, 13 weeks, 12 months, 5 years).</summary>
    public int? BaselineWindow { get; init; }

    /// <summary>The reference value k, in standard deviations: half the shift the chart is designed to find fastest (default 0.5).</summary>
    public double ReferenceShift { get; init; } = 0.5;

    /// <summary>The decision threshold h, in standard deviations (default 5).</summary>
    public double Threshold { get; init; } = 5.0;

    /// <summary>
    /// Convert each z-score through the Student-t predictive distribution of a baseline of n points
    /// (default true): a standard deviation estimated from 28 points is itself uncertain, and the
    /// raw z-scores would have heavier tails than the design assumes and raise false alarms more often.
    /// </summary>
    public bool CalibrateShortBaseline { get; init; } = true;

    /// <summary>A given baseline instead of the trailing one (default none).</summary>
    public KnownBaseline? Known { get; init; }

    /// <summary>What is wrong with these settings, if anything (empty when they are usable).</summary>
    public IReadOnlyList<string> Check()
    {
        var problems = new List<string>();
        if (BaselineWindow is < 3) problems.Add($"the baseline window is {BaselineWindow} points; it needs at least 3 to estimate a spread");
        if (BaselineWindow is > DetectionDefaults.MaxPoints) problems.Add($"the baseline window is {BaselineWindow:N0} points; it may be at most {DetectionDefaults.MaxPoints:N0}");
        if (!(ReferenceShift >= 0) || !double.IsFinite(ReferenceShift)) problems.Add($"the reference shift k is {ReferenceShift}; it must be a number ≥ 0 (0.5 finds a one-sd shift fastest)");
        if (!(Threshold > 0) || !double.IsFinite(Threshold)) problems.Add($"the threshold h is {Threshold}; it must be a number > 0 (5 gives a false alarm every 465 points)");
        if (Known is { } k && !(Math.Abs(k.Mean) <= DetectionDefaults.MaxMagnitude && k.Sd >= DetectionDefaults.MinMagnitude && k.Sd <= DetectionDefaults.MaxMagnitude))
            problems.Add("a known baseline needs a mean of at most 1e12 in size and a standard deviation from 1e-12 to 1e12");
        return problems;
    }
}
