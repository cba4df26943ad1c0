using System.CommandLine;
using Fulcrum.App.Balance;
using Fulcrum.App.Contracts;
using Fulcrum.Cli.Commands.Examine;
using Fulcrum.Cli.Infrastructure;
using Fulcrum.Core.Time;
using Fulcrum.Detection;

namespace Fulcrum.Cli.Commands.Balance;

/// <summary>
/// <c>fulcrum balance [--case FILE] [--db PATH] [--as-of DATE] [--source NAME=FILE] [--by week|month] [--aggregate sum|mean]</c>:
/// the focal state's relation with each power side by side over time, fast (events) and slow (UN votes), each
/// standardised on its own trailing baseline, the tilt, and each power's tolerance band.
/// </summary>
public static class BalanceCommand
{
    public static Command Create(CliServices services)
    {
        var caseScope = new CaseScopeOptions("The event store, for a store:MEASURE fast relation (a DuckDB file or clickhouse://HOST:PORT/DB); default $FULCRUM_DB, else ./fulcrum.duckdb when it exists", "Draw the sheet as of this date (YYYY-MM-DD): no data after it are used; default the case's as_of; a later date needs data that reach it");
        var by = new Option<string?>("--by") { Description = "Period of the fast measure: day (the series' own, default), week (ISO weeks) or month; partial first and last periods are dropped" };
        by.AcceptOnlyFromAmong("day", "week", "month");
        var aggregate = new Option<string?>("--aggregate") { Description = "How days become weeks or months: sum or mean; default: the measure's own (sum for counts and summed scores such as the GDELT dyad scores, mean for goldstein_mean and tone)" };
        aggregate.AcceptOnlyFromAmong("sum", "mean");
        var command = new Command("balance",
            "The balance sheet: the focal state's relation with each power side by side over time, on the fast measure (events) and the slow one " +
            "(UN votes, per year), each standardised on its own trailing baseline (the case's relations.baseline_days), the tilt (first power minus second) " +
            "and each power's tolerance band. Nothing after the as-of date (default: the case's as_of) is used.")
        {
            caseScope.Case, caseScope.Store, caseScope.AsOf!, caseScope.Sources, by, aggregate,
        };
        return services.WithAction(command, async (context, cancellationToken) =>
        {
            var request = new BalanceRequest(caseScope.Scope(context),
                context.Value(by) switch { "week" => Period.Week, "month" => Period.Month, _ => null },
                context.Value(aggregate) switch { "mean" => WeekAggregate.Mean, "sum" => WeekAggregate.Sum, _ => null });
            var outcome = CommandContext.Require(await context.App.Balance.DrawAsync(request, cancellationToken).ConfigureAwait(false));
            var sheet = outcome.Sheet;
            if (outcome.Identity.Data.Store is { } store) context.Milestone($"read the event store {store.Location}");
            context.Milestone($"balance: {sheet.Case} as of {sheet.AsOf:yyyy-MM-dd}, {sheet.Fast.Rows.Count} {sheet.Fast.Period.Noun()}s fast, {sheet.Slow.Rows.Count} years slow");
            if (context.Json) return context.WriteJson(BalanceContract.Of(outcome));
            BalanceView.Render(context, outcome.Case.Case, sheet);
            IdentityView.Render(context.Console, outcome.Identity);
            return ExitCodes.Success;
        });
    }
}
