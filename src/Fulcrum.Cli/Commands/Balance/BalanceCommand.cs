using System.CommandLine;
using Fulcrum.Cli.Commands.Case;
using Fulcrum.Cli.Commands.Ingest;
using Fulcrum.Cli.Commands.Signposts;
using Fulcrum.Cli.Infrastructure;
using Fulcrum.Core.Time;
using Fulcrum.Detection;
using Fulcrum.Watch.Balance;
using Fulcrum.Watch.Sources;

namespace Fulcrum.Cli.Commands.Balance;

/// <summary>
/// <c>fulcrum balance [--case FILE] [--db PATH] [--by week|month] [--aggregate sum|mean]</c>: the focal state's
/// relation with each power side by side over time, fast (events) and slow (UN votes), each
/// standardised on its own trailing baseline, the tilt, and each power's tolerance band.
/// </summary>
public static class BalanceCommand
{
    public static Command Create(CliServices services)
    {
        var caseOption = new Option<string?>("--case")
        {
            HelpName = "FILE",
            Description = "The case file (*.fulcrum.yaml) or builtin:NAME; default: the built-in case israel-2022",
        };
        var by = new Option<string?>("--by") { Description = "Period of the fast measure: day (the series' own, default), week (ISO weeks) or month; partial first and last periods are dropped" };
        by.AcceptOnlyFromAmong("day", "week", "month");
        var aggregate = new Option<string?>("--aggregate") { Description = "How days become weeks or months: sum or mean; default: the measure's own (sum for counts and summed scores such as the GDELT dyad scores, mean for goldstein_mean and tone)" };
        aggregate.AcceptOnlyFromAmong("sum", "mean");
        var db = EventStoreSource.DbOption();
        db.Description = "The event store, for a store:MEASURE fast relation (a DuckDB file); default $FULCRUM_DB, else ./fulcrum.duckdb when it exists";
        var command = new Command("balance",
            "The balance sheet: the focal state's relation with each power side by side over time, on the fast measure (events) and the slow one " +
            "(UN votes, per year), each standardised on its own trailing baseline (the case's relations.baseline_days), the tilt (first power minus second) " +
            "and each power's tolerance band. Nothing after the case's as_of is used.")
        {
            caseOption, db, by, aggregate,
        };
        return services.WithAction(command, context =>
        {
            var file = context.Value(caseOption);
            var c = CaseSource.LoadOrThrow(file);
            var options = new BalanceOptions
            {
                By = context.Value(by) switch { "week" => Period.Week, "month" => Period.Month, _ => null },
                Aggregate = context.Value(aggregate) switch { "mean" => WeekAggregate.Mean, "sum" => WeekAggregate.Sum, _ => null },
            };
            RelationInput fast;
            using (var store = CaseStore.OpenIfNeeded(context, db, CaseStore.BalanceNeedsIt(c)))
                fast = RelationSources.Fast(c, CaseSignposts.CaseDirectory(file), store);
            var slow = RelationSources.Slow(c);
            var sheet = BalanceSheets.Build(c, fast, slow, options);
            context.Milestone($"balance: {c.Id} as of {c.AsOf:yyyy-MM-dd}, {sheet.Fast.Rows.Count} {sheet.Fast.Period.Noun()}s fast, {sheet.Slow.Rows.Count} years slow");
            if (context.Json) return context.WriteJson(BalanceJson.Of(sheet, (options.Aggregate ?? fast.Aggregate) == WeekAggregate.Mean ? "mean" : "sum"));
            BalanceView.Render(context, c, sheet);
            return ExitCodes.Success;
        });
    }
}
