using System.CommandLine;
using Fulcrum.App.Alarms;
using Fulcrum.App.Contracts;
using Fulcrum.Cli.Infrastructure;
using Fulcrum.Core.Time;
using Fulcrum.Detection;
using Fulcrum.Detection.Reading;

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
        var o = new AlarmsOptions();
        var command = new Command("alarms",
            "Find changes in series (worsening or improving relations): Gaussian CUSUM, Poisson CUSUM or Bayesian online change points. " +
            "Each alarm gives its date, onset, direction, statistic and threshold, the baseline it was measured against, and the points behind it.");
        foreach (var option in o.All) command.Options.Add(option);
        return services.WithAction(command, async (context, cancellationToken) =>
        {
            var dyad = context.Value(o.Dyad) is { Length: 2 } pair ? new DyadSeriesSpec(pair[0], pair[1]) : null;
            var request = new AlarmsRequest
            {
                Series = context.Value(o.Series),
                Dyad = dyad,
                Measure = context.Value(o.Measure),
                Store = dyad is null && string.IsNullOrWhiteSpace(context.Value(o.Db)) ? null : CommonOptions.StoreRef(context, o.Db),
                Names = context.Value(o.Name) ?? [],
                By = context.Value(o.By) switch { "week" => Period.Week, "day" => Period.Day, _ => null },
                Aggregate = context.Value(o.Aggregate) switch { "mean" => WeekAggregate.Mean, "sum" => WeekAggregate.Sum, _ => null },
                From = context.Value(o.From),
                To = context.Value(o.To),
                Gaps = context.Value(o.Gaps) switch { "error" => GapPolicy.Error, "zero" => GapPolicy.Zero, "skip" => GapPolicy.Skip, _ => null },
                Higher = context.Value(o.Higher) switch { "better" => Polarity.HigherIsBetter, "worse" => Polarity.HigherIsWorse, _ => null },
                Detector = new DetectorSettings
                {
                    Method = context.Value(o.Method) ?? Detection.Cusum.GaussianCusum.MethodName,
                    Baseline = context.Value(o.Baseline),
                    K = context.Value(o.K),
                    H = context.Value(o.H),
                    Shift = context.Value(o.Shift),
                    PurePoisson = context.Value(o.PurePoisson),
                    Model = context.Value(o.Model),
                    RunLength = context.Value(o.RunLength),
                    Probability = context.Value(o.Probability),
                    Lookback = context.Value(o.Lookback),
                },
            };
            var outcome = CommandContext.Require(await context.App.Alarms.ScanAsync(request, context.Milestones, cancellationToken).ConfigureAwait(false));
            if (context.Json) return context.WriteJson(AlarmsContract.Of(outcome));
            AlarmsView.Render(context, outcome.Source, outcome.Period, outcome.Report);
            return ExitCodes.Success;
        });
    }
}
