using System.Globalization;
using Fulcrum.Cli.Infrastructure;
using Fulcrum.Core.Time;
using Fulcrum.Detection;
using Spectre.Console;

namespace Fulcrum.Cli.Commands.Alarms;

/// <summary>Alarms as a table for people; with --verbose, the points behind each alarm.</summary>
public static class AlarmsView
{
    /// <summary>Settings that are yes/no (1/0 in --json).</summary>
    private static readonly HashSet<string> Flags = ["poisson_model", "estimate_overdispersion"];

    public static void Render(CommandContext context, string source, Period period, AlarmReport report)
    {
        var console = context.Console;
        var settings = string.Join(", ", report.Settings.Select(s => $"{s.Key.Replace('_', ' ')} {(Flags.Contains(s.Key) ? (s.Value != 0 ? "yes" : "no") : N(s.Value))}"));
        console.Line($"{report.Method} on {source}: {report.Runs.Count} {period.Adjective()} series, {report.Alarms.Count} alarm{(report.Alarms.Count == 1 ? "" : "s")}");
        console.Line($"settings: {settings}");
        foreach (var skipped in report.Skipped) console.Line($"skipped: {skipped.Reason}");
        if (report.Alarms.Count == 0) return;
        console.Line("date: when the statistic crossed the threshold; onset: where the change began; baseline: mean ± sd of the window before the onset.");
        var table = new Table().Border(TableBorder.Simple);
        foreach (var column in new[] { "series", "date", "onset", "direction", "statistic / threshold", "baseline", "baseline to", "points" })
            table.AddColumn(new TableColumn(column).NoWrap());
        foreach (var a in report.Alarms)
        {
            var direction = a.Meaning == Meaning.Unknown ? a.Direction.ToString().ToLowerInvariant() : $"{a.Direction.ToString().ToLowerInvariant()} ({a.Meaning.ToString().ToLowerInvariant()})";
            var window = a.BaselineEnd is { } e ? D(e, period) : "given";
            table.AddRow(CliText.Escape(a.Series), D(a.Date, period), D(a.Onset, period), direction, $"{N(a.Statistic)} / {N(a.Threshold)}",
                $"{N(a.BaselineMean)} ± {N(a.BaselineSd)}", window, a.Evidence.Points.Count.ToString(CultureInfo.InvariantCulture));
        }
        console.Write(table);
        if (!context.Verbose) return;
        foreach (var a in report.Alarms)
        {
            console.Line($"{a.Series} {D(a.Date, period)}: {string.Join(", ", a.Evidence.Points.Select(p => $"{D(p.Date, period)} {N(p.Value)}"))}");
            foreach (var e in a.Evidence.Events ?? [])
                console.Line($"  event {e.EventId} {e.EventDate:yyyy-MM-dd} {e.Actor1Code}>{e.Actor2Code} {e.EventCode} goldstein {(e.GoldsteinScale is { } g ? N(g) : "-")} {e.SourceUrl}");
        }
    }

    /// <summary>A date as precise as the period: 2021-11-13, a week as its range 2021-11-08..2021-11-14 (not only its Monday), 2021-11, 1993.</summary>
    private static string D(DateOnly date, Period period) => period switch
    {
        Period.Year => date.ToString("yyyy", CultureInfo.InvariantCulture),
        Period.Month => date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        Period.Week => $"{Day(Period.Week.Start(date))}..{Day(Period.Week.End(Period.Week.Start(date)))}",
        _ => Day(date),
    };

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string N(double value) => value.ToString(Math.Abs(value) switch { >= 10 => "0.#", >= 1 => "0.##", _ => "0.###" }, CultureInfo.InvariantCulture);
}
