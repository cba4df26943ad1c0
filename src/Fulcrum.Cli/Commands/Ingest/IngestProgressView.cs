using System.Globalization;
using Fulcrum.App.Ingest;
using Fulcrum.Cli.Infrastructure;
using Fulcrum.Core.Problems;
using Fulcrum.Events.Store;
using Spectre.Console;

namespace Fulcrum.Cli.Commands.Ingest;

/// <summary>An ingest's progress: a progress bar on a terminal, milestone lines when output is redirected.</summary>
public static class IngestProgressView
{
    public static async Task<Checked<IngestOutcome>> RunAsync(CommandContext context, IngestFilesRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.IO.IsTerminal && !context.Json && !context.Quiet)
        {
            Checked<IngestOutcome>? outcome = null;
            await context.Console.Progress().AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .StartAsync(async progress =>
                {
                    ProgressTask? task = null;
                    outcome = await context.App.Ingest.IngestAsync(request, new Relay(u =>
                    {
                        if (u.Result is not null) { task?.Value = 1; task?.StopTask(); }
                        else if (u.Progress is { } p) task?.Value = Fraction(p);
                        else task = progress.AddTask(CliText.Escape(Path.GetFileName(u.Path)), maxValue: 1);
                    }), cancellationToken).ConfigureAwait(false);
                }).ConfigureAwait(false);
            return outcome!;
        }
        var next = 0.25;
        return await context.App.Ingest.IngestAsync(request, new Relay(u =>
        {
            if (u.Result is { } r) context.Milestone($"  {r.Status.ToString().ToLowerInvariant()}: {r.Message}");
            else if (u.Progress is { } p)
            {
                if (Fraction(p) < next || Fraction(p) >= 1) return;
                context.Milestone(string.Create(CultureInfo.InvariantCulture, $"  {Fraction(p) * 100:F0}% of the file, {p.RowsRead:N0} rows"));
                while (next <= Fraction(p)) next += 0.25;
            }
            else
            {
                next = 0.25;
                context.Milestone($"ingest [{u.Index + 1}/{u.Count}] {u.Path}");
            }
        }), cancellationToken).ConfigureAwait(false);
    }

    private static double Fraction(IngestProgress p) => p.TotalBytes == 0 ? 1 : Math.Min(1, (double)p.BytesRead / p.TotalBytes);

    /// <summary>Reports on the reporting thread, in order.</summary>
    private sealed class Relay(Action<IngestUpdate> report) : IProgress<IngestUpdate>
    {
        public void Report(IngestUpdate value) => report(value);
    }
}
