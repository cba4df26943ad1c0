using System.CommandLine;
using System.Globalization;
using Fulcrum.App.Contracts;
using Fulcrum.Cli.Infrastructure;
using Spectre.Console;

namespace Fulcrum.Cli.Commands.Journal;

/// <summary><c>fulcrum journal score [--case ID] [--db PATH]</c>: Brier and log scores of the journal's forecasts against recorded outcomes.</summary>
public static class JournalScoreCommand
{
    public static Command Create(CliServices services)
    {
        var caseOption = JournalOptions.Case();
        var db = JournalOptions.Store();
        var command = new Command("score",
            "Score the journal's forecasts for the scenarios resolved by recorded outcomes (fulcrum outcome record): the Brier score " +
            "(sum over scenarios of (p - outcome)^2; 0 best, 2 worst) and the log score (-ln p of what happened; 0 best) by horizon " +
            "(days before the outcome; one forecast per as-of date, the newest), and a calibration table") { caseOption, db };
        return services.WithAction(command, async (context, cancellationToken) =>
        {
            var location = CommonOptions.StoreLocation(context, db);
            var caseId = context.Value(caseOption) is { } c ? context.App.Journal.CaseId(c) : null;
            var scores = CommandContext.Require(await context.App.Journal.ScoreAsync(location, caseId, cancellationToken).ConfigureAwait(false));
            if (context.Json) return context.WriteJson(JournalScoreContract.Of(location, scores));
            context.Console.Line($"{scores.Forecasts.Count} forecasts scored");
            var horizons = new Table().AddColumns("days before", "forecasts", "mean Brier", "mean log score");
            foreach (var h in scores.Horizons)
                horizons.AddRow(h.ToDays is { } t ? $"{h.FromDays}-{t}" : $"{h.FromDays}+", N(h.Forecasts), F(h.MeanBrier), F(h.MeanLogScore));
            context.Console.Write(horizons);
            var calibration = new Table().AddColumns("forecast p", "pairs", "mean forecast", "happened");
            foreach (var b in scores.Calibration.Where(b => b.Count > 0))
                calibration.AddRow($"{F(b.Low, "0.0")}-{F(b.High, "0.0")}", N(b.Count), F(b.MeanForecast!.Value), F(b.ObservedFrequency!.Value));
            context.Console.Write(calibration);
            return ExitCodes.Success;
        });
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string F(double x, string format = "0.000") => x.ToString(format, CultureInfo.InvariantCulture);
}
