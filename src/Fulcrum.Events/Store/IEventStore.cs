using Fulcrum.Events.Dyads;

namespace Fulcrum.Events.Store;

/// <summary>
/// Fulcrum's event store: DuckDB by default (one file), ClickHouse at scale. Query specifications
/// and result records cross this interface, never SQL, so every engine answers the same questions
/// with the same numbers. Derived series (zero-filled periods, measures, normalisation) are computed
/// once, engine-neutrally, from <see cref="DyadCounts"/>: see <see cref="DyadSeriesExtensions.Dyad"/>.
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
    FileIngestResult Ingest(IngestRequest request, IProgress<IngestProgress>? progress = null);

    /// <summary>The files ingested so far, oldest first.</summary>
    IReadOnlyList<LedgerEntry> Ledger();

    /// <summary>Rejected rows, in file and line order.</summary>
    RejectPage Rejects(RejectQuery query);

    /// <summary>How many events the store holds and the dates they span.</summary>
    StoreCoverage Coverage();

    /// <summary>
    /// The per-period sums behind a dyad series, for the periods of <paramref name="from"/>..<paramref name="to"/>
    /// that have events (or volume, when the query normalises); the caller zero-fills.
    /// </summary>
    IReadOnlyList<DyadCounts> DyadCounts(DyadQuery query, DateOnly from, DateOnly to);

    /// <summary>The events behind a dyad over a span of days: the evidence for a point of the series.</summary>
    EvidencePage Events(EvidenceQuery query);

    /// <summary>
    /// The events behind one dyad over several spans (the alarms on one series), one page per span in
    /// the order given, each as <see cref="Events(EvidenceQuery)"/> would give it. An engine that can
    /// answer them in one pass over the events should; this default asks span by span.
    /// </summary>
    IReadOnlyList<EvidencePage> Events(DyadQuery dyad, IReadOnlyList<EvidenceSpan> spans, int limit) =>
        [.. spans.Select(s => Events(new EvidenceQuery(dyad, s.From, s.To, limit)))];

    /// <summary>Writes the events (or those matching the request) to a CSV or Parquet file.</summary>
    ExportResult Export(ExportRequest request);
}
