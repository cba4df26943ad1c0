using Fulcrum.Core.Time;
using Fulcrum.Detection;

namespace Fulcrum.Cli.Commands.Alarms;

/// <summary>The --json shape of <c>fulcrum alarms</c> (snake_case through JsonOutput).</summary>
public static class AlarmsJson
{
    public static object Of(string source, Period period, AlarmReport report) => new
    {
        source,
        method = report.Method,
        period,
        settings = report.Settings,
        series_count = report.Runs.Count,
        alarms = report.Alarms.Select(Alarm),
        skipped = report.Skipped.Select(s => new { series = s.Series, reason = s.Reason }),
    };

    /// <summary>One alarm as every command shows it: what, when, against which baseline, on which evidence.</summary>
    public static object Alarm(Alarm a) => new
    {
        series = a.Series,
        date = a.Date,
        onset = a.Onset,
        method = a.Method,
        direction = a.Direction,
        meaning = a.Meaning,
        statistic = a.Statistic,
        threshold = a.Threshold,
        baseline_mean = a.BaselineMean,
        baseline_sd = a.BaselineSd,
        baseline_start = a.BaselineStart,
        baseline_end = a.BaselineEnd,
        evidence = new
        {
            points = a.Evidence.Points.Select(p => new { date = p.Date, value = p.Value }),
            events = a.Evidence.Events,
        },
    };
}
