using System.Runtime.InteropServices;
using DuckDB.NET.Data;
using DuckDB.NET.Native;
using Fulcrum.Events.Schema;
using N = DuckDB.NET.Native.NativeMethods;

namespace Fulcrum.Store.DuckDb.Internal;

/// <summary>
/// The table function <c>fulcrum_ingest_rows()</c> through which an ingest's rows enter DuckDB:
/// <c>INSERT INTO events SELECT * FROM fulcrum_ingest_rows()</c>. DuckDB calls it from several of
/// its threads at once, each filling its own chunk from the next batch the reader has ready, so
/// DuckDB's insert (compression, writing row groups) runs in parallel, as with its own read_csv.
/// Registered on the store's connection; an ingest sets the <see cref="Slot"/>'s source while it runs.
/// </summary>
internal static unsafe class IngestRowsFunction
{
    public const string Name = "fulcrum_ingest_rows";

    /// <summary>The source of the load in progress on one connection.</summary>
    public sealed class Slot
    {
        public volatile RowSource? Source;
    }

    [ThreadStatic]
    private static ChunkWriter? t_writer;

    /// <summary>Registers the function on a connection; free the handle when the connection closes.</summary>
    public static (Slot Slot, GCHandle Handle) Register(DuckDBConnection connection)
    {
        var slot = new Slot();
        var handle = GCHandle.Alloc(slot);
        var function = NativeTableFunction.Create();
        try
        {
            NativeTableFunction.SetName(function, Name);
            NativeTableFunction.SetExtraInfo(function, GCHandle.ToIntPtr(handle), IntPtr.Zero);
            NativeTableFunction.SetBind(function, &Bind);
            NativeTableFunction.SetInit(function, &Init);
            NativeTableFunction.SetFunction(function, &Run);
            if (NativeTableFunction.Register(connection.NativeConnection.DangerousGetHandle(), function) != 0)
                throw new InvalidOperationException($"DuckDB did not register the table function {Name}");
        }
        catch
        {
            handle.Free();
            throw;
        }
        finally
        {
            NativeTableFunction.Destroy(ref function);
        }
        return (slot, handle);
    }

    [UnmanagedCallersOnly]
    private static void Bind(IntPtr info)
    {
        try
        {
            foreach (var (name, kind) in EventColumns.All.Select(c => (c.Name, c.Kind)).Append(("ingest_id", ColumnKind.Int32)))
            {
                using var type = N.LogicalType.DuckDBCreateLogicalType(TypeOf(kind));
                NativeTableFunction.AddResultColumn(info, name, type.DangerousGetHandle());
            }
        }
#pragma warning disable CA1031 // nothing may cross back into native code: the error goes to DuckDB
        catch (Exception e)
        {
            NativeTableFunction.SetBindError(info, e.Message);
        }
    }

    /// <summary>
    /// At most two inserting threads: each holds a row group (122,880 rows) in memory until it is
    /// written, so more threads would break the ingest's memory bound (bench/Fulcrum.Benchmarks/README.md).
    /// </summary>
    public const int MaxThreads = 2;

    [UnmanagedCallersOnly]
    private static void Init(IntPtr info) => NativeTableFunction.SetMaxThreads(info, (ulong)Math.Clamp(Environment.ProcessorCount, 1, MaxThreads));

    [UnmanagedCallersOnly]
    private static void Run(IntPtr info, IntPtr output)
    {
        try
        {
            var slot = (Slot)GCHandle.FromIntPtr(NativeTableFunction.FunctionExtraInfo(info)).Target!;
            var source = slot.Source ?? throw new InvalidOperationException($"{Name}() is read only by fulcrum ingest");
            var batch = source.Next();
            if (batch is null)
            {
                NativeTableFunction.SetChunkSize(output, 0);
                return;
            }
            var writer = t_writer ??= new ChunkWriter();
            writer.Target(output);
            for (var r = 0; r < batch.Count; r++) writer.Write(r, batch.Rows[r], source.IngestId);
            NativeTableFunction.SetChunkSize(output, (ulong)batch.Count);
            source.Recycle(batch);
        }
        catch (Exception e)
        {
            NativeTableFunction.SetError(info, e.Message);
        }
#pragma warning restore CA1031
    }

    private static DuckDBType TypeOf(ColumnKind kind) => kind switch
    {
        ColumnKind.Text => DuckDBType.Varchar,
        ColumnKind.Int8 => DuckDBType.TinyInt,
        ColumnKind.Int32 => DuckDBType.Integer,
        ColumnKind.Int64 => DuckDBType.BigInt,
        ColumnKind.Double => DuckDBType.Double,
        ColumnKind.Bool => DuckDBType.Boolean,
        ColumnKind.Date => DuckDBType.Date,
        ColumnKind.Timestamp => DuckDBType.Timestamp,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown column kind"),
    };
}
