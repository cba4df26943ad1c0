using Fulcrum.Core.Time;

namespace Fulcrum.Detection;

/// <summary>
/// The defaults shared by the detectors, each chosen from the method's design rather than from
/// any one series (docs/watch.md gives the reasoning and the false-alarm rates they give).
/// </summary>
public static class DetectionDefaults
{
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
