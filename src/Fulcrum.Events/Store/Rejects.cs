namespace Fulcrum.Events.Store;

/// <summary>Which rejected rows to list.</summary>
/// <param name="File">Only this file: its path as ingested, or a path or file name ending it; null for all.</param>
/// <param name="Limit">At most this many rows (default 50).</param>
public sealed record RejectQuery(string? File = null, int Limit = 50);

/// <summary>A page of rejected rows and how many there are in all.</summary>
public sealed record RejectPage(long Total, IReadOnlyList<StoredReject> Rejects);

/// <summary>A rejected row as the store keeps it.</summary>
/// <param name="Column">The 1-based field, or 0 for the whole line.</param>
/// <param name="RawLine">The line as read, cut at 1 KB.</param>
/// <param name="RawBytes">The whole line's length in bytes.</param>
public sealed record StoredReject(
    long IngestId, string Path, long Line, int Column, string ColumnName, string Reason, string RawLine, long RawBytes);
