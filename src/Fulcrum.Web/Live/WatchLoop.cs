using Fulcrum.App;
using Fulcrum.App.Loop;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Fulcrum.Web.Live;

/// <summary>
/// <c>serve --watch</c>: the App's loop (<see cref="WatchService"/>, the same one <c>fulcrum watch</c>
/// runs) inside the server, each entry it journals published to open pages. A cycle's failure
/// (a bad file, a feed down) is logged and the loop started again after its interval, so the
/// dashboard stays up; the last failure is kept for <c>/api/watch</c>.
/// </summary>
internal sealed class WatchLoop(FulcrumServices services, WatchRequest request, JournalUpdates updates, TimeProvider time, ILogger<WatchLoop> log) : BackgroundService
{
    public WatchStatus Status { get; private set; } = new(0, null, null);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var run = await services.Watch.RunAsync(request, new Relay(Cycle), stoppingToken).ConfigureAwait(false);
            if (run.Ok) return; // reached its count, or stopped
            Status = Status with { LastProblem = string.Join("; ", run.Problems) };
            log.LogWarning("watch: {Problems}; trying again in {Interval}", Status.LastProblem, request.Interval);
            try
            {
                await Task.Delay(request.Interval, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private void Cycle(WatchCycle cycle)
    {
        Status = new WatchStatus(cycle.Number, cycle.Entry?.Id ?? cycle.Unchanged, null);
        if (cycle.Entry is { } entry)
            updates.Publish(new JournalNotice(entry.Id, entry.Record.AsOf, entry.Body?.Recommendation));
    }

    private sealed class Relay(Action<WatchCycle> report) : IProgress<WatchCycle>
    {
        public void Report(WatchCycle value) => report(value);
    }
}

/// <summary>The loop's state: cycles run, the newest entry it wrote or found, and its last failure.</summary>
public sealed record WatchStatus(int Cycles, long? Entry, string? LastProblem);
