namespace Fulcrum.Detection.Cusum;

/// <summary>
/// Settings of the Poisson CUSUM on counts (Lucas 1985), written as a log-likelihood-ratio
/// CUSUM so that one threshold serves every level. Defaults: a shift of one baseline standard
/// deviation (δ = 1) and h = 5 nats; for large counts that is exactly the Gaussian CUSUM's k = 0.5,
/// h = 5 design, and for small counts <see cref="CusumDesign"/> gives the run lengths it implies.
/// </summary>
public sealed record PoissonCusumOptions
{
    public static PoissonCusumOptions Default { get; } = new();

    /// <summary>Points in the trailing baseline; null = the period's default.</summary>
    public int? BaselineWindow { get; init; }

    /// <summary>
    /// The shift to detect, in baseline standard deviations (default 1): upwards the chart tests
    /// λ₁ = λ₀ + δ·√(φλ₀), downwards the mirror image on the log scale, λ₀² / λ₁.
    /// </summary>
    public double Shift { get; init; } = 1.0;

    /// <summary>The decision threshold h on the summed log-likelihood ratio, in nats (default 5).</summary>
    public double Threshold { get; init; } = 5.0;

    /// <summary>
    /// Estimate the overdispersion φ = variance / mean of the baseline (floored at 1) and divide the
    /// log-likelihood ratio by it, the quasi-Poisson likelihood (default true). Event counts from
    /// news are far more variable than Poisson; without this the chart fires almost every day on
    /// them. False gives Lucas's pure Poisson CUSUM.
    /// </summary>
    public bool EstimateOverdispersion { get; init; } = true;

    /// <summary>A given in-control level instead of the trailing baseline (default none).</summary>
    public KnownBaseline? Known { get; init; }

    /// <summary>The largest shift: the alternative rate λ₀ + δ·√(φλ₀) must stay a finite number.</summary>
    public const double MaxShift = 1e6;

    /// <summary>What is wrong with these settings, if anything.</summary>
    public IReadOnlyList<string> Check()
    {
        var problems = new List<string>();
        if (BaselineWindow is < 2) problems.Add($"the baseline window is {BaselineWindow} points; it needs at least 2");
        if (BaselineWindow is > DetectionDefaults.MaxPoints) problems.Add($"the baseline window is {BaselineWindow:N0} points; it may be at most {DetectionDefaults.MaxPoints:N0}");
        if (!(Shift > 0 && Shift <= MaxShift)) problems.Add($"the shift δ is {Shift}; it must be a number > 0 and at most {MaxShift:0e0} (1 = one baseline standard deviation)");
        if (!(Threshold > 0) || !double.IsFinite(Threshold)) problems.Add($"the threshold h is {Threshold}; it must be a number > 0");
        if (Known is { } k && !(k.Mean >= DetectionDefaults.MinMagnitude && k.Mean <= DetectionDefaults.MaxMagnitude))
            problems.Add("a known Poisson baseline needs a mean count from 1e-12 to 1e12");
        return problems;
    }
}
