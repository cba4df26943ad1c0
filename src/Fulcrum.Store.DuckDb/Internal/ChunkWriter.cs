using Fulcrum.Events.Reading;
using Fulcrum.Events.Schema;
using N = DuckDB.NET.Native.NativeMethods;

namespace Fulcrum.Store.DuckDb.Internal;

/// <summary>
/// Writes canonical rows straight into the column vectors of a DuckDB data chunk (the events
/// table's columns, then ingest_id): no SQL, no text for DuckDB to parse again. One writer per
/// thread; DuckDB hands each thread its own chunk.
/// </summary>
internal sealed unsafe class ChunkWriter
{
    public static readonly int Capacity = (int)N.Helpers.DuckDBVectorSize();

    /// <summary>The column kinds in table order: the canonical columns, then ingest_id.</summary>
    public static readonly ColumnKind[] Kinds = [.. EventColumns.All.Select(c => c.Kind), ColumnKind.Int32];

    private static readonly DateOnly Epoch = new(1970, 1, 1);
    private static readonly long EpochTicks = Epoch.ToDateTime(TimeOnly.MinValue).Ticks;

    private readonly IntPtr[] _vectors = new IntPtr[Kinds.Length];
    private readonly IntPtr[] _data = new IntPtr[Kinds.Length];
    private readonly IntPtr[] _validity = new IntPtr[Kinds.Length];

    /// <summary>Points the writer at a chunk's vectors.</summary>
    public void Target(IntPtr chunk)
    {
        for (var c = 0; c < Kinds.Length; c++)
        {
            var vector = NativeTableFunction.ChunkVector(chunk, (ulong)c);
            N.Vectors.DuckDBVectorEnsureValidityWritable(vector);
            _vectors[c] = vector;
            _data[c] = (IntPtr)N.Vectors.DuckDBVectorGetData(vector);
            _validity[c] = (IntPtr)N.Vectors.DuckDBVectorGetValidity(vector);
        }
    }

    /// <summary>Writes <paramref name="row"/> as row <paramref name="r"/> of the chunk.</summary>
    public void Write(int r, CanonicalRow row, int ingestId)
    {
        for (var c = 0; c < EventColumns.Count; c++)
        {
            if (row.IsNull(c))
            {
                ((ulong*)_validity[c])[r >> 6] &= ~(1UL << (r & 63));
                continue;
            }
            var data = _data[c];
            switch (Kinds[c])
            {
                case ColumnKind.Text: WriteText(c, r, row[c]); break;
                case ColumnKind.Int8: ((sbyte*)data)[r] = (sbyte)row.AsInt32(c)!.Value; break;
                case ColumnKind.Int32: ((int*)data)[r] = row.AsInt32(c)!.Value; break;
                case ColumnKind.Int64: ((long*)data)[r] = row.AsInt64(c)!.Value; break;
                case ColumnKind.Double: ((double*)data)[r] = row.AsDouble(c)!.Value; break;
                case ColumnKind.Bool: ((byte*)data)[r] = row.AsBool(c)!.Value ? (byte)1 : (byte)0; break;
                // DuckDB DATE: days since 1970-01-01; TIMESTAMP: microseconds since then.
                case ColumnKind.Date: ((int*)data)[r] = row.AsDate(c)!.Value.DayNumber - Epoch.DayNumber; break;
                case ColumnKind.Timestamp: ((long*)data)[r] = (row.AsTimestamp(c)!.Value.Ticks - EpochTicks) / 10; break;
                default: throw new InvalidOperationException($"no writer for {Kinds[c]}");
            }
        }
        ((int*)_data[EventColumns.Count])[r] = ingestId;
    }

    /// <summary>
    /// A string of up to 12 bytes is written inline, as duckdb.h's duckdb_string_t lays it out (a
    /// uint32 length, then the bytes, zero-padded to 16), which needs no call into DuckDB; most event
    /// fields are short codes. Longer strings are copied into the vector by DuckDB. (The text was
    /// validated as UTF-8 by the reader, hence the unchecked assign.)
    /// </summary>
    private void WriteText(int column, int r, ReadOnlySpan<byte> text)
    {
        if (text.Length <= 12)
        {
            var slot = (byte*)_data[column] + (r * 16);
            *(ulong*)slot = 0;
            *(ulong*)(slot + 8) = 0;
            *(uint*)slot = (uint)text.Length;
            text.CopyTo(new Span<byte>(slot + 4, 12));
            return;
        }
        fixed (byte* p = text) N.Vectors.DuckDBUnsafeVectorAssignStringElementLength(_vectors[column], (ulong)r, p, text.Length);
    }
}
