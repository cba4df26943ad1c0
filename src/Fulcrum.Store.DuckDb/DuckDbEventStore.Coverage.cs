using Fulcrum.Events.Store;
using Fulcrum.Store.DuckDb.Internal;

namespace Fulcrum.Store.DuckDb;

public sealed partial class DuckDbEventStore
{
    /// <summary>The days the ingested files cover, merged (<see cref="StoreCoverage.Spans"/>).</summary>
    private IReadOnlyList<CoveredSpan> CoveredSpans()
    {
        var table = _connection.Scalar<long>("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'ingest_coverage'") > 0;
        using var command = _connection.Command(CoverageTable.Spans(table));
        using var r = command.ExecuteReader();
        var spans = new List<CoveredSpan>();
        while (r.Read()) spans.Add(new CoveredSpan(r.Date(0), r.Date(1)));
        return CoveredSpan.Merge(spans);
    }
}
