using Fulcrum.Events.Dyads;
using Fulcrum.Events.Store;

namespace Fulcrum.Store.DuckDb;

/// <summary>
/// <see cref="IEventStore"/>: DuckDB runs in this process and its calls are synchronous, so each
/// asynchronous member does its work on the calling thread and checks the token before it starts
/// (a cancelled ingest stops before the next file, never inside one: a file goes in whole or not at all).
/// </summary>
public sealed partial class DuckDbEventStore : IEventStore
{
    Task<FileIngestResult> IEventStore.IngestAsync(IngestRequest request, IProgress<IngestProgress>? progress, CancellationToken cancellationToken) =>
        Run(() => Ingest(request, progress), cancellationToken);

    Task<IReadOnlyList<LedgerEntry>> IEventStore.LedgerAsync(CancellationToken cancellationToken) => Run(Ledger, cancellationToken);

    Task<RejectPage> IEventStore.RejectsAsync(RejectQuery query, CancellationToken cancellationToken) => Run(() => Rejects(query), cancellationToken);

    Task<StoreCoverage> IEventStore.CoverageAsync(CancellationToken cancellationToken) => Run(Coverage, cancellationToken);

    Task<IReadOnlySet<string>> IEventStore.ActorCountryCodesAsync(CancellationToken cancellationToken) => Run(ActorCountryCodes, cancellationToken);

    Task<IReadOnlyList<DyadCounts>> IEventStore.DyadCountsAsync(DyadQuery query, DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        Run(() => DyadCounts(query, from, to), cancellationToken);

    Task<EvidencePage> IEventStore.EventsAsync(EvidenceQuery query, CancellationToken cancellationToken) => Run(() => Events(query), cancellationToken);

    Task<IReadOnlyList<EvidencePage>> IEventStore.EventsAsync(DyadQuery dyad, IReadOnlyList<EvidenceSpan> spans, int limit, CancellationToken cancellationToken) =>
        Run(() => Events(dyad, spans, limit), cancellationToken);

    Task<ExportResult> IEventStore.ExportAsync(ExportRequest request, CancellationToken cancellationToken) => Run(() => Export(request), cancellationToken);

    private static Task<T> Run<T>(Func<T> work, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested) return Task.FromCanceled<T>(cancellationToken);
        try
        {
            return Task.FromResult(work());
        }
#pragma warning disable CA1031 // the exception travels in the task, as an asynchronous call's would
        catch (Exception e)
#pragma warning restore CA1031
        {
            return Task.FromException<T>(e);
        }
    }
}
