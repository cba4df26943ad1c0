namespace Fulcrum.Detection.ChangePoint;

/// <summary>The observation model inside each run of a BOCPD.</summary>
public enum BocpdModel
{
    /// <summary>Normal with unknown mean and variance, Normal-Gamma prior (Student-t predictive): scores, tones, shares.</summary>
    Normal,

    /// <summary>Poisson with unknown rate, Gamma prior (negative-binomial predictive): counts.</summary>
    Poisson,
}

/// <summary>
/// Settings of Bayesian online change-point detection (Adams &amp; MacKay 2007). The reasoning
/// behind each default is in docs/watch.md; the false-alarm rate they give on stationary series is
/// measured there and checked in the tests.
/// </summary>
public sealed record BocpdOptions
{
    public static BocpdOptions Default { get; } = new();

    /// <summary>The observation model (default normal).</summary>
    public BocpdModel Model { get; init; } = BocpdModel.Normal;

    /// <summary>
    /// The prior expected run length 1/H of the constant hazard H, in points (default 250): a
    /// change is a priori a rare event, about one per 250 points, so that a single odd point does
    /// not outweigh the evidence of a long stable run.
    /// </summary>
    public double ExpectedRunLength { get; init; } = 250;

    /// <summary>
    /// Points in the calibration window at the start, whose mean and spread set the prior of each
    /// new run (worth one observation), and in the baseline an alarm is reported against; null =
    /// the period's default (<see cref="DetectionDefaults.BaselineWindow"/>).
    /// </summary>
    public int? BaselineWindow { get; init; }

    /// <summary>
    /// An alarm is raised when the posterior probability that the current run began within the
    /// last <see cref="Lookback"/> points reaches <see cref="Probability"/>; null = the baseline
    /// window (a change is "recent" while the baseline it is measured against still predates it).
    /// A shorter lookback misses moderate shifts, which the posterior recognises only some points
    /// after they began.
    /// </summary>
    public int? Lookback { get; init; }

    /// <summary>
    /// A start within this many points after an alarmed onset is the same change and raises no
    /// second alarm (default 5): the posterior often spreads a change over neighbouring starts, and a
    /// single outlier looks like a change followed at once by a change back.
    /// </summary>
    public int Separation { get; init; } = 5;

    /// <summary>The posterior probability of a recent change that raises an alarm (default 0.5: more likely than not).</summary>
    public double Probability { get; init; } = 0.5;

    /// <summary>
    /// The longest run length kept apart (default 250, the expected run length). Longer runs are merged into one state
    /// that keeps the statistics of the more probable of them, so the cost per point is bounded
    /// and the whole run linear in the series' length; below this the posterior is exact (up to
    /// dropping run lengths whose probability is below 1e-12).
    /// </summary>
    public int MaxRunLength { get; init; } = 250;

    /// <summary>The longest expected run length: its inverse, the hazard, must stay far from underflow.</summary>
    public const double MaxExpectedRunLength = 1e12;

    /// <summary>What is wrong with these settings, if anything.</summary>
    public IReadOnlyList<string> Check()
    {
        var problems = new List<string>();
        const int most = DetectionDefaults.MaxPoints;
        if (!(ExpectedRunLength > 1 && ExpectedRunLength <= MaxExpectedRunLength))
            problems.Add($"the expected run length is {ExpectedRunLength}; it must be a number > 1 and at most {MaxExpectedRunLength:0e0} (the hazard is its inverse)");
        if (BaselineWindow is < 3) problems.Add($"the baseline window is {BaselineWindow} points; it needs at least 3");
        if (BaselineWindow is > most) problems.Add($"the baseline window is {BaselineWindow:N0} points; it may be at most {most:N0}");
        if (Lookback is < 1) problems.Add($"the lookback is {Lookback} points; it must be at least 1");
        if (Lookback is > most) problems.Add($"the lookback is {Lookback:N0} points; it may be at most {most:N0}");
        if (Separation < 1) problems.Add($"the separation is {Separation} points; it must be at least 1");
        if (Separation > most) problems.Add($"the separation is {Separation:N0} points; it may be at most {most:N0}");
        if (!(Probability > 0 && Probability < 1)) problems.Add($"the alarm probability is {Probability}; it must lie strictly between 0 and 1");
        // In long arithmetic: twice a lookback of int.MaxValue must not overflow while it is checked.
        if (MaxRunLength < 2L * (Lookback ?? 1)) problems.Add($"the longest run length kept apart is {MaxRunLength}; it must be at least twice the lookback ({2L * Lookback})");
        if (MaxRunLength < 10) problems.Add($"the longest run length kept apart is {MaxRunLength}; it must be at least 10");
        if (MaxRunLength > most) problems.Add($"the longest run length kept apart is {MaxRunLength:N0}; it may be at most {most:N0}");
        return problems;
    }
}
