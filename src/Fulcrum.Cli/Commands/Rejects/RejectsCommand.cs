using System.CommandLine;
using System.Globalization;
using Fulcrum.App.Contracts;
using Fulcrum.Cli.Infrastructure;
using Fulcrum.Events.Store;
using Spectre.Console;

namespace Fulcrum.Cli.Commands.Rejects;

/// <summary><c>fulcrum rejects [--db PATH] [--file F] [--limit N]</c>: the rows ingest rejected, and why.</summary>
public static class RejectsCommand
{
    public static Command Create(CliServices services)
    {
        var db = CommonOptions.Store();
        var file = new Option<string?>("--file")
        {
            Description = "Only rows of this file: its path, or the end of it (a file name)",
            HelpName = "PATH",
        };
        var limit = new Option<int>("--limit")
        {
            Description = "Show at most this many rows",
            DefaultValueFactory = _ => 50,
        };
        limit.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1) r.AddError("--limit must be 1 or more.");
        });
        var command = new Command("rejects", "List the rows ingest rejected: file, line, field, reason and the raw line (cut at 1 KB)") { db, file, limit };
        return services.WithAction(command, async (context, cancellationToken) =>
        {
            var page = CommandContext.Require(await context.App.Events.RejectsAsync(CommonOptions.StoreLocation(context, db),
                new RejectQuery(context.Value(file), context.Value(limit)), cancellationToken).ConfigureAwait(false));
            if (context.Json) return context.WriteJson(RejectsContract.Of(page));
            Render(context, page);
            return ExitCodes.Success;
        });
    }

    private static void Render(CommandContext context, RejectPage page)
    {
        if (page.Total == 0)
        {
            context.Out.WriteLine("no rejected rows");
            return;
        }
        var table = new Table { Title = new TableTitle($"[bold]Rejected rows[/] ({Count(page.Rejects.Count)} of {Count(page.Total)})"), Border = TableBorder.Rounded };
        foreach (var c in new[] { "file", "line", "field", "reason", "raw line (start)" }) table.AddColumn(c);
        foreach (var r in page.Rejects)
            table.AddRow(
                CliText.Escape(Path.GetFileName(r.Path)), Count(r.Line),
                r.Column == 0 ? "(line)" : CliText.Escape($"{r.Column} {r.ColumnName}".Trim()),
                CliText.Escape(r.Reason),
                CliText.Escape(Shorten(r.RawLine)));
        context.Console.Write(table);
        if (page.Total > page.Rejects.Count) context.Console.Line($"{Count(page.Total - page.Rejects.Count)} more: use --limit or --file, or --json for every field.");
    }

    private static string Shorten(string raw)
    {
        var visible = raw.Replace('\t', '→');
        return visible.Length > 60 ? visible[..60] + "…" : visible;
    }

    private static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
