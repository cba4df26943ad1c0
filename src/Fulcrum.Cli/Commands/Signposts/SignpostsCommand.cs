using System.CommandLine;
using Fulcrum.Cli.Commands.Case;
using Fulcrum.Cli.Commands.Ingest;
using Fulcrum.Cli.Infrastructure;

namespace Fulcrum.Cli.Commands.Signposts;

/// <summary>
/// <c>fulcrum signposts [--case FILE] [--db PATH] [--as-of DATE]</c>: every signpost of the case as of its
/// as_of date (state, since, rule, statistic, effect), the flags raised, and prior → posterior per scenario.
/// </summary>
public static class SignpostsCommand
{
    public static Command Create(CliServices services)
    {
        var caseOption = new Option<string?>("--case")
        {
            HelpName = "FILE",
            Description = "The case file (*.fulcrum.yaml) or builtin:NAME; default: the built-in case israel-2022",
        };
        var asOf = new Option<DateOnly?>("--as-of")
        {
            HelpName = "DATE",
            Description = "Judge the signposts as of this date (YYYY-MM-DD), no later than the case's as_of; default: the case's as_of",
        };
        var db = EventStoreSource.DbOption();
        db.Description = "The event store for the case's event signposts (a DuckDB file); default $FULCRUM_DB, else ./fulcrum.duckdb when it exists; without one they are 'no data'";
        var command = new Command("signposts",
            "Evaluate the case's signposts as of its as_of date (nothing later is used): quiet, fired or no data, since when, " +
            "on which evidence; the flags raised; and the scenario probabilities updated by Bayes' rule with the likelihood ratios of the fired signposts")
        {
            caseOption, db, asOf,
        };
        return services.WithAction(command, context =>
        {
            var file = context.Value(caseOption);
            var c = CaseSource.LoadOrThrow(file);
            using var store = CaseStore.OpenIfNeeded(context, db, CaseStore.SignpostsNeedIt(c));
            var report = CaseSignposts.Evaluate(c, file, context.Value(asOf), store);
            context.Milestone($"signposts: {c.Id} as of {report.AsOf:yyyy-MM-dd}, {report.Readings.Count(r => r.Fired)} of {report.Readings.Count} fired");
            if (context.Json) return context.WriteJson(SignpostsJson.Of(report));
            SignpostsView.Render(context, c, report);
            return ExitCodes.Success;
        });
    }
}
