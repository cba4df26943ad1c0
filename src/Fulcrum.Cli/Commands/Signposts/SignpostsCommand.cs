using System.CommandLine;
using Fulcrum.App.Contracts;
using Fulcrum.Cli.Commands.Examine;
using Fulcrum.Cli.Infrastructure;

namespace Fulcrum.Cli.Commands.Signposts;

/// <summary>
/// <c>fulcrum signposts [--case FILE] [--db PATH] [--as-of DATE] [--source NAME=FILE]</c>: every signpost of the case as of a
/// date (state, since, rule, statistic, effect), the flags raised, and prior → posterior per scenario.
/// </summary>
public static class SignpostsCommand
{
    public static Command Create(CliServices services)
    {
        var caseScope = new CaseScopeOptions("The event store for the case's event signposts (a DuckDB file or clickhouse://HOST:PORT/DB); default $FULCRUM_DB, else ./fulcrum.duckdb when it exists; without one they are 'no data'", "Judge the signposts as of this date (YYYY-MM-DD): no data after it are used; default the case's as_of; a later date needs data that reach it");
        var command = new Command("signposts",
            "Evaluate the case's signposts as of its as_of date (or --as-of; nothing later is used): quiet, fired or no data, since when, " +
            "on which evidence; the flags raised; and the scenario probabilities updated by Bayes' rule with the likelihood ratios of the fired signposts")
        {
            caseScope.Case, caseScope.Store, caseScope.AsOf!, caseScope.Sources,
        };
        return services.WithAction(command, async (context, cancellationToken) =>
        {
            var scope = caseScope.Scope(context);
            var outcome = CommandContext.Require(await context.App.Signposts.EvaluateAsync(scope, cancellationToken).ConfigureAwait(false));
            var report = outcome.Report;
            if (outcome.Identity.Data.Store is { } store) context.Milestone($"read the event store {store.Location}");
            context.Milestone($"signposts: {report.Case} as of {report.AsOf:yyyy-MM-dd}, {report.Readings.Count(r => r.Fired)} of {report.Readings.Count} fired");
            if (context.Json) return context.WriteJson(SignpostsContract.Of(outcome));
            SignpostsView.Render(context, outcome.Case.Case, report);
            IdentityView.Render(context.Console, outcome.Identity);
            return ExitCodes.Success;
        });
    }
}
