using Fulcrum.Events.Reading;

namespace Fulcrum.Store.DuckDb.Internal;

/// <summary>A chunk's worth of canonical rows (2,048), filled by the reader, emptied into DuckDB, reused.</summary>
internal sealed class RowBatch
{
    public CanonicalRow[] Rows { get; } = [.. Enumerable.Range(0, ChunkWriter.Capacity).Select(_ => new CanonicalRow())];

    public int Count { get; set; }

    public bool IsFull => Count == Rows.Length;
}
