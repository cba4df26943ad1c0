using System.CommandLine;
using System.Globalization;
using Fulcrum.App.Contracts;
using Fulcrum.App.Journal;
using Fulcrum.Cli.Commands.Journal;
using Fulcrum.Cli.Infrastructure;
using Fulcrum.Core.Problems;
using Spectre.Console;

namespace Fulcrum.Cli.Commands.Replay;

/// <summary>
/// <c>fulcrum replay [--case FILE] --from D --to D [--every day|week] [--db PATH] [--source NAME=FILE]
/// [--outcome SCENARIO=DATE]</c>: the examination at each date as if live, journalled into --db.
/// </summary>
public static class ReplayCommand
{
    public static Command Create(CliServices services)
    {
        var caseScope = new CaseScopeOptions("The event store: read by the case's event signposts, and the journal the replay is written to (created if absent). " +
            "Without --db nothing is written: the timeline is printed only (event signposts then read $FULCRUM_DB or ./fulcrum.duckdb when it exists)", null);
        var from = new Option<string?>("--from") { HelpName = "DATE", Description = "The first date examined (YYYY-MM-DD)", Required = true };
        var to = new Option<string?>("--to") { HelpName = "DATE", Description = "The last date examined (YYYY-MM-DD); after the case's as_of only as far as the data reach", Required = true };
        var every = new Option<string>("--every") { HelpName = "day|week", Description = "Examine every day (default) or every week from the first date", DefaultValueFactory = _ => "day" };
        every.AcceptOnlyFromAmong("day", "week");
        var outcomes = new Option<string[]>("--outcome") { HelpName = "SCENARIO=DATE", Description = "A scenario that happened on DATE: from then on it has probability 1 (recorded in the journal with --db); repeat for several" };
        var draws = new Option<int>("--draws") { HelpName = "N", Description = "Monte Carlo draws per date (default 5,000; no sensitivities are computed)", DefaultValueFactory = _ => 5_000 };
        var seed = new Option<ulong>("--seed") { HelpName = "SEED", Description = "Seed of the random streams", DefaultValueFactory = _ => Decision.AppraisalOptions.DefaultSeed };
        var command = new Command("replay",
            "Examine the case at each date from --from to --to as if live (as of each date: no data after it are read; case and data loaded once), " +
            "print the timeline - date, signposts fired or cleared, P per scenario, recommendation, what changed - and journal every step into --db")
        {
            caseScope.Case, from, to, every, caseScope.Store, caseScope.Sources, outcomes, draws, seed,
        };
        return services.WithAction(command, async (context, cancellationToken) =>
        {
            var given = !caseScope.StoreNamed(context) ? null : caseScope.StoreLocation(context);
            var request = new ReplayRequest(caseScope.Scope(context),
                CommonOptions.Date(context, from)!.Value, CommonOptions.Date(context, to)!.Value,
                context.Value(every) == "week" ? ReplayEvery.Week : ReplayEvery.Day, given, Outcomes(context.Value(outcomes) ?? []))
            {
                Draws = context.Value(draws),
                Seed = context.Value(seed),
            };
            var result = CommandContext.Require(await context.App.Replay.ReplayAsync(request, null, cancellationToken).ConfigureAwait(false));
            context.Milestone(result.Journal is { } j
                ? $"replay: {result.Steps.Count} dates journalled in {j} (entries {result.Entries[0]}-{result.Entries[^1]})"
                : $"replay: {result.Steps.Count} dates; no journal written (give --db to keep one)");
            if (context.Json) return context.WriteJson(ReplayContract.Of(result));
            var table = new Table().AddColumns("as of", "fired", "cleared", "probabilities", "recommendation", "what changed");
            foreach (var s in result.Steps)
                table.AddRow(s.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), CliText.Escape(string.Join(", ", s.Fired)), CliText.Escape(string.Join(", ", s.Cleared)),
                    CliText.Escape(JournalView.Probabilities(s.Body)), CliText.Escape(s.Body.Recommendation), CliText.Escape(string.Join("; ", s.Body.Diff.Summary)));
            context.Console.Write(table);
            return ExitCodes.Success;
        });
    }

    private static List<(string, DateOnly)> Outcomes(string[] texts)
    {
        var list = new List<(string, DateOnly)>();
        foreach (var t in texts)
        {
            var eq = t.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0 || !DateOnly.TryParseExact(t[(eq + 1)..], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                throw new InputException(Problem.About(JournalSubjects.Outcome, $"'{t}' is not SCENARIO=DATE", "write e.g. full_invasion=2022-02-24"));
            list.Add((t[..eq], date));
        }
        return list;
    }
}
