using Fulcrum.Events.Schema;

namespace Fulcrum.Store.DuckDb.Internal;

/// <summary>
/// The store's tables: plain DuckDB tables with the documented names and types (docs/events.md), so
/// analysts can open the file from R or Python and query it directly.
/// </summary>
internal static class StoreSchema
{
    /// <summary>Bumped when a table changes shape; a store with another version is refused, not guessed at.</summary>
    public const int Version = 1;

    public static string TypeOf(ColumnKind kind) => kind switch
    {
        ColumnKind.Text => "VARCHAR",
        ColumnKind.Int8 => "TINYINT",
        ColumnKind.Int32 => "INTEGER",
        ColumnKind.Int64 => "BIGINT",
        ColumnKind.Double => "DOUBLE",
        ColumnKind.Bool => "BOOLEAN",
        ColumnKind.Date => "DATE",
        ColumnKind.Timestamp => "TIMESTAMP",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown column kind"),
    };

    /// <summary>The canonical columns as read_csv's <c>columns</c> struct: <c>{'dataset': 'VARCHAR', …}</c>.</summary>
    public static string CsvColumns { get; } =
        "{" + string.Join(", ", EventColumns.All.Select(c => $"'{c.Name}': '{TypeOf(c.Kind)}'")) + "}";

    public static IReadOnlyList<string> CreateStatements { get; } =
    [
        "CREATE TABLE IF NOT EXISTS fulcrum_meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)",
        "CREATE TABLE IF NOT EXISTS events (" +
            string.Join(", ", EventColumns.All.Select(c => $"{c.Name} {TypeOf(c.Kind)}")) + ", ingest_id INTEGER NOT NULL)",
        """
        CREATE TABLE IF NOT EXISTS ingest_ledger (
            ingest_id INTEGER PRIMARY KEY, path VARCHAR NOT NULL, file_name VARCHAR NOT NULL, size_bytes BIGINT NOT NULL,
            sha256 VARCHAR NOT NULL UNIQUE, format VARCHAR NOT NULL, compression VARCHAR NOT NULL,
            rows_read BIGINT NOT NULL, rows_stored BIGINT NOT NULL, rows_duplicate BIGINT NOT NULL, rows_rejected BIGINT NOT NULL,
            started TIMESTAMP NOT NULL, finished TIMESTAMP NOT NULL, fulcrum_version VARCHAR NOT NULL)
        """,
        """
        CREATE TABLE IF NOT EXISTS ingest_rejects (
            ingest_id INTEGER NOT NULL, file VARCHAR NOT NULL, line BIGINT NOT NULL, column_number INTEGER NOT NULL,
            column_name VARCHAR NOT NULL, reason VARCHAR NOT NULL, raw_line VARCHAR NOT NULL, raw_bytes BIGINT NOT NULL)
        """,
        "CREATE TABLE IF NOT EXISTS cameo_event_codes (code VARCHAR PRIMARY KEY, description VARCHAR, goldstein DOUBLE, root_code VARCHAR, quad_class TINYINT, plover_category VARCHAR, plover_mode VARCHAR, plover_context VARCHAR)",
        "CREATE TABLE IF NOT EXISTS cameo_actor_types (code VARCHAR PRIMARY KEY, label VARCHAR)",
        "CREATE TABLE IF NOT EXISTS cameo_known_groups (code VARCHAR PRIMARY KEY, label VARCHAR)",
        "CREATE TABLE IF NOT EXISTS cameo_countries (code VARCHAR PRIMARY KEY, label VARCHAR)",
    ];
}
