using System.Globalization;
using System.Text.Json;
using Fulcrum.App.Contracts;
using Fulcrum.App.Loop;
using Fulcrum.Cli.Commands.Journal;
using Fulcrum.Cli.Infrastructure;
using Fulcrum.Events.Store;
using Fulcrum.Feeds;

namespace Fulcrum.Cli.Commands.Watch;

/// <summary>A watch cycle as it ends: lines for people (alerts always), or one line of JSON per cycle with --json.</summary>
public static class WatchView
{
    private static readonly JsonSerializerOptions OneLine = new(ContractJson.Options) { WriteIndented = false };

    public static void Cycle(CommandContext context, WatchCycle c)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(c);
        if (context.Json)
        {
            context.Out.WriteLine(JsonSerializer.Serialize(WatchCycleContract.Of(c), OneLine));
            context.Out.Flush();
            return;
        }
        var files = c.Ingest.Files;
        var ingested = files.Count(f => f.Status == IngestStatus.Ingested);
        var what = c.Entry is { } e
            ? $"examined as of {e.Record.AsOf:yyyy-MM-dd}, journal entry {e.Id}: recommend {e.Body?.Recommendation} ({JournalView.Probabilities(e.Body!)})"
            : $"nothing new to judge (journal entry {c.Unchanged} records this data)";
        var at = c.Started.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        context.Console.Line($"cycle {c.Number} {at}Z: {ingested} file{(ingested == 1 ? "" : "s")} ingested ({files.Sum(f => f.Stored):N0} events); {what}");
        if (c.Feed is { } feed)
        {
            if (feed.Failure is { } failure) context.Console.Line($"  feed: {failure}");
            foreach (var f in feed.Files.Where(f => !f.Ok)) context.Console.Line($"  feed: {f.Entry.Name} failed after {f.Attempts} tries, not ingested: {string.Join("; ", f.Failures)}");
            foreach (var f in feed.Files.Where(f => f.Status == FeedDownloadStatus.Downloaded && f.Attempts > 1)) context.Console.Line($"  feed: {f.Entry.Name} downloaded on try {f.Attempts} ({string.Join("; ", f.Failures)})");
            foreach (var g in feed.Gaps) context.Console.Line($"  feed gap: {g.Sentence}");
        }
        foreach (var f in files.Where(f => f.Status == IngestStatus.Failed)) context.Console.Line($"  ingest failed: {f.Path}: {f.Message}");
        foreach (var d in c.Examination?.Degraded ?? []) context.Console.Line($"  degraded: {d}");
        if (c.Entry?.Body is { } body && c.Alert is null) foreach (var s in body.Diff.Summary) context.Console.Line($"  {s}");
        if (c.Alert is { } alert) foreach (var s in alert.Summary) context.Console.Line($"  ALERT: {s}");
        foreach (var f in c.AlertFailures) context.Console.Line($"  alert not delivered: {f}");
    }
}
