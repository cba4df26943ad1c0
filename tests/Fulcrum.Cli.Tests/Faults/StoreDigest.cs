using DuckDB.NET.Data;

namespace Fulcrum.Cli.Tests.Faults;

/// <summary>
/// What a store holds, row for row, read with DuckDB directly (not through the store, which would
/// clean up first): every event in (dataset, event ID, file, line) order with all its columns and
/// the file it came from; every reject; the ledger without its clock times and IDs. Two stores
/// with equal digests hold the same rows; ingest IDs may differ, each row's file may not.
/// </summary>
public sealed record StoreDigest(long Events, long EventsWithoutLedgerRow, string EventRows, long Rejects, string RejectRows, string Ledger)
{
    public static StoreDigest Of(string db)
    {
        using var connection = new DuckDBConnection($"Data Source={db};ACCESS_MODE=READ_ONLY;autoload_known_extensions=false;autoinstall_known_extensions=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText =
            """
            SELECT
                (SELECT count(*) FROM events),
                (SELECT count(*) FROM events WHERE ingest_id NOT IN (SELECT ingest_id FROM ingest_ledger)),
                (SELECT md5(COALESCE(string_agg(md5(CAST(x AS VARCHAR)), '' ORDER BY x.dataset, x.event_id, x.file_name, x.source_line), ''))
                 FROM (SELECT e.* EXCLUDE (ingest_id), l.file_name FROM events e JOIN ingest_ledger l USING (ingest_id)) x),
                (SELECT count(*) FROM ingest_rejects),
                (SELECT md5(COALESCE(string_agg(md5(CAST(r AS VARCHAR)), '' ORDER BY r.file, r.line), ''))
                 FROM (SELECT * EXCLUDE (ingest_id) FROM ingest_rejects) r),
                (SELECT COALESCE(string_agg(concat_ws(',', file_name, size_bytes, sha256, format, compression,
                    rows_read, rows_stored, rows_duplicate, rows_rejected), '; ' ORDER BY file_name), '') FROM ingest_ledger)
            """;
        using var r = command.ExecuteReader();
        r.Read();
        return new StoreDigest(r.GetInt64(0), r.GetInt64(1), r.GetString(2), r.GetInt64(3), r.GetString(4), r.GetString(5));
    }
}
