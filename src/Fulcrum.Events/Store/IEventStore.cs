using Fulcrum.Events.Dyads;

namespace Fulcrum.Events.Store;

/// <summary>
/// Fulcrum's event store: DuckDB by default (one file), ClickHouse at scale. Query specifications
/// and result records cross this interface, never SQL, so every engine answers the same questions
/// with the same numbers. Derived series (zero-filled periods, measures, normalisation) are computed
/// once, engine-neutrally, from <see cref="DyadCounts"/>: see <see cref="DyadSeriesExtensions.DyadAsync"/>.
/// Asynchronous because a store may be a server (ClickHouse over HTTP); an embedded engine answers
/// on the calling thread and honours the token between its steps.
/// </summary>
public interface IEventStore : IDisposable
{
    /// <summary>Where the store lives (a file path or a server address), for messages.</summary>
    string Location { get; }

    /// <summary>
    /// Ingests one file, all of it or nothing: a file whose checksum is in the ledger is skipped; an
    /// event ID already stored counts as a duplicate; a bad row is rejected with its reason while the
    /// rest goes on; read = stored + duplicate + rejected. A crash at any moment leaves the store as it
    /// was before the file. A file that cannot be read at all comes back <see cref="IngestStatus.Failed"/>.
    /// </summary>
    Task<FileIngestResult> IngestAsync(IngestRequest request, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>The files ingested so far, oldest first.</summary>
    Task<IReadOnlyList<LedgerEntry>> LedgerAsync(CancellationToken cancellationToken = default);

    /// <summary>Rejected rows, in file and line order.</summary>
    Task<RejectPage> RejectsAsync(RejectQuery query, CancellationToken cancellationToken = default);

    /// <summary>How many events the store holds and the dates they span.</summary>
    Task<StoreCoverage> CoverageAsync(CancellationToken cancellationToken = default);

    /// <summary>Every actor country code the store's events carry (actor 1 or 2), to tell a typo from a country with no events.</summary>
    Task<IReadOnlySet<string>> ActorCountryCodesAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// The per-period sums behind a dyad series, for the periods of <paramref name="from"/>..<paramref name="to"/>
    /// that have events (or volume, when the query normalises); the caller zero-fills.
    /// </summary>
    Task<IReadOnlyList<DyadCounts>> DyadCountsAsync(DyadQuery query, DateOnly from, DateOnly to, CancellationToken cancellationToken = default);

    /// <summary>The events behind a dyad over a span of days: the evidence for a point of the series.</summary>
    Task<EvidencePage> EventsAsync(EvidenceQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// The events behind one dyad over several spans (the alarms on one series), one page per span in
    /// the order given, each as <see cref="EventsAsync(EvidenceQuery, CancellationToken)"/> would give it.
    /// An engine that can answer them in one pass over the events should; this default asks span by span.
    /// </summary>
    async Task<IReadOnlyList<EvidencePage>> EventsAsync(DyadQuery dyad, IReadOnlyList<EvidenceSpan> spans, int limit, CancellationToken cancellationToken = default)
    {
        var pages = new List<EvidencePage>(spans.Count);
        foreach (var s in spans) pages.Add(await EventsAsync(new EvidenceQuery(dyad, s.From, s.To, limit), cancellationToken).ConfigureAwait(false));
        return pages;
    }

    /// <summary>Writes the events (or those matching the request) to a CSV or Parquet file.</summary>
    Task<ExportResult> ExportAsync(ExportRequest request, CancellationToken cancellationToken = default);
}
