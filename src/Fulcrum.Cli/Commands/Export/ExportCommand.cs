using System.CommandLine;
using System.Globalization;
using Fulcrum.App.Contracts;
using Fulcrum.Cli.Infrastructure;
using Fulcrum.Events.Store;

namespace Fulcrum.Cli.Commands.Export;

/// <summary><c>fulcrum export --format csv|parquet --out PATH [--from] [--to] [--actors …]</c>: events for R, Python, spreadsheets.</summary>
public static class ExportCommand
{
    public static Command Create(CliServices services)
    {
        var db = CommonOptions.Store();
        var format = new Option<string>("--format") { Description = "csv (with a header row) or parquet (typed columns)", Required = true, HelpName = "csv|parquet" };
        format.AcceptOnlyFromAmong("csv", "parquet");
        var output = new Option<string>("--out") { Description = "The file to write (replaced if it exists)", Required = true, HelpName = "PATH" };
        var from = new Option<string?>("--from") { Description = "First event date, YYYY-MM-DD", HelpName = "DATE" };
        var to = new Option<string?>("--to") { Description = "Last event date, YYYY-MM-DD", HelpName = "DATE" };
        var actors = new Option<string[]>("--actors")
        {
            Description = "Only events in which one of these CAMEO country codes is actor 1 or actor 2, e.g. --actors ISR USA RUS",
            AllowMultipleArgumentsPerToken = true,
            HelpName = "CODE",
        };
        var command = new Command("export",
            "Write the store's events (every column of the events table) to CSV or Parquet for R, Python or a spreadsheet. " +
            "The store file itself also opens in DuckDB from R (duckdb package) and Python (duckdb module): see docs/events.md.")
        { db, format, output, from, to, actors };
        return services.WithAction(command, async (context, cancellationToken) =>
        {
            var codes = (context.Value(actors) ?? []).SelectMany(a => a.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                .Select(a => a.ToUpperInvariant()).Distinct().ToList();
            var request = new ExportRequest(
                context.Value(format) == "parquet" ? ExportFormat.Parquet : ExportFormat.Csv, context.Value(output)!,
                CommonOptions.Date(context, from), CommonOptions.Date(context, to), codes);
            context.Milestone($"export: writing {request.OutPath} ...");
            var result = CommandContext.Require(await context.App.Events.ExportAsync(CommonOptions.StoreLocation(context, db), request, cancellationToken).ConfigureAwait(false));
            if (context.Json) return context.WriteJson(ExportContract.Of(result, ProblemOutput.Namer(context.SubjectNames)));
            ProblemOutput.Warn(context, result.Warnings);
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"exported {result.Rows:N0} events to {result.Path} ({result.Format.ToString().ToLowerInvariant()})"));
            return ExitCodes.Success;
        });
    }
}
