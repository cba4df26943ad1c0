using Fulcrum.Core.Time;
using Fulcrum.Detection;

namespace Fulcrum.Watch.Balance;

/// <summary>How the balance sheet is drawn; defaults in one place.</summary>
public sealed record BalanceOptions
{
    public static BalanceOptions Default { get; } = new();

    /// <summary>The period of the fast measure: the series' own (null, the default: daily for dyad scores), or week or month.</summary>
    public Period? By { get; init; }

    /// <summary>How days become weeks or months: null (the default) = the measure's own (summed for counts and summed scores, averaged for levels: tone, mean Goldstein).</summary>
    public WeekAggregate? Aggregate { get; init; }

    /// <summary>
    /// The fewest points a trailing baseline holds, whatever the case's baseline_days (default 5): a
    /// standard deviation from fewer points is too unstable to measure in. 60 days is two months or
    /// a sixth of a year, so monthly and yearly baselines take 5 points (as the detectors' yearly
    /// baseline does: the fewest that give an sd with 4 degrees of freedom).
    /// </summary>
    public int MinimumBaselinePoints { get; init; } = 5;

    /// <summary>What is wrong with these settings, if anything.</summary>
    public IReadOnlyList<string> Check()
    {
        var problems = new List<string>();
        if (By is Period.Year) problems.Add("the fast measure is drawn by day, week or month; the slow one is yearly already");
        if (MinimumBaselinePoints < 2) problems.Add($"the minimum baseline is {MinimumBaselinePoints} points; a standard deviation needs at least 2");
        return problems;
    }

    /// <summary>
    /// Points in the trailing baseline for a period: enough whole periods to cover
    /// <paramref name="baselineDays"/> (a month counted as 30.44 days, a year as 365.25), and at
    /// least <see cref="MinimumBaselinePoints"/>. For the founding case's 60 days: 60 days, 9 weeks, 5 months, 5 years.
    /// </summary>
    public int BaselinePoints(Period period, int baselineDays)
    {
        var days = period switch
        {
            Period.Day => 1.0,
            Period.Week => 7.0,
            Period.Month => 365.25 / 12,
            Period.Year => 365.25,
            _ => throw new ArgumentOutOfRangeException(nameof(period), period, "unknown period"),
        };
        return Math.Max(MinimumBaselinePoints, (int)Math.Ceiling((baselineDays / days) - 1e-9));
    }
}
