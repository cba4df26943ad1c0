using System.CommandLine;
using System.Globalization;
using Fulcrum.App.Loop;
using Fulcrum.Cli.Infrastructure;
using Fulcrum.Core.Problems;

namespace Fulcrum.Cli.Commands.Watch;

/// <summary>
/// <c>fulcrum watch --case FILE --db PATH --feed DIR|URL [--interval 15m] [--once] [--max-cycles N]
/// [--alert-cmd CMD] [--alert-url URL]</c>: the loop, hosted.
/// </summary>
public static class WatchCommand
{
    public static Command Create(CliServices services)
    {
        var caseScope = new CaseScopeOptions("The event store the feed is ingested into and the journal is kept in (created if absent); default $FULCRUM_DB, else ./fulcrum.duckdb", null);
        var feed = new Option<string?>("--feed")
        {
            HelpName = "DIR|URL",
            Description = "A folder of event files, or a feed list over http://, https:// or file:// (GDELT's lastupdate.txt, or the folder URL holding it)",
            Required = true,
        };
        var interval = new Option<string>("--interval") { HelpName = "TIME", Description = "The wait between cycles: 15m (default), 30s, 1h, 1d", DefaultValueFactory = _ => "15m" };
        var once = new Option<bool>("--once") { Description = "Run one cycle and stop" };
        var maxCycles = new Option<int?>("--max-cycles") { HelpName = "N", Description = "Run N cycles and stop (default: until Ctrl-C or SIGTERM)" };
        var alertCmd = new Option<string?>("--alert-cmd") { HelpName = "CMD", Description = "A shell command run for each alert, given the alert's JSON on its standard input" };
        var alertUrl = new Option<string?>("--alert-url") { HelpName = "URL", Description = "A URL each alert's JSON is POSTed to" };
        var move = new Option<double>("--alert-move") { HelpName = "P", Description = "Alert when a scenario probability moves more than this since the case's previous entry (default 0.10)", DefaultValueFactory = _ => 0.10 };
        var into = new Option<string?>("--into") { HelpName = "DIR", Description = "Where a feed list's files are downloaded (default: the folder PATH.feed beside the store)" };
        var draws = new Option<int>("--draws") { HelpName = "N", Description = "Monte Carlo draws per examination (default 20,000; no sensitivities are computed)", DefaultValueFactory = _ => 20_000 };
        var seed = new Option<ulong>("--seed") { HelpName = "SEED", Description = "Seed of the random streams", DefaultValueFactory = _ => Decision.AppraisalOptions.DefaultSeed };
        var command = new Command("watch",
            "Run the loop: each cycle brings what the feed has new (files checked against their size and MD5, failures retried and reported), ingests it " +
            "(each file whole or not at all, never twice), examines the case as of the newest data, journals the examination when the store's " +
            "ledger position changed since the case's last entry, and alerts - on the console, to --alert-cmd, to --alert-url - when a signpost " +
            "fires or clears, a probability moves more than --alert-move or the recommendation changes. Ctrl-C or SIGTERM stops it between steps; " +
            "started again it resumes, nothing lost or doubled.")
        {
            caseScope.Case, caseScope.Store, feed, interval, once, maxCycles, alertCmd, alertUrl, move, into, draws, seed, caseScope.Sources,
        };
        return services.WithAction(command, async (context, cancellationToken) =>
        {
            var request = new WatchRequest(caseScope.Scope(context), caseScope.StoreLocation(context), context.Value(feed)!)
            {
                Interval = Interval(context.Value(interval)!),
                MaxCycles = context.Value(once) ? 1 : context.Value(maxCycles),
                AlertCommand = context.Value(alertCmd),
                AlertUrl = context.Value(alertUrl) is { } u ? Url(u) : null,
                AlertMove = context.Value(move),
                Into = context.Value(into),
                Draws = context.Value(draws),
                Seed = context.Value(seed),
            };
            context.Milestone($"watch: case {request.Scope.Case}, feed {request.Feed}, store {request.Store}, every {context.Value(interval)}");
            var run = CommandContext.Require(await context.App.Watch.RunAsync(request, new Relay(c => WatchView.Cycle(context, c)), cancellationToken).ConfigureAwait(false));
            if (!run.Stopped) return ExitCodes.Success;
            context.Error.WriteLine($"watch: stopped after {run.Cycles} cycle{(run.Cycles == 1 ? "" : "s")}; the store and journal are whole: start it again to resume");
            return ExitCodes.Interrupted;
        });
    }

    /// <summary>15m, 30s, 1h, 1d.</summary>
    internal static TimeSpan Interval(string text)
    {
        var unit = text.Length > 0 ? text[^1] : ' ';
        if (text.Length > 1 && double.TryParse(text[..^1], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n) && n > 0)
        {
            TimeSpan? span = unit switch { 's' => TimeSpan.FromSeconds(n), 'm' => TimeSpan.FromMinutes(n), 'h' => TimeSpan.FromHours(n), 'd' => TimeSpan.FromDays(n), _ => null };
            if (span is { } s) return s;
        }
        throw new InputException(Problem.About(App.Feeds.FeedSubjects.Interval, $"'{text}' is not an interval", "write a number and s, m, h or d: 30s, 15m, 1h"));
    }

    private static Uri Url(string text) => Uri.TryCreate(text, UriKind.Absolute, out var u) ? u
        : throw new InputException(Problem.About(App.Feeds.FeedSubjects.AlertUrl, $"'{text}' is not a URL", "give e.g. http://127.0.0.1:8080/alerts"));

    private sealed class Relay(Action<WatchCycle> report) : IProgress<WatchCycle>
    {
        public void Report(WatchCycle value) => report(value);
    }
}
