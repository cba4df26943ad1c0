using Fulcrum.App.Cases;
using Fulcrum.App.Contracts;
using Fulcrum.App.Examine;
using Fulcrum.App.Feeds;
using Fulcrum.App.Ingest;
using Fulcrum.App.Journal;
using Fulcrum.App.Loop.Internal;
using Fulcrum.App.Stores;
using Fulcrum.Core.Problems;
using Fulcrum.Events.Store;
using Fulcrum.Feeds;

namespace Fulcrum.App.Loop;

/// <summary>
/// The loop: each cycle brings what a feed has new, ingests it (each file whole or not at all,
/// a file already in the ledger never again), examines the case as of the newest data, journals
/// the examination and alerts on what crossed a line; then waits for the next cycle on the host's
/// clock. A cycle journals only when the store's ledger position (or the case) differs from what
/// the case's newest entry records, so a watch killed at any moment and started again ingests
/// nothing twice and journals each data state once. Stopped (the token), it ends between steps.
/// </summary>
public sealed class WatchService(CaseService cases, IEventStoreFactory stores, IngestService ingest, ExamineService examine, JournalService journal, FeedService feeds, TimeProvider time)
{
    private readonly AlertSender _alerts = new(time);

    /// <summary>Runs cycles until the count is reached or the token stops it; each cycle is reported as it ends.</summary>
    public async Task<Checked<WatchRun>> RunAsync(WatchRequest request, IProgress<WatchCycle>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var checkedFeed = request.Check();
        if (checkedFeed.Value is not { } feed) return Checked<WatchRun>.Failure(checkedFeed.Problems);
        var cycles = 0;
        try
        {
            while (true)
            {
                var cycle = await CycleAsync(request, feed, cycles + 1, cancellationToken).ConfigureAwait(false);
                if (cycle.Value is not { } done) return Checked<WatchRun>.Failure(cycle.Problems);
                cycles++;
                progress?.Report(done);
                if (request.MaxCycles is { } max && cycles >= max) return Checked<WatchRun>.Success(new WatchRun(cycles, false));
                await Task.Delay(request.Interval, time, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return Checked<WatchRun>.Success(new WatchRun(cycles, true)); // every step is whole or not at all: the next start resumes
        }
    }

    /// <summary>One cycle: feed, ingest, and (when the data state is new) examine, journal, alert.</summary>
    internal async Task<Checked<WatchCycle>> CycleAsync(WatchRequest request, FeedLocation feed, int number, CancellationToken cancellationToken)
    {
        var started = time.GetUtcNow();
        var loaded = cases.Load(request.Scope.Case);
        if (loaded.Value is not { } c) return Checked<WatchCycle>.Failure(loaded.Problems);
        var step = feed.Url is null ? null : await feeds.LatestAsync(feed, request.DownloadFolder, cancellationToken).ConfigureAwait(false);
        var ingested = await IngestNewAsync(feed.Folder ?? request.DownloadFolder, request.Store, cancellationToken).ConfigureAwait(false);
        if (ingested.Value is not { } outcome) return Checked<WatchCycle>.Failure(ingested.Problems);
        WatchCrash.Pass(WatchCrash.Ingested);
        cancellationToken.ThrowIfCancellationRequested();

        var (state, coveredTo) = await StateAsync(request.Store, cancellationToken).ConfigureAwait(false);
        var entries = await journal.ListAsync(request.Store, c.Case.Id, null, cancellationToken).ConfigureAwait(false);
        if (entries.Value is not { } earlier) return Checked<WatchCycle>.Failure(entries.Problems);
        if (earlier.Count > 0 && Records(earlier[^1], state, c.Sha256))
            return Checked<WatchCycle>.Success(new WatchCycle(number, started, step, outcome, null, null, earlier[^1].Id, null, []));

        var scope = request.Scope with { Store = new StoreRef(request.Store, true), AsOf = coveredTo ?? c.Case.AsOf };
        var examined = await examine.ExamineAsync(new ExamineRequest(scope) { Draws = request.Draws, Seed = request.Seed, Sensitivity = false, RecordStore = true },
            new Crashing(), cancellationToken).ConfigureAwait(false);
        if (examined.Value is not { } examination) return Checked<WatchCycle>.Failure(examined.Problems);
        WatchCrash.Pass(WatchCrash.Examined);
        cancellationToken.ThrowIfCancellationRequested();

        var recorded = await journal.RecordAsync(examination, request.Store, cancellationToken).ConfigureAwait(false);
        if (recorded.Value is not { } entry) return Checked<WatchCycle>.Failure(recorded.Problems);
        WatchCrash.Pass(WatchCrash.Journalled);

        var alert = WatchAlert.Of(entry, request.AlertMove);
        var failures = alert is null || (request.AlertCommand is null && request.AlertUrl is null) ? []
            : await _alerts.SendAsync(ContractJson.Serialize(alert), request.AlertCommand, request.AlertUrl, cancellationToken).ConfigureAwait(false);
        return Checked<WatchCycle>.Success(new WatchCycle(number, started, step, outcome, examination, entry, null, alert, failures));
    }

    /// <summary>
    /// Ingests the folder's event files that are not in the ledger yet. A file whose full path and
    /// size a ledger entry already has is passed over without being read (a feed's files are named
    /// once and never rewritten), so a long watch does not re-hash its whole history each cycle;
    /// any other file goes through the ingest, which skips it when its SHA-256 is in the ledger.
    /// </summary>
    private async Task<Checked<IngestOutcome>> IngestNewAsync(string folder, string store, CancellationToken cancellationToken)
    {
        var files = Directory.Exists(folder) ? IngestFiles.Expand([folder]) : Checked<IReadOnlyList<string>>.Success([]);
        if (files.Value is not { } all) return Checked<IngestOutcome>.Failure(files.Problems);
        var known = new HashSet<(string, long)>();
        if (stores.Exists(store))
        {
            var opened = await StoreOpener.OpenAsync(stores, store, StoreAccess.ReadOnly, cancellationToken).ConfigureAwait(false);
            if (opened.Value is not { Store: { } s } held) return Checked<IngestOutcome>.Failure(opened.Problems);
            using (held)
                foreach (var l in await s.LedgerAsync(cancellationToken).ConfigureAwait(false)) known.Add((Path.GetFullPath(l.Path), l.SizeBytes));
        }
        var fresh = all.Where(f => !known.Contains((Path.GetFullPath(f), new FileInfo(f).Length))).ToList();
        if (fresh.Count == 0 && stores.Exists(store)) return Checked<IngestOutcome>.Success(new IngestOutcome(store, []));
        return await ingest.IngestAsync(new IngestFilesRequest(fresh, store), null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The store's ledger position and the last day its files cover.</summary>
    private async Task<(StoreRead State, DateOnly? CoveredTo)> StateAsync(string location, CancellationToken cancellationToken)
    {
        var opened = await StoreOpener.OpenAsync(stores, location, StoreAccess.ReadOnly, cancellationToken).ConfigureAwait(false);
        using var held = opened.ValueOrThrow();
        var store = held.Store!;
        var coverage = await store.CoverageAsync(cancellationToken).ConfigureAwait(false);
        return (await StoreRead.OfAsync(store, cancellationToken).ConfigureAwait(false), coverage.Spans.Count > 0 ? coverage.Spans[^1].Last : coverage.LastDate);
    }

    /// <summary>Whether an entry records this ledger position of this store, for this text of the case.</summary>
    private static bool Records(JournalEntry entry, StoreRead state, string caseSha256) =>
        entry.Body?.Identity is { Data.Store: { } s } identity && identity.CaseSha256 == caseSha256
        && s.Files == state.Files && s.Events == state.Events && s.LastIngestId == state.LastIngestId && s.LastIngestSha256 == state.LastIngestSha256;

    /// <summary>The examination's milestone (signposts judged, appraisal next) is the seam's "examining" point.</summary>
    private sealed class Crashing : IProgress<string>
    {
        public void Report(string value) => WatchCrash.Pass(WatchCrash.Examining);
    }
}
