using Fulcrum.Core.Time;
using Fulcrum.Detection;
using Fulcrum.Scenario.Model;
using static Fulcrum.Watch.Internal.Dates;

namespace Fulcrum.Watch.Signposts.Internal;

/// <summary>A change rule: the detector with its defaults, over the series up to the as-of date, and the rule's clearing.</summary>
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
        var clears = ClearingText(rule, wanted, window, period);
        var ruleText = $"{rule.Method} {rule.Direction}, {clears}";
        // Nothing is judged across a gap of no data: the detector runs on the points since the data resumed.
        var current = series.Current();
        var resumed = current.Count < series.Count ? $" since the data resumed {On(current.Dates[0], period)}" : "";
        if (detector.Unsuitable(current) is { } why)
            return SeriesWindow.NoData(signpost, data, ruleText, period, series.Dates[^1], why + resumed) with { Clears = clears };

        var run = detector.Detect(current);
        var tested = FirstTested(run);
        var timeline = new AlarmTimeline(run.Alarms, wanted, rule.Clears, window, period);
        var state = timeline.At(now, tested);
        string reason;
        string? stillCounts = null;
        if (state.Fired)
        {
            var latest = state.Latest!;
            var age = period.Steps(latest.Date, now);
            reason = $"alarm {Dir(latest)} {On(latest.Date, period)} (onset {D(latest.Onset, period)}), " +
                (age == 0 ? (period == Period.Day ? "on the as-of date" : $"in the last {period.Noun()} ended by as_of") : $"{Count(age, period)} before as_of");
            if (state.First!.Date != latest.Date) reason += $", the latest of the alarms {words} since {D(state.First.Date, period)}";
            stillCounts = StillCounts(rule, wanted, timeline, latest, period, window);
            reason += $"; {stillCounts}";
        }
        else if (state.ClearedBy is { } cleared)
        {
            reason = $"cleared {On(cleared.Date, period)} by an alarm {Dir(cleared)} (onset {D(cleared.Onset, period)}), after the alarm {words} {On(state.Latest!.Date, period)}: the move has turned back";
        }
        else if (state.Expired is { } expired)
        {
            reason = $"the last alarm {words}, {On(state.Latest!.Date, period)}, stopped counting {On(expired, period)}: " +
                (rule.Clears.Kind == ClearingKind.After ? $"it clears {rule.Clears.Days} days after its latest alarm" : $"outside the {Span(window, period)} window, the trailing baseline has absorbed it");
        }
        else
        {
            reason = $"no alarm {words} since testing began {On(tested, period)}{resumed}" +
                (state.Other is { } other ? $"; the latest alarm, {On(other.Date, period)}, is {Dir(other)}" : "");
        }
        reason += SeriesWindow.EndsEarly(series, now);
        var statistic = state.Fired ? state.Latest!.Statistic : Current(run, wanted);
        var shown = state.Fired ? state.Latest : state.ClearedBy ?? state.Latest ?? state.Other;
        var evidence = new SignpostEvidence(data.Origin, shown, [], null);
        return new SignpostReading(signpost, state.Fired ? SignpostState.Fired : SignpostState.Quiet, state.Since, ruleText,
            statistic, threshold, period, series.Dates[^1], reason, evidence)
        { Clears = clears, StillCounts = stillCounts };
    }

    /// <summary>The clearing in words: <c>clears on an alarm up</c>, <c>clears 90 days after its latest alarm</c>, <c>never clears</c>, <c>last 28 days</c>.</summary>
    private static string ClearingText(ChangeRule rule, Direction? wanted, int window, Period period) => rule.Clears.Kind switch
    {
        ClearingKind.Never => "never clears",
        ClearingKind.After => $"clears {rule.Clears.Days} days after its latest alarm" + (wanted is { } w ? $" or on an alarm {Opposite(w)}" : ""),
        _ when wanted is { } w => $"clears on an alarm {Opposite(w)}",
        _ => $"last {Count(window, period)}",
    };

    /// <summary>Why a fired signpost still counts, in words.</summary>
    private static string StillCounts(ChangeRule rule, Direction? wanted, AlarmTimeline timeline, Alarm latest, Period period, int window) => rule.Clears.Kind switch
    {
        ClearingKind.Never => "it still counts: its rule never clears it",
        ClearingKind.After => $"it still counts until {D(timeline.Expiry(latest)!.Value, Period.Day)}, {rule.Clears.Days} days after its latest alarm" +
            (wanted is { } w ? $", unless an alarm {Opposite(w)} clears it first" : ""),
        _ when wanted is { } w => $"it still counts: no alarm {Opposite(w)} since",
        _ => $"it still counts within the {Span(window, period)} window, until {D(timeline.Expiry(latest)!.Value, period)}",
    };

    private static string Dir(Alarm a) => a.Direction.ToString().ToLowerInvariant();

    private static string Opposite(Direction d) => d == Direction.Up ? "down" : "up";

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
