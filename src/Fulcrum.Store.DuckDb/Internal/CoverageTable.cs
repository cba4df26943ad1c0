using Fulcrum.Events.Store;

namespace Fulcrum.Store.DuckDb.Internal;

/// <summary>
/// The days each ingested file covers (docs/events.md, "Coverage"): one row per ledger row, written
/// in the ingest's transaction. A GDELT file covers the days of its rows' DATEADDED (when GDELT
/// added them, which is what a file's arrival says); a file with none (every row rejected, or an
/// empty 15-minute file) the date at the start of its name (<c>20201113…export.CSV</c>); an ICEWS
/// file, which has no DATEADDED, the span of its event dates; a file of events dated only to their
/// month, its months.
/// </summary>
internal static class CoverageTable
{
    public const string Create =
        "CREATE TABLE IF NOT EXISTS ingest_coverage (ingest_id INTEGER PRIMARY KEY, first_day DATE NOT NULL, last_day DATE NOT NULL, basis VARCHAR NOT NULL)";

    /// <summary>Ledger rows' spans, from their stored events or their file names, for the ledger rows <paramref name="where"/> selects.</summary>
    /// <remarks>
    /// A file whose every event is dated only to its month (a file with a header giving MonthYear and
    /// no day) covers the whole of its months, basis <c>month_year</c>: that span counts for monthly
    /// series only (<see cref="StoreCoverage.MonthSpans"/>), so its days are no data, not zeros.
    /// </remarks>
    public static string Derived(string where) => $$"""
        SELECT l.ingest_id,
               CASE WHEN s.dated THEN s.first_day WHEN s.first_month IS NOT NULL THEN s.first_month ELSE n.day END AS first_day,
               CASE WHEN s.dated THEN s.last_day WHEN s.first_month IS NOT NULL THEN s.last_month ELSE n.day END AS last_day,
               CASE WHEN s.ingest_id IS NULL THEN 'file name' WHEN NOT s.dated THEN 'month_year' WHEN s.added THEN 'date_added' ELSE 'event_date' END AS basis
        FROM ingest_ledger l
        LEFT JOIN (SELECT ingest_id,
                          COALESCE(min(CAST(date_added AS DATE)), min(event_date)) AS first_day,
                          COALESCE(max(CAST(date_added AS DATE)), max(event_date)) AS last_day,
                          count(date_added) > 0 AS added,
                          count(event_date) > 0 AS dated,
                          min({{DyadSql.MonthStart}}) AS first_month,
                          last_day(max({{DyadSql.MonthStart}})) AS last_month
                   FROM events WHERE {{where.Replace("l.", "", StringComparison.Ordinal)}} GROUP BY ingest_id) s ON s.ingest_id = l.ingest_id
        CROSS JOIN LATERAL (SELECT CAST(try_strptime(regexp_extract(l.file_name, '^([0-9]{8})', 1), '%Y%m%d') AS DATE) AS day) n
        WHERE {{where}} AND (s.ingest_id IS NOT NULL OR n.day IS NOT NULL)
        """;

    /// <summary>Writes the span of ingest <paramref name="ingestId"/> (inside its transaction, after its ledger row).</summary>
    public static void Write(DuckDB.NET.Data.DuckDBConnection connection, long ingestId) =>
        connection.Execute("INSERT INTO ingest_coverage " + Derived("l.ingest_id = $id"), ("id", (int)ingestId));

    /// <summary>A store made before coverage was recorded: the table, and a row for each ledger row without one.</summary>
    public static void Migrate(DuckDB.NET.Data.DuckDBConnection connection)
    {
        connection.Execute(Create);
        connection.Execute("INSERT INTO ingest_coverage " + Derived("l.ingest_id NOT IN (SELECT ingest_id FROM ingest_coverage)"));
    }

    /// <summary>
    /// Every span and its basis (a read-only store made before coverage was recorded has no table:
    /// its spans are derived); <paramref name="deriveMissing"/>: some ledger rows have no coverage row, derive theirs.
    /// </summary>
    public static string Spans(bool tableExists, bool deriveMissing = true) => (tableExists, deriveMissing) switch
    {
        (false, _) => "SELECT first_day, last_day, basis FROM (" + Derived("TRUE") + ")",
        (true, false) => "SELECT first_day, last_day, basis FROM ingest_coverage",
        (true, true) => "SELECT first_day, last_day, basis FROM ingest_coverage UNION ALL SELECT first_day, last_day, basis FROM (" + Derived("l.ingest_id NOT IN (SELECT ingest_id FROM ingest_coverage)") + ")",
    };

    /// <summary>The basis of a span that covers months, not days.</summary>
    public const string MonthBasis = "month_year";
}
