namespace Fulcrum.Events.Schema;

/// <summary>
/// The type of an events-table column, independent of the engine. Each store maps it to its own
/// type (DuckDB: VARCHAR, TINYINT, INTEGER, BIGINT, DOUBLE, BOOLEAN, DATE, TIMESTAMP).
/// </summary>
public enum ColumnKind
{
    /// <summary>UTF-8 text; codes stay text (<c>"010"</c> is not <c>"10"</c>).</summary>
    Text,
    /// <summary>A small integer: QuadClass, geographic match types.</summary>
    Int8,
    Int32,
    Int64,
    Double,
    Bool,
    /// <summary>A calendar date (canonical text <c>YYYY-MM-DD</c>).</summary>
    Date,
    /// <summary>A UTC date and time to the second (canonical text <c>YYYY-MM-DD HH:MM:SS</c>).</summary>
    Timestamp,
}
