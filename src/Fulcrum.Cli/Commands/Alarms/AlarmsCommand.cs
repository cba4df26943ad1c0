using System.CommandLine;
using Fulcrum.Cli.Infrastructure;
using Fulcrum.Core.Problems;
using Fulcrum.Core.Time;
using Fulcrum.Detection;

namespace Fulcrum.Cli.Commands.Alarms;

/// <summary>
/// <c>fulcrum alarms (--series FILE [--name S] | --dyad A B [--measure M] [--db PATH]) [--by day|week]
/// [--method cusum|poisson-cusum|bocpd] [--from] [--to]</c>: change detection on series, each alarm
/// with its baseline and evidence (and, from the store, the events behind it).
/// </summary>
public static class AlarmsCommand
{
    public static Command Create(CliServices services)
    {
        var options = new AlarmsOptions();
        var command = new Command("alarms",
            "Find changes in series (worsening or improving relations): Gaussian CUSUM, Poisson CUSUM or Bayesian online change points. " +
            "Each alarm gives its date, onset, direction, statistic and threshold, the baseline it was measured against, and the points behind it.");
        foreach (var option in options.All) command.Options.Add(option);
        return services.WithAction(command, context =>
        {
            var detector = AlarmsDetector.Create(context, options);
            using var input = AlarmsSource.Load(context, options);
            var series = Periods(context, options, input.Series);
            var scan = new AlarmScanOptions { From = context.Value(options.From), To = context.Value(options.To) };
            var report = AlarmScan.Run(series, detector, scan, input.Evidence);
            context.Milestone($"{detector.Method} over {report.Runs.Count} series: {report.Alarms.Count} alarm{(report.Alarms.Count == 1 ? "" : "s")}");
            if (report.Runs.Count == 0)
                throw new InputException([.. report.Skipped.Select(s => new Problem(input.Source, 0, 0, s.Reason, "give a longer series, or a shorter --baseline"))]);
            if (context.Json) return context.WriteJson(AlarmsJson.Of(input.Source, series[0].Period, report));
            AlarmsView.Render(context, input.Source, series[0].Period, report);
            return ExitCodes.Success;
        });
    }

    /// <summary>Applies --by: weekly aggregation of daily series, or a check that the series already have that period.</summary>
    private static List<Series> Periods(CommandContext context, AlarmsOptions options, IReadOnlyList<Series> series)
    {
        var by = context.Value(options.By);
        if (by is null || series.Count == 0) return [.. series];
        var period = series[0].Period;
        var wanted = by == "week" ? Period.Week : Period.Day;
        if (period == wanted) return [.. series];
        if (period != Period.Day || wanted != Period.Week)
            throw new InputException(new Problem("", 0, 0, $"the series are {period.Adjective()}; --by {by} needs {(wanted == Period.Week ? "daily or weekly" : "daily")} series",
                "drop --by to run on the series as they are"));
        var aggregate = context.Value(options.Aggregate) == "mean" ? WeekAggregate.Mean : WeekAggregate.Sum;
        return [.. series.Select(s => s.ToWeekly(aggregate))];
    }
}
