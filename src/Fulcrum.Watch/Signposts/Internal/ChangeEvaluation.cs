using Fulcrum.Core.Time;
using Fulcrum.Detection;
using Fulcrum.Scenario.Model;
using static Fulcrum.Watch.Internal.Dates;

namespace Fulcrum.Watch.Signposts.Internal;

/// <summary>A change rule: the detector with its defaults, over the series up to the as-of date.</summary>
internal static class ChangeEvaluation
{
    public static SignpostReading Evaluate(Signpost signpost, ChangeRule rule, SignpostData data, DateOnly asOf, SignpostEvaluationOptions options)
    {
        var (detector, threshold) = ChangeDetectors.Default(rule.Method);
        var wanted = ChangeDetectors.DirectionOf(rule.Direction);
        var words = wanted is null ? "in either direction" : rule.Direction;
        var cut = SeriesWindow.Cut(signpost, data, asOf, options, out var noData);
        if (cut is null) return noData!;
        var (series, window, now) = cut.Value;
        var period = series.Period;
        var ruleText = $"{rule.Method} {rule.Direction}, last {Count(window, period)}";
        if (detector.Unsuitable(series) is { } why)
            return SeriesWindow.NoData(signpost, data, ruleText, period, series.Dates[^1], why);

        var run = detector.Detect(series);
        var tested = FirstTested(run);
        var timeline = new AlarmTimeline(run.Alarms, wanted, window, period);
        var (fired, deciding) = timeline.At(now);
        var since = timeline.Since(now, tested);
        var shown = deciding ?? timeline.LastMatching(now);
        string reason;
        if (fired)
        {
            var age = period.Steps(deciding!.Date, now);
            reason = $"alarm {deciding.Direction.ToString().ToLowerInvariant()} {On(deciding.Date, period)} (onset {D(deciding.Onset, period)}), " +
                (age == 0 ? (period == Period.Day ? "on the as-of date" : $"in the last {period.Noun()} ended by as_of") : $"{Count(age, period)} before as_of, within the {Span(window, period)} window");
        }
        else if (deciding is not null)
        {
            var earlier = timeline.Recent(now).LastOrDefault(timeline.Matches);
            reason = $"the latest alarm in the last {Count(window, period)} is {deciding.Direction.ToString().ToLowerInvariant()}, {On(deciding.Date, period)}" +
                (earlier is null ? "" : $", after the alarm {words} {On(earlier.Date, period)}: the move has turned back");
        }
        else if (shown is not null)
        {
            reason = $"the last alarm {words}, {On(shown.Date, period)}, is {Count(period.Steps(shown.Date, now), period)} before as_of, " +
                $"outside the {Span(window, period)} window: the trailing baseline has absorbed it";
        }
        else
        {
            reason = $"no alarm {words} since testing began {On(tested, period)}";
        }
        reason += SeriesWindow.EndsEarly(series, now);
        var statistic = fired ? deciding!.Statistic : Current(run, wanted);
        var evidence = new SignpostEvidence(data.Origin, shown, [], null);
        return new SignpostReading(signpost, fired ? SignpostState.Fired : SignpostState.Quiet, since, ruleText,
            statistic, threshold, period, series.Dates[^1], reason, evidence);
    }

    /// <summary>The first point the detector tested (its statistic is NaN while it gathers its baseline).</summary>
    private static DateOnly FirstTested(DetectionResult run)
    {
        for (var i = 0; i < run.Up.Count; i++)
        {
            if (!double.IsNaN(run.Up[i])) return run.Series.Dates[i];
        }
        return run.Series.Dates[^1];
    }

    /// <summary>The detector's statistic at the last point in the rule's direction (either: the larger).</summary>
    private static double Current(DetectionResult run, Direction? wanted) => wanted switch
    {
        Direction.Up => run.Up[^1],
        Direction.Down => run.Down[^1],
        _ => Math.Max(run.Up[^1], run.Down[^1]),
    };
}
