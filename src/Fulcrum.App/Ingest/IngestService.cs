using Fulcrum.App.Stores;
using Fulcrum.Core.Problems;
using Fulcrum.Events;
using Fulcrum.Events.Store;

namespace Fulcrum.App.Ingest;

/// <summary>Files or folders of event data to load into a store.</summary>
/// <param name="Paths">Files (plain, .gz or one-member .zip) and folders (read recursively for event files).</param>
/// <param name="Store">The store's location; created when it does not exist.</param>
/// <param name="Format">Read every file as this format; null detects it from each file's content.</param>
public sealed record IngestFilesRequest(IReadOnlyList<string> Paths, string Store, EventFormat? Format = null);

/// <summary>Where an ingest is: a file started (no progress, no result), a step through it, or a file done.</summary>
/// <param name="Index">The file's 0-based position in the run.</param>
/// <param name="Count">Files in the run.</param>
/// <param name="Path">The file.</param>
/// <param name="Progress">How far through the file, while reading it.</param>
/// <param name="Result">What became of it, once done.</param>
public sealed record IngestUpdate(int Index, int Count, string Path, IngestProgress? Progress, FileIngestResult? Result);

/// <summary>What an ingest did to each file, and where.</summary>
public sealed record IngestOutcome(string Location, IReadOnlyList<FileIngestResult> Files)
{
    /// <summary>Whether any file could not be read at all.</summary>
    public bool AnyFailed => Files.Any(f => f.Status == IngestStatus.Failed);
}

/// <summary>
/// Loads event files into a store one by one, each in one transaction (see <see cref="IEventStore.IngestAsync"/>),
/// reporting progress. Cancelled, it stops before the next file: no file is ever half in.
/// </summary>
public sealed class IngestService(IEventStoreFactory stores)
{
    public async Task<Checked<IngestOutcome>> IngestAsync(IngestFilesRequest request, IProgress<IngestUpdate>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var files = IngestFiles.Expand(request.Paths);
        if (files.Value is not { } list) return Checked<IngestOutcome>.Failure(files.Problems);
        var opened = await StoreOpener.OpenAsync(stores, request.Store, StoreAccess.Writable, cancellationToken).ConfigureAwait(false);
        if (opened.Value is not { Store: { } store } holder) return Checked<IngestOutcome>.Failure(opened.Problems);
        using (holder)
        {
            var results = new List<FileIngestResult>(list.Count);
            for (var i = 0; i < list.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (index, file) = (i, list[i]);
                progress?.Report(new IngestUpdate(index, list.Count, file, null, null));
                var relay = progress is null ? null : new Relay(p => progress.Report(new IngestUpdate(index, list.Count, file, p, null)));
                var result = await store.IngestAsync(new IngestRequest(file, request.Format), relay, cancellationToken).ConfigureAwait(false);
                results.Add(result);
                progress?.Report(new IngestUpdate(index, list.Count, file, null, result));
            }
            return Checked<IngestOutcome>.Success(new IngestOutcome(store.Location, results));
        }
    }

    /// <summary>Reports on the reporting thread, in order (Progress&lt;T&gt; would post to the thread pool, out of order).</summary>
    private sealed class Relay(Action<IngestProgress> report) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) => report(value);
    }
}
