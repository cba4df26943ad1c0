using DuckDB.NET.Data;
using DuckDB.NET.Native;
using N = DuckDB.NET.Native.NativeMethods;

namespace Fulcrum.Store.DuckDb.Internal;

/// <summary>
/// DuckDB's appender on the events table, fed whole data chunks (the C API's duckdb_append_data_chunk,
/// through DuckDB.NET's native bindings). It works inside the connection's open transaction, so a
/// rollback removes what it appended.
/// </summary>
internal sealed class EventAppender : IDisposable
{
    private readonly DuckDB.NET.Native.DuckDBAppender _appender;
    private readonly DuckDBLogicalType[] _types;
    private bool _closed;

    public EventAppender(DuckDBConnection connection)
    {
        if (N.Appender.DuckDBAppenderCreate(connection.NativeConnection, null!, "events", out _appender) != DuckDBState.Success)
            throw new InvalidOperationException("DuckDB could not make an appender on the events table");
        var count = (int)N.Appender.DuckDBAppenderColumnCount(_appender);
        _types = new DuckDBLogicalType[count];
        TypeHandles = new IntPtr[count];
        for (var i = 0; i < count; i++)
        {
            _types[i] = N.Appender.DuckDBAppenderColumnType(_appender, (ulong)i);
            TypeHandles[i] = _types[i].DangerousGetHandle();
        }
    }

    /// <summary>The column types, for making chunks that fit the table.</summary>
    public IntPtr[] TypeHandles { get; }

    public void Append(EventChunk chunk)
    {
        N.DataChunks.DuckDBDataChunkSetSize(chunk.Handle, (ulong)chunk.Count);
        if (N.Appender.DuckDBAppendDataChunk(_appender, chunk.Handle) != DuckDBState.Success) Throw();
    }

    /// <summary>Moves what the appender buffers into the table's transaction-local storage.</summary>
    public void Flush()
    {
        if (N.Appender.DuckDBAppenderFlush(_appender) != DuckDBState.Success) Throw();
    }

    /// <summary>Flushes what the appender buffers into the table.</summary>
    public void Close()
    {
        _closed = true;
        if (N.Appender.DuckDBAppenderClose(_appender) != DuckDBState.Success) Throw();
    }

    private void Throw()
    {
        using var error = N.Appender.DuckDBAppenderErrorData(_appender);
        throw new InvalidOperationException($"DuckDB could not append events: {error.Message}");
    }

    public void Dispose()
    {
        if (!_closed) _ = N.Appender.DuckDBAppenderClose(_appender);
        foreach (var t in _types) t.Dispose();
        _appender.Dispose();
    }
}
