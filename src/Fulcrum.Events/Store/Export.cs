using Fulcrum.Core.Problems;
namespace Fulcrum.Events.Store;

/// <summary>The file formats <c>fulcrum export</c> writes.</summary>
public enum ExportFormat
{
    /// <summary>
    /// Comma-separated with a header row, quoted where needed (RFC 4180): R's read.csv, pandas. A text
    /// value beginning with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a CR gets a single quote
    /// before it, so no spreadsheet runs it as a formula (OWASP's CSV-injection advice).
    /// </summary>
    Csv,
    /// <summary>Apache Parquet, typed columns: R's arrow, pandas/pyarrow, DuckDB, Spark.</summary>
    Parquet,
}

/// <summary>What to export.</summary>
/// <param name="OutPath">The file to write (replaced if it exists).</param>
/// <param name="From">First event date, inclusive; null for no bound.</param>
/// <param name="To">Last event date, inclusive; null for no bound.</param>
/// <param name="Actors">CAMEO country codes: only events in which one of them is actor 1 or actor 2; empty for all.</param>
public sealed record ExportRequest(ExportFormat Format, string OutPath, DateOnly? From = null, DateOnly? To = null, IReadOnlyList<string>? Actors = null);

/// <summary>What was written.</summary>
public sealed record ExportResult(string Path, ExportFormat Format, long Rows)
{
    /// <summary>An actor code asked for that is a typo (no CAMEO code, in no event) or a spelling the store does not use.</summary>
    public IReadOnlyList<Problem> Warnings { get; init; } = [];
}
