using Fulcrum.Scenario.Model;
using static Fulcrum.Watch.Internal.Dates;

namespace Fulcrum.Watch.Signposts.Internal;

/// <summary>A threshold rule: the latest point on or before the as-of date decides.</summary>
internal static class ThresholdEvaluation
{
    public static SignpostReading Evaluate(Signpost signpost, ThresholdRule rule, SignpostData data, DateOnly asOf, SignpostEvaluationOptions options)
    {
        var cut = SeriesWindow.Cut(signpost, data, asOf, options, out var noData);
        if (cut is null) return noData!;
        var (series, window, now) = cut.Value;
        var period = series.Period;
        bool Holds(double v) => rule.Above ? v > rule.Value : v < rule.Value;
        var last = series.Count - 1;
        var fired = Holds(series.Values[last]);
        var first = last;
        while (first > 0 && Holds(series.Values[first - 1]) == fired) first--;
        var side = rule.Above ? "above" : "below";
        var reason = $"the latest value, {N(series.Values[last])} on {D(series.Dates[last], period)}, is {(fired ? "" : "not ")}{side} {N(rule.Value)}" +
            (first < last ? $", as every value since {D(series.Dates[first], period)} {(fired ? "is" : "is not")}" : "") +
            SeriesWindow.EndsEarly(series, now);
        var points = series.Points(Math.Max(first, series.Count - window), series.Count);
        return new SignpostReading(signpost, fired ? SignpostState.Fired : SignpostState.Quiet, series.Dates[first], RuleText.Of(rule),
            series.Values[last], rule.Value, period, series.Dates[last], reason, new SignpostEvidence(data.Origin, null, points, null));
    }
}
