using Fulcrum.Events.Store;
using Fulcrum.Store.DuckDb.Internal;

namespace Fulcrum.Store.DuckDb;

public sealed partial class DuckDbEventStore
{
    /// <summary>
    /// The days the ingested files cover, merged (<see cref="StoreCoverage.Spans"/>), and the months
    /// that files of events dated only to their month cover (<see cref="StoreCoverage.MonthSpans"/>).
    /// </summary>
    private (IReadOnlyList<CoveredSpan> Days, IReadOnlyList<CoveredSpan> Months) CoveredSpans()
    {
        var table = _connection.Scalar<long>("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'ingest_coverage'") > 0;
        // Spans are derived from the events only for ledger rows without a coverage row (a read-only
        // store made before coverage was kept): asked first, since the derivation scans every event
        // (~100 ms on 10 million) even when it finds no such row.
        var derive = !table || _connection.Scalar<long>("SELECT count(*) FROM ingest_ledger WHERE ingest_id NOT IN (SELECT ingest_id FROM ingest_coverage)") > 0;
        using var command = _connection.Command(CoverageTable.Spans(table, derive));
        using var r = command.ExecuteReader();
        var days = new List<CoveredSpan>();
        var months = new List<CoveredSpan>();
        while (r.Read()) (r.GetString(2) == CoverageTable.MonthBasis ? months : days).Add(new CoveredSpan(r.Date(0), r.Date(1)));
        return (CoveredSpan.Merge(days), CoveredSpan.Merge(months));
    }
}
