using System.CommandLine;
using System.Net.Sockets;
using Fulcrum.App.Cases;
using Fulcrum.Cli.Infrastructure;
using Fulcrum.Core.Problems;
using Fulcrum.Web;

namespace Fulcrum.Cli.Commands.Serve;

/// <summary>
/// <c>fulcrum serve [--case FILE] [--db PATH] [--urls URL,…] [--token T]</c>: the REST API over the
/// case and its store (<see cref="FulcrumWeb"/>), until Ctrl-C or SIGTERM.
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
            Description = $"Where to listen (default {FulcrumWebOptions.DefaultUrl}: this machine only); another address exposes the API, so give --token with it",
        };
        var token = new Option<string?>("--token")
        {
            HelpName = "T",
            Description = "Require every request to carry 'Authorization: Bearer T' (default: none; see also $FULCRUM_TOKEN)",
        };
        var command = new Command("serve",
            "Serve the case over HTTP: the REST API under /api (case, examine, signposts, balance, dyad, journal) returning the same records as --json, " +
            "with its OpenAPI document at /openapi/v1.json and errors as problem details naming file, line, field and hint")
        {
            caseOption, db, urls, token,
        };
        return services.WithAction(command, async (context, cancellationToken) =>
        {
            var options = new FulcrumWebOptions(CaseRef.Parse(context.Value(caseOption)), CommonOptions.StoreRef(context, db))
            {
                Urls = context.Value(urls) is { } given
                    ? [.. given.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)]
                    : [FulcrumWebOptions.DefaultUrl],
                Token = context.Value(token) ?? NonEmpty(Environment.GetEnvironmentVariable("FULCRUM_TOKEN")),
            };
            CommandContext.Require(context.App.Cases.Load(options.Case)); // a case that does not load is said now, not on the first request
            await using var app = FulcrumWeb.Build(context.App, options);
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
            context.Console.Line($"serving {options.Case.Origin} at {string.Join(", ", app.Urls)}: the API under /api, its OpenAPI document at /openapi/v1.json" +
                (options.Token is null ? "" : "; requests need the token") + ". Ctrl-C stops.");
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
