using System.Globalization;
using Fulcrum.Events;
using Fulcrum.Events.Store;
using Fulcrum.Store.DuckDb.Internal;

namespace Fulcrum.Store.DuckDb;

public sealed partial class DuckDbEventStore
{
    private const string LedgerColumns =
        "ingest_id, path, size_bytes, sha256, format, compression, rows_read, rows_stored, rows_duplicate, rows_rejected, started, finished";

    /// <inheritdoc />
    public IReadOnlyList<LedgerEntry> Ledger() => ReadLedger($"SELECT {LedgerColumns} FROM ingest_ledger ORDER BY ingest_id");

    private bool LedgerHasSize(long size) => _connection.Scalar<long>("SELECT count(*) FROM ingest_ledger WHERE size_bytes = $s", ("s", size)) > 0;

    private LedgerEntry? FindByChecksum(string sha256) =>
        ReadLedger($"SELECT {LedgerColumns} FROM ingest_ledger WHERE sha256 = $h", ("h", sha256)).FirstOrDefault();

    private List<LedgerEntry> ReadLedger(string sql, params (string, object?)[] parameters)
    {
        using var command = _connection.Command(sql, parameters);
        using var r = command.ExecuteReader();
        var entries = new List<LedgerEntry>();
        while (r.Read())
            entries.Add(new LedgerEntry(
                r.GetInt32(0), r.GetString(1), r.GetInt64(2), r.GetString(3),
                EventFormats.Parse(r.GetString(4)) ?? throw new InvalidOperationException($"unknown format {r.GetString(4)} in the ledger"),
                Compression(r.GetString(5)), r.GetInt64(6), r.GetInt64(7), r.GetInt64(8), r.GetInt64(9),
                Utc(r.GetDateTime(10)), Utc(r.GetDateTime(11))));
        return entries;
    }

    private static FileCompression Compression(string name) => name switch
    {
        "gzip" => FileCompression.Gzip,
        "zip" => FileCompression.Zip,
        _ => FileCompression.None,
    };

    private static DateTimeOffset Utc(DateTime t) => new(DateTime.SpecifyKind(t, DateTimeKind.Utc));

    private void WriteLedger(FileIngestResult r, long size, DateTimeOffset started)
    {
        var full = Path.GetFullPath(r.Path);
        _connection.Execute(
            "INSERT INTO ingest_ledger VALUES ($id, $path, $name, $size, $sha, $format, $compression, $read, $stored, $dup, $rej, $started, $finished, $version)",
            ("id", (int)r.IngestId!.Value), ("path", full), ("name", Path.GetFileName(full)), ("size", size), ("sha", r.Sha256),
            ("format", r.Format!.Value.Name()), ("compression", r.Compression!.Value.Name()),
            ("read", r.Read), ("stored", r.Stored), ("dup", r.Duplicate), ("rej", r.Rejected),
            ("started", started.UtcDateTime), ("finished", _time.GetUtcNow().UtcDateTime), ("version", FulcrumVersion));
    }

    /// <summary>
    /// Whether the rows just loaded can hold a duplicate: IDs that did not only rise (a repeat inside
    /// the file), or a stored event of the dataset inside their ID range. GDELT files are sorted by ID
    /// and follow each other, so the usual answer is no, found from the table's min/max zone maps.
    /// </summary>
    private bool MayHaveDuplicates(string dataset, int ingestId, (long Min, long Max, bool Rising) ids) =>
        ids.Min <= ids.Max && (!ids.Rising || _connection.Scalar<long>(
            "SELECT count(*) FROM events WHERE dataset = $d AND ingest_id <> $id AND event_id BETWEEN $min AND $max",
            ("d", dataset), ("id", ingestId), ("min", ids.Min), ("max", ids.Max)) > 0);

    /// <summary>
    /// Removes this ingest's rows whose event ID is already stored, or repeats an earlier line of the
    /// same file (the first occurrence is kept); returns how many. The ID range is cut into chunks
    /// of about <see cref="DuckDbStoreOptions.DedupChunkRows"/> stored and new rows (approximate quantiles, one
    /// streaming pass), each checked by one window over its rows, so a re-ingest of millions of
    /// stored events needs no more memory than one chunk (measured: bench/README.md).
    /// </summary>
    private long DeleteDuplicates(string dataset, int ingestId, (long Min, long Max, bool Rising) ids)
    {
        CrashPoints.Pass(CrashPoints.DedupBefore);
        var range = new (string, object?)[] { ("d", dataset), ("min", ids.Min), ("max", ids.Max) };
        var rows = _connection.Scalar<long>("SELECT count(*) FROM events WHERE dataset = $d AND event_id BETWEEN $min AND $max", range);
        var bounds = new List<long>();
        var chunks = (rows + _options.DedupChunkRows - 1) / _options.DedupChunkRows;
        if (chunks > 1)
        {
            var quantiles = string.Join(", ", Enumerable.Range(1, (int)chunks - 1).Select(i => ((double)i / chunks).ToString("R", CultureInfo.InvariantCulture)));
            using var command = _connection.Command(
                $"SELECT unnest(approx_quantile(event_id, [{quantiles}])) FROM events WHERE dataset = $d AND event_id BETWEEN $min AND $max", range);
            using var r = command.ExecuteReader();
            while (r.Read()) bounds.Add(r.GetInt64(0));
        }
        bounds.Add(ids.Max);
        var deleted = 0L;
        var from = ids.Min;
        foreach (var to in bounds.Where(b => b >= ids.Min && b <= ids.Max).Distinct().Order())
        {
            if (to < from) continue;
            deleted += _connection.Execute(
                """
                DELETE FROM events WHERE rowid IN (
                    SELECT rowid FROM (
                        SELECT rowid, ingest_id,
                            -- Stored rows first, then this file's in line order: all but the first are duplicates.
                            row_number() OVER (PARTITION BY event_id ORDER BY ingest_id = $id, source_line, rowid) AS occurrence
                        FROM events WHERE dataset = $d AND event_id BETWEEN $from AND $to)
                    WHERE ingest_id = $id AND occurrence > 1)
                """, ("id", ingestId), ("d", dataset), ("from", from), ("to", to));
            if (to == ids.Max) break;
            from = to + 1;
        }
        return deleted;
    }

    private void WriteRejects(int ingestId, string file, RejectSpool spool)
    {
        using var appender = _connection.CreateAppender("ingest_rejects");
        foreach (var r in spool.ReadAll())
            appender.CreateRow().AppendValue(ingestId).AppendValue(file).AppendValue(r.Line).AppendValue(r.Column)
                .AppendValue(r.ColumnName).AppendValue(r.Reason).AppendValue(r.Raw).AppendValue(r.RawBytes).EndRow();
    }
}
