namespace Fulcrum.Watch.Signposts;

/// <summary>How signposts are judged; the defaults are the detectors' own (docs/watch.md, "When a signpost fires").</summary>
public sealed record SignpostEvaluationOptions
{
    public static SignpostEvaluationOptions Default { get; } = new();

    /// <summary>
    /// How recent a change-detector alarm must be for its signpost to count as fired, in periods of
    /// the series: the last that many periods ended by the as-of date (for days, the as-of day
    /// included; a week, month or year still running is not used at all). Null (the default) = the detector's baseline window for
    /// the period (28 days, 13 weeks, 12 months, 5 years): once that many periods have passed, the
    /// trailing baseline holds only points after the change, so the alarm no longer says anything
    /// about the present — the new level has become the normal the detector measures against. The
    /// same window bounds how old a series' last point may be before it counts as "no data".
    /// </summary>
    public int? RecencyWindow { get; init; }

    /// <summary>The most events attached to a deciding alarm from the event store (default 20).</summary>
    public int EvidenceEventLimit { get; init; } = 20;

    /// <summary>What is wrong with these settings, if anything.</summary>
    public IReadOnlyList<string> Check()
    {
        var problems = new List<string>();
        if (RecencyWindow is < 1) problems.Add($"the recency window is {RecencyWindow} periods; it must be at least 1 (the as-of period itself)");
        if (EvidenceEventLimit < 0) problems.Add($"the evidence event limit is {EvidenceEventLimit}; it must be 0 or more");
        return problems;
    }
}
