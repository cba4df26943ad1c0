using Fulcrum.Core.Time;
using Fulcrum.Detection;
using Fulcrum.Scenario.Model;
using Fulcrum.Watch.Internal;
using static Fulcrum.Watch.Internal.Dates;

namespace Fulcrum.Watch.Signposts.Internal;

/// <summary>
/// The part of a signpost's series that may be used as of a date — its points up to that date —
/// or the reason there is nothing to judge by: no series, no point yet, or a last point older than
/// the recency window.
/// </summary>
internal static class SeriesWindow
{
    public static (Series Series, int Window, DateOnly Now)? Cut(Signpost signpost, SignpostData data, DateOnly asOf, SignpostEvaluationOptions options, out SignpostReading? noData)
    {
        noData = null;
        if (data.Series is not { } full)
        {
            noData = NoData(signpost, data, RuleText.Of(signpost.Rule), Period.Day, null, data.Missing ?? "no series was loaded");
            return null;
        }
        var period = full.Period;
        var window = options.RecencyWindow ?? DetectionDefaults.BaselineWindow(period);
        var series = CompletePeriods.Until(full, asOf);
        if (series.Count == 0)
        {
            noData = NoData(signpost, data, RuleText.Of(signpost.Rule), period, null, full.Count == 0
                ? $"series '{full.Name}' has no points"
                : $"series '{full.Name}' has no {period.Noun()} that ended by as_of {asOf:yyyy-MM-dd} (it starts {D(full.Dates[0], period)})");
            return null;
        }
        var now = CompletePeriods.LastStart(period, asOf);
        var last = series.Dates[^1];
        var age = period.Steps(last, now);
        if (age >= window)
        {
            noData = NoData(signpost, data, RuleText.Of(signpost.Rule), period, last,
                $"series '{full.Name}' ends {D(last, period)}, {Count(age, period)} before as_of: no data since {D(period.Next(last), period)}, nothing in the last {Count(window, period)}")
                with
            { NoDataSince = period.Next(last) };
            return null;
        }
        return (series, window, now);
    }

    /// <summary>"; the data end 2019" when the last point is before the as-of period, else empty.</summary>
    public static string EndsEarly(Series series, DateOnly now) =>
        series.Dates[^1] < now ? $"; the data end {D(series.Dates[^1], series.Period)}" : "";

    public static SignpostReading NoData(Signpost signpost, SignpostData data, string rule, Period period, DateOnly? through, string why) =>
        new(signpost, SignpostState.NoData, null, rule, null, null, period, through, why, SignpostEvidence.None(data.Origin));
}
