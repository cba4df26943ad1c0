using System.Globalization;
using Fulcrum.Cli.Infrastructure;
using Fulcrum.Events;
using Fulcrum.Events.Store;
using Spectre.Console;

namespace Fulcrum.Cli.Commands.Ingest;

/// <summary>The per-file summary of an ingest, as a table or as JSON.</summary>
public static class IngestView
{
    public static void Render(CommandContext context, string db, IReadOnlyList<FileIngestResult> results)
    {
        var table = new Table { Title = new TableTitle($"[bold]Ingest into {CliText.Escape(db)}[/]"), Border = TableBorder.Rounded };
        foreach (var (name, right) in new[] { ("file", false), ("format", false), ("read", true), ("stored", true), ("duplicate", true), ("rejected", true), ("status", false), ("message", false) })
        {
            var column = new TableColumn(name);
            if (right) column.RightAligned();
            table.AddColumn(column);
        }
        foreach (var r in results)
            table.AddRow(CliText.Escape(r.Path), r.Format?.Name() ?? "-", N(r.Read), N(r.Stored), N(r.Duplicate), N(r.Rejected), Status(r.Status), r.Status == IngestStatus.Ingested ? "" : CliText.Escape(r.Message));
        if (results.Count > 1)
            table.AddRow($"[bold]{results.Count} files[/]", "", N(results.Sum(r => r.Read)), N(results.Sum(r => r.Stored)),
                N(results.Sum(r => r.Duplicate)), N(results.Sum(r => r.Rejected)), "", "");
        context.Console.Write(table);
        if (results.Any(r => r.Rejected > 0)) context.Console.Line("Rejected rows and their reasons: fulcrum rejects" + (db == CommonOptions.DefaultStore ? "" : $" --db {db}"));
    }

    private static string Status(IngestStatus s) => s switch
    {
        IngestStatus.Ingested => "[green]ingested[/]",
        IngestStatus.Skipped => "[grey]skipped[/]",
        _ => "[red]failed[/]",
    };

    private static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
