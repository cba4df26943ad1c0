using Fulcrum.Core.Time;

namespace Fulcrum.Detection;

/// <summary>
/// The defaults shared by the detectors, each chosen from the method's design rather than from
/// any one series (docs/watch.md gives the reasoning and the false-alarm rates they give).
/// </summary>
public static class DetectionDefaults
{
    /// <summary>
    /// The longest baseline window, lookback, separation or run length a detector takes, in points
    /// (100,000: 270 years of days). A setting past it is refused by the options' check, so no
    /// window arithmetic can overflow.
    /// </summary>
    public const int MaxPoints = 100_000;

    /// <summary>
    /// The largest size of a known baseline's mean or spread, as of a series value (see the series
    /// readers): z-scores against it, summed over any series, stay finite.
    /// </summary>
    public const double MaxMagnitude = 1e12;

    /// <summary>The smallest spread or level a known baseline may give (smaller ones make every z-score overflow).</summary>
    public const double MinMagnitude = 1e-12;

    /// <summary>
    /// The trailing baseline, in points: 28 days (four whole weeks, so each weekday's news cycle
    /// counts equally), 13 weeks (a quarter), 12 months (a whole seasonal cycle), 5 years (enough
    /// for a standard deviation with 4 degrees of freedom, short enough to leave points to test in
    /// the 10-20 years a yearly series usually has).
    /// </summary>
    public static int BaselineWindow(Period period) => period switch
    {
        Period.Day => 28,
        Period.Week => 13,
        Period.Month => 12,
        Period.Year => 5,
        _ => throw new ArgumentOutOfRangeException(nameof(period), period, "unknown period"),
    };
}
