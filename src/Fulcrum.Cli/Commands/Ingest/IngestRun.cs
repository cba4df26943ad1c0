using System.Globalization;
using Fulcrum.Cli.Infrastructure;
using Fulcrum.Events;
using Fulcrum.Events.Store;
using Spectre.Console;

namespace Fulcrum.Cli.Commands.Ingest;

/// <summary>Ingests files one by one: a progress bar on a terminal, milestone lines when output is redirected.</summary>
public static class IngestRun
{
    public static List<FileIngestResult> Run(CommandContext context, IEventStore store, IReadOnlyList<string> files, EventFormat? format)
    {
        var results = new List<FileIngestResult>();
        if (context.IO.IsTerminal && !context.Json && !context.Quiet)
        {
            context.Console.Progress().AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .Start(progress =>
                {
                    foreach (var file in files)
                    {
                        var task = progress.AddTask(Markup.Escape(Path.GetFileName(file)), maxValue: 1);
                        results.Add(store.Ingest(new IngestRequest(file, format), new Callback(p => task.Value = Fraction(p))));
                        task.Value = 1;
                        task.StopTask();
                    }
                });
            return results;
        }
        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            context.Milestone($"ingest [{i + 1}/{files.Count}] {file}");
            var next = 0.25;
            var result = store.Ingest(new IngestRequest(file, format), new Callback(p =>
            {
                if (Fraction(p) < next || Fraction(p) >= 1) return;
                context.Milestone(string.Create(CultureInfo.InvariantCulture, $"  {Fraction(p) * 100:F0}% of the file, {p.RowsRead:N0} rows"));
                while (next <= Fraction(p)) next += 0.25;
            }));
            context.Milestone($"  {result.Status.ToString().ToLowerInvariant()}: {result.Message}");
            results.Add(result);
        }
        return results;
    }

    private static double Fraction(IngestProgress p) => p.TotalBytes == 0 ? 1 : Math.Min(1, (double)p.BytesRead / p.TotalBytes);

    /// <summary>Reports on the reporting thread (Progress&lt;T&gt; would post to the thread pool, out of order).</summary>
    private sealed class Callback(Action<IngestProgress> report) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) => report(value);
    }
}
