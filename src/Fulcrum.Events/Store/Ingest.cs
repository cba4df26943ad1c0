namespace Fulcrum.Events.Store;

/// <summary>One file to ingest.</summary>
/// <param name="Path">The file (plain, .gz or one-member .zip).</param>
/// <param name="Format">The format to read it as; null (the default) detects it from the content.</param>
public sealed record IngestRequest(string Path, EventFormat? Format = null);

/// <summary>What became of one file.</summary>
public enum IngestStatus
{
    /// <summary>Read and committed (possibly with rejects and duplicates).</summary>
    Ingested,
    /// <summary>Its checksum is in the ledger: nothing was read.</summary>
    Skipped,
    /// <summary>It could not be read as a whole; nothing of it was stored.</summary>
    Failed,
}

/// <summary>The outcome of ingesting one file. Always <c>Read == Stored + Duplicate + Rejected</c>.</summary>
/// <param name="Path">The path as given.</param>
/// <param name="Format">The format it was read as, when known.</param>
/// <param name="Message">Why it was skipped or failed, or a summary.</param>
/// <param name="IngestId">The ledger entry (this run's, or the earlier one a skipped file matched).</param>
public sealed record FileIngestResult(
    string Path, EventFormat? Format, FileCompression? Compression, long Read, long Stored, long Duplicate, long Rejected,
    IngestStatus Status, string Message, long? IngestId, string? Sha256)
{
    public static FileIngestResult Failed(string path, EventFormat? format, string message) =>
        new(path, format, null, 0, 0, 0, 0, IngestStatus.Failed, message, null, null);
}

/// <summary>Progress through one file.</summary>
/// <param name="BytesRead">Bytes of the file on disk read so far.</param>
/// <param name="TotalBytes">The file's size on disk.</param>
/// <param name="RowsRead">Data rows read so far.</param>
public sealed record IngestProgress(string Path, long BytesRead, long TotalBytes, long RowsRead);

/// <summary>One committed file in the ingest ledger.</summary>
public sealed record LedgerEntry(
    long IngestId, string Path, long SizeBytes, string Sha256, EventFormat Format, FileCompression Compression,
    long Read, long Stored, long Duplicate, long Rejected, DateTimeOffset Started, DateTimeOffset Finished);

/// <summary>How many events a store holds and the event dates they span (null when empty; an event dated only to its month spans the month).</summary>
public sealed record StoreCoverage(long Events, long Files, DateOnly? FirstDate, DateOnly? LastDate)
{
    /// <summary>
    /// The days the ingested files cover, merged and sorted (<see cref="CoveredSpan"/>): a day outside
    /// them is "no data", never a day without events. Empty for an empty store.
    /// </summary>
    public IReadOnlyList<CoveredSpan> Spans { get; init; } = [];

    /// <summary>
    /// The months covered by files whose events are dated only to their month (a file with a header
    /// giving MonthYear and no day), each span whole months, merged and sorted: they count for a
    /// monthly series only; their days are no data. Empty when there are none (and for an engine
    /// that stores no such events).
    /// </summary>
    public IReadOnlyList<CoveredSpan> MonthSpans { get; init; } = [];

    /// <summary>How many events are dated only to their month (event_date NULL, month_year set): counted by month, in no day or week.</summary>
    public long MonthOnlyEvents { get; init; }

    /// <summary>Equal counts, dates and spans (the spans compared in order, not as list references).</summary>
    public bool Equals(StoreCoverage? other) =>
        other is not null && Events == other.Events && Files == other.Files && FirstDate == other.FirstDate && LastDate == other.LastDate
        && Spans.SequenceEqual(other.Spans) && MonthSpans.SequenceEqual(other.MonthSpans) && MonthOnlyEvents == other.MonthOnlyEvents;

    public override int GetHashCode() => HashCode.Combine(Events, Files, FirstDate, LastDate, Spans.Count, MonthSpans.Count, MonthOnlyEvents);
}
