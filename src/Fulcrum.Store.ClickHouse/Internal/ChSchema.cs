using Fulcrum.Events.Schema;

namespace Fulcrum.Store.ClickHouse.Internal;

/// <summary>
/// The store's tables in a ClickHouse database (docs/clickhouse.md). On every server: the events,
/// in a MergeTree ordered by (actor 1's country, actor 2's country, date), so that a dyad's rows over
/// a span are one short range of the primary key; and <c>event_ids</c>, ordered by (dataset, event
/// ID), which answers the duplicate check from the key. On a cluster each server's events are in
/// <c>events_local</c> and <c>events</c> is a <c>Distributed</c> table over all of them. On the first
/// server only: the ledger, rejects, coverage, journal and the bookkeeping of ingests under way.
/// </summary>
internal static class ChSchema
{
    /// <summary>Bumped when a table changes shape; a store with another version is refused.</summary>
    public const int Version = 1;

    /// <summary>Columns that are never NULL (the key needs plain types).</summary>
    private static readonly HashSet<string> Required = ["dataset", "event_id", "event_date", "source_format", "source_line"];

    public static string TypeOf(EventColumn c)
    {
        var type = c.Kind switch
        {
            ColumnKind.Text => "String",
            ColumnKind.Int8 => "Int8",
            ColumnKind.Int32 => "Int32",
            ColumnKind.Int64 => "Int64",
            ColumnKind.Double => "Float64",
            ColumnKind.Bool => "UInt8",
            ColumnKind.Date => "Date",
            ColumnKind.Timestamp => "DateTime('UTC')",
            _ => throw new ArgumentOutOfRangeException(nameof(c), c.Kind, "unknown column kind"),
        };
        return Required.Contains(c.Name) ? type : $"Nullable({type})";
    }

    /// <summary>The events' columns, then ingest_id.</summary>
    public static string Columns { get; } = string.Join(", ", EventColumns.All.Select(c => $"{c.Name} {TypeOf(c)}")) + ", ingest_id UInt32";

    public static string ColumnNames { get; } = string.Join(", ", EventColumns.All.Select(c => c.Name)) + ", ingest_id";

    /// <summary>The primary key's expressions: a query that wants the key says them the same way (<see cref="Actor1"/>).</summary>
    public const string Actor1 = "ifNull(actor1_country_code, '')";

    public const string Actor2 = "ifNull(actor2_country_code, '')";

    public static string EventsTable(string db, string name) =>
        $"CREATE TABLE IF NOT EXISTS {db}.{name} ({Columns}) ENGINE = MergeTree PARTITION BY toYear(event_date) ORDER BY ({Actor1}, {Actor2}, event_date)";

    public static string EventIds(string db) =>
        $"CREATE TABLE IF NOT EXISTS {db}.event_ids (dataset String, event_id Int64, ingest_id UInt32) ENGINE = MergeTree ORDER BY (dataset, event_id)";

    public static string Distributed(string db, string cluster) =>
        $"CREATE TABLE IF NOT EXISTS {db}.events ({Columns}) ENGINE = Distributed({cluster}, {db}, events_local)";

    public static string Stage(string db, long ingestId) =>
        $"CREATE TABLE IF NOT EXISTS {db}.{StageName(ingestId)} ({Columns}) ENGINE = MergeTree ORDER BY tuple()";

    public static string StageName(long ingestId) => $"stage_{ingestId}";

    /// <summary>The first server's tables.</summary>
    public static IReadOnlyList<string> Metadata(string db) =>
    [
        $"CREATE TABLE IF NOT EXISTS {db}.fulcrum_meta (key String, value String) ENGINE = MergeTree ORDER BY key",
        $"""
        CREATE TABLE IF NOT EXISTS {db}.ingest_ledger (
            ingest_id UInt32, path String, file_name String, size_bytes Int64, sha256 String, format String, compression String,
            rows_read Int64, rows_stored Int64, rows_duplicate Int64, rows_rejected Int64,
            started_us Int64, finished_us Int64, fulcrum_version String) ENGINE = MergeTree ORDER BY ingest_id
        """,
        $"""
        CREATE TABLE IF NOT EXISTS {db}.ingest_rejects (
            ingest_id UInt32, file String, line Int64, column_number Int32, column_name String, reason String, raw_line String, raw_bytes Int64)
            ENGINE = MergeTree ORDER BY (ingest_id, line)
        """,
        $"CREATE TABLE IF NOT EXISTS {db}.ingest_coverage (ingest_id UInt32, first_day Date, last_day Date, basis String) ENGINE = MergeTree ORDER BY ingest_id",
        $"CREATE TABLE IF NOT EXISTS {db}.ingest_started (ingest_id UInt32, path String, started_us Int64) ENGINE = MergeTree ORDER BY ingest_id",
        $"CREATE TABLE IF NOT EXISTS {db}.ingest_abandoned (ingest_id UInt32, abandoned_us Int64) ENGINE = MergeTree ORDER BY ingest_id",
        $"""
        CREATE TABLE IF NOT EXISTS {db}.journal (
            journal_id Int64, kind String, recorded_us Int64, as_of String, case_id String, case_sha256 String, body String,
            previous_hash String, hash String) ENGINE = MergeTree ORDER BY journal_id
        """,
    ];

    public static IReadOnlyList<string> MetadataTables { get; } =
        ["fulcrum_meta", "ingest_ledger", "ingest_rejects", "ingest_coverage", "ingest_started", "ingest_abandoned", "journal"];
}
