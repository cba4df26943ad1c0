using Fulcrum.Core.Time;
using Fulcrum.Detection;

namespace Fulcrum.Watch.Internal;

/// <summary>
/// What a series says as of a date: only the periods that have ended by then. A week, month or year
/// still running on the as-of date holds data from after it (a weekly store series, a yearly UN-vote
/// point), and a partial sum would read as a fall; a day ends on itself, so daily series keep the as-of day.
/// </summary>
internal static class CompletePeriods
{
    /// <summary>The start of the last period that has ended by <paramref name="asOf"/> (the as-of day itself for days).</summary>
    public static DateOnly LastStart(Period period, DateOnly asOf) =>
        period.Add(period.Start(asOf.AddDays(1)), -1);

    /// <summary>The points of <paramref name="series"/> whose periods have ended by <paramref name="asOf"/>.</summary>
    public static Series Until(Series series, DateOnly asOf) => series.Until(LastStart(series.Period, asOf));
}
