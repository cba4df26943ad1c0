using System.Runtime.InteropServices;

namespace Fulcrum.Store.DuckDb.Internal;

/// <summary>
/// The parts of DuckDB's C API for table functions that DuckDB.NET's bindings do not expose
/// (duckdb.h: duckdb_init_set_max_threads, duckdb_data_chunk_* on a raw chunk), and those used
/// with raw handles from callbacks. Bound to the same libduckdb the bindings load.
/// </summary>
internal static unsafe partial class NativeTableFunction
{
    private const string Library = "duckdb";

    [LibraryImport(Library, EntryPoint = "duckdb_create_table_function")]
    public static partial IntPtr Create();

    [LibraryImport(Library, EntryPoint = "duckdb_destroy_table_function")]
    public static partial void Destroy(ref IntPtr function);

    [LibraryImport(Library, EntryPoint = "duckdb_table_function_set_name", StringMarshalling = StringMarshalling.Utf8)]
    public static partial void SetName(IntPtr function, string name);

    [LibraryImport(Library, EntryPoint = "duckdb_table_function_set_extra_info")]
    public static partial void SetExtraInfo(IntPtr function, IntPtr info, IntPtr destroy);

    [LibraryImport(Library, EntryPoint = "duckdb_table_function_set_bind")]
    public static partial void SetBind(IntPtr function, delegate* unmanaged<IntPtr, void> bind);

    [LibraryImport(Library, EntryPoint = "duckdb_table_function_set_init")]
    public static partial void SetInit(IntPtr function, delegate* unmanaged<IntPtr, void> init);

    [LibraryImport(Library, EntryPoint = "duckdb_table_function_set_function")]
    public static partial void SetFunction(IntPtr function, delegate* unmanaged<IntPtr, IntPtr, void> run);

    [LibraryImport(Library, EntryPoint = "duckdb_register_table_function")]
    public static partial int Register(IntPtr connection, IntPtr function);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_add_result_column", StringMarshalling = StringMarshalling.Utf8)]
    public static partial void AddResultColumn(IntPtr bindInfo, string name, IntPtr type);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_set_error", StringMarshalling = StringMarshalling.Utf8)]
    public static partial void SetBindError(IntPtr bindInfo, string error);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_get_extra_info")]
    public static partial IntPtr BindExtraInfo(IntPtr bindInfo);

    [LibraryImport(Library, EntryPoint = "duckdb_init_get_extra_info")]
    public static partial IntPtr InitExtraInfo(IntPtr initInfo);

    [LibraryImport(Library, EntryPoint = "duckdb_init_set_max_threads")]
    public static partial void SetMaxThreads(IntPtr initInfo, ulong threads);

    [LibraryImport(Library, EntryPoint = "duckdb_function_get_extra_info")]
    public static partial IntPtr FunctionExtraInfo(IntPtr functionInfo);

    [LibraryImport(Library, EntryPoint = "duckdb_function_set_error", StringMarshalling = StringMarshalling.Utf8)]
    public static partial void SetError(IntPtr functionInfo, string error);

    [LibraryImport(Library, EntryPoint = "duckdb_data_chunk_get_vector")]
    public static partial IntPtr ChunkVector(IntPtr chunk, ulong column);

    [LibraryImport(Library, EntryPoint = "duckdb_data_chunk_set_size")]
    public static partial void SetChunkSize(IntPtr chunk, ulong size);
}
