using System.CommandLine;
using System.Net.Sockets;
using Fulcrum.App.Cases;
using Fulcrum.App.Loop;
using Fulcrum.Cli.Commands.Watch;
using Fulcrum.Cli.Infrastructure;
using Fulcrum.Core.Problems;
using Fulcrum.Store.DuckDb;
using Fulcrum.Web;

namespace Fulcrum.Cli.Commands.Serve;

/// <summary>
/// <c>fulcrum serve [--case FILE] [--db PATH] [--urls URL,…] [--token T] [--watch FEED [--interval 15m]]</c>:
/// the dashboard and the REST API over the case and its store (<see cref="FulcrumWeb"/>), with the
/// loop running inside when asked, until Ctrl-C or SIGTERM.
/// </summary>
public static class ServeCommand
{
    public static Command Create(CliServices services)
    {
        var caseOption = CommonOptions.Case();
        var db = CommonOptions.Store("The event store for the case's data and its journal; default $FULCRUM_DB, else ./fulcrum.duckdb");
        var urls = new Option<string?>("--urls")
        {
            HelpName = "URL,...",
            Description = $"Where to listen (default {FulcrumWebOptions.DefaultUrl}: this machine only); an address beyond this machine is refused without --token",
        };
        var token = new Option<string?>("--token")
        {
            HelpName = "T",
            Description = "Require every request to carry 'Authorization: Bearer T' (the page: open /?token=T once, kept in an HttpOnly cookie); default $FULCRUM_TOKEN, else none",
        };
        var watch = new Option<string?>("--watch")
        {
            HelpName = "FEED",
            Description = "Run the loop inside the server on this feed (as 'fulcrum watch --feed FEED'); open pages update when it journals an entry",
        };
        var interval = new Option<string>("--interval") { HelpName = "TIME", Description = "With --watch: the wait between cycles, 15m (default), 30s, 1h", DefaultValueFactory = _ => "15m" };
        var command = new Command("serve",
            "Serve the case over HTTP: the dashboard at / (balance sheet, dyad series with alarms and the events behind each point, options re-ranked " +
            "by sliders, the journal and its diffs) and the REST API under /api returning the same records as --json, with its OpenAPI document " +
            "at /openapi/v1.json and errors as problem details naming file, line, field and hint. The store stays open between requests and is let go " +
            "30 s after the last one: until then another process cannot write it (fulcrum ingest says it is in use), and with --watch cannot read it either")
        {
            caseOption, db, urls, token, watch, interval,
        };
        return services.WithAction(command, async (context, cancellationToken) =>
        {
            var store = CommonOptions.StoreRef(context, db);
            var caseRef = CaseRef.Parse(context.Value(caseOption));
            var options = new FulcrumWebOptions(caseRef, store)
            {
                Urls = context.Value(urls) is { } given
                    ? [.. given.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)]
                    : [FulcrumWebOptions.DefaultUrl],
                Token = context.Value(token) ?? NonEmpty(Environment.GetEnvironmentVariable("FULCRUM_TOKEN")),
                Watch = context.Value(watch) is { } feed
                    ? new WatchRequest(new CaseScope(caseRef, store), store.Location, feed) { Interval = WatchCommand.Interval(context.Value(interval)!) }
                    : null,
                WarmUp = true,
            };
            if (options.Check() is { Count: > 0 } refused) throw new InputException(refused);
            CommandContext.Require(context.App.Cases.Load(options.Case)); // a case that does not load is said now, not on the first request
            // The server keeps its DuckDB store open between requests (writable when its loop writes),
            // and lets go of it after 30 s without a request (HeldDuckDbStores); closed when it stops.
            await using var held = new HeldDuckDbStores(context.Time, writable: options.Watch is not null);
            await using var app = FulcrumWeb.Build(FulcrumCli.Services(context.Time, held), options);
            try
            {
                await app.StartAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (IOException e) when (e.InnerException is SocketException || e.Message.Contains("address", StringComparison.OrdinalIgnoreCase))
            {
                throw new EnvironmentFailureException(new Problem("", 0, 0, $"cannot listen on {string.Join(", ", options.Urls)}: {e.Message}",
                    "stop the program using that port, or choose another address"), e);
            }
            // The addresses bound (a port 0 asked for is the port the system gave).
            context.Console.Line($"serving {options.Case.Origin} at {string.Join(", ", app.Urls)}: the dashboard at /, the API under /api, its OpenAPI document at /openapi/v1.json" +
                (options.Token is null ? "" : "; requests need the token (open /?token=T once in a browser)") +
                (options.Watch is { } w ? $"; watching {w.Feed} every {context.Value(interval)}" : "") + ". Ctrl-C stops.");
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Ctrl-C or SIGTERM: stop serving cleanly.
            }
            await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
            return ExitCodes.Success;
        });
    }

    private static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}
