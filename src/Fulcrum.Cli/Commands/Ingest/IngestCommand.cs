using System.CommandLine;
using Fulcrum.App.Contracts;
using Fulcrum.App.Ingest;
using Fulcrum.Cli.Infrastructure;
using Fulcrum.Events;

namespace Fulcrum.Cli.Commands.Ingest;

/// <summary><c>fulcrum ingest [--db PATH] [--format F] PATH…</c>: load event files into the store.</summary>
public static class IngestCommand
{
    public static Command Create(CliServices services)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Event files (plain, .gz or one-member .zip) or folders, read recursively for *.csv, *.tsv, *.tab, *.txt (plain, .gz or .zip)",
            Arity = ArgumentArity.OneOrMore,
        };
        var db = CommonOptions.Store();
        var format = new Option<string?>("--format")
        {
            Description = "Read every file as this format instead of detecting it from the content: gdelt1 (57/58 fields), gdelt2 (61), icews (.tab with header), " +
                "gdelt-csv (a header row naming GDELT's fields: BigQuery and pandas exports, comma- or tab-separated)",
            HelpName = "gdelt1|gdelt2|icews|gdelt-csv",
        };
        format.AcceptOnlyFromAmong([.. EventFormats.All.Select(f => f.Name())]);
        var command = new Command("ingest",
            "Load GDELT 1.0/2.0 (GDELT's own exports, or CSV/TSV with a header row of GDELT's field names, as BigQuery and pandas write them) " +
            "and ICEWS event files into the store: each file in one transaction, files already in the ledger " +
            "(same SHA-256) skipped, event IDs already stored counted as duplicates, bad rows rejected with their reason " +
            "(see fulcrum rejects). Exit code 2 when a file could not be read at all.") { paths, db, format };
        return services.WithAction(command, async (context, cancellationToken) =>
        {
            var request = new IngestFilesRequest(context.Value(paths) ?? [], CommonOptions.StoreLocation(context, db), EventFormats.Parse(context.Value(format)));
            var outcome = CommandContext.Require(await IngestProgressView.RunAsync(context, request, cancellationToken).ConfigureAwait(false));
            if (context.Json) context.WriteJson(IngestContract.Of(outcome));
            else IngestView.Render(context, outcome.Location, outcome.Files);
            return outcome.AnyFailed ? ExitCodes.BadInput : ExitCodes.Success;
        });
    }
}
