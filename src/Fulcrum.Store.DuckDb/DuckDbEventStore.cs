using DuckDB.NET.Data;
using Fulcrum.Core.Problems;
using Fulcrum.Store.DuckDb.Internal;

namespace Fulcrum.Store.DuckDb;

/// <summary>
/// The event store in one DuckDB file: the <c>events</c> table, the <c>ingest_ledger</c>, the
/// <c>ingest_rejects</c>, and the CAMEO reference tables, all plain tables with the names and types
/// documented in docs/events.md. One process may write the file at a time; read-only opens can share it.
/// </summary>
public sealed partial class DuckDbEventStore
{
    private readonly DuckDBConnection _connection;
    private readonly DuckDbStoreOptions _options;
    private readonly TimeProvider _time;
    private readonly IngestRowsFunction.Slot? _rows;
    private System.Runtime.InteropServices.GCHandle _rowsHandle;
    private readonly Action? _released;
    private readonly ActorCodeCache _actorCodes = new();
    private bool _disposed;

    private DuckDbEventStore(string path, DuckDBConnection connection, DuckDbStoreOptions options, TimeProvider time)
    {
        Location = path;
        _connection = connection;
        _options = options;
        _time = time;
        if (!options.ReadOnly) (_rows, _rowsHandle) = IngestRowsFunction.Register(connection);
    }

    public string Location { get; }

    /// <summary>
    /// Opens the store at <paramref name="path"/>, creating it (and its tables) when it does not exist
    /// unless <see cref="DuckDbStoreOptions.ReadOnly"/>. Problems: no store there (read-only), a folder
    /// that does not exist, a file another process holds, a file that is not a Fulcrum store.
    /// </summary>
    public static Checked<DuckDbEventStore> Open(string path, DuckDbStoreOptions? options = null, TimeProvider? time = null)
    {
        options ??= DuckDbStoreOptions.Default;
        if (options.ReadOnly && !File.Exists(path))
            return Fail(path, "no event store here", "ingest files first (fulcrum ingest FILE…), or give the store's path");
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null && !Directory.Exists(folder))
            return Fail(path, $"the folder {folder} does not exist", "create it, or give another path for the store");
        if (StoreFile.NotDuckDb(path) is { } foreign) return Checked<DuckDbEventStore>.Failure([foreign]);
        var connection = new DuckDBConnection(ConnectionString(path, options));
        long removed = 0;
        try
        {
            connection.Open();
            connection.Execute($"SET memory_limit = {Sql.Literal(options.MemoryLimit)}");
            // Where DuckDB spills what does not fit its memory limit (sorts, joins, the duplicate check).
            connection.Execute($"SET temp_directory = {Sql.Literal(SpillFolder(path, options))}");
            // Rows carry their file and line; not keeping their physical order lets DuckDB insert in
            // parallel. Every query whose order matters says ORDER BY.
            connection.Execute("SET preserve_insertion_order = false");
            var problem = options.ReadOnly ? CheckSchema(path, connection) ?? Interrupted.Check(path, connection)
                : options.ExistingStoreOnly ? CheckSchema(path, connection) ?? CreateSchema(path, connection)
                : CreateSchema(path, connection);
            if (problem is not null)
            {
                connection.Dispose();
                return Checked<DuckDbEventStore>.Failure([problem]);
            }
            if (!options.ReadOnly) removed = Interrupted.Remove(connection);
        }
        catch (DuckDBException e) when (StoreErrors.Environment(path, e, "opening the store") is { } failure)
        {
            connection.Dispose();
            throw failure;
        }
        catch (DuckDBException e) when (StoreErrors.Describe(path, e) is { } problem)
        {
            connection.Dispose();
            return Checked<DuckDbEventStore>.Failure([problem]);
        }
        return Checked<DuckDbEventStore>.Success(new DuckDbEventStore(path, connection, options, time ?? TimeProvider.System) { InterruptedRowsRemoved = removed });
    }

    /// <summary>
    /// The connection's settings. DuckDB loads, and by default downloads, an extension for a file it
    /// does not know (a SQLite file, say) or a function outside its core: the store uses none, and
    /// no command of Fulcrum may reach the network, so both are off on every connection.
    /// </summary>
    private static string ConnectionString(string path, DuckDbStoreOptions options)
    {
        var builder = new DuckDBConnectionStringBuilder { DataSource = path };
        if (options.ReadOnly) builder["ACCESS_MODE"] = "READ_ONLY";
        builder["autoinstall_known_extensions"] = "false";
        builder["autoload_known_extensions"] = "false";
        builder["allow_community_extensions"] = "false";
        return builder.ConnectionString;
    }

    /// <summary>DuckDB's spill folder: the one the options name, else DuckDB's default beside the store (<c>store.duckdb.tmp</c>).</summary>
    private static string SpillFolder(string path, DuckDbStoreOptions options) =>
        options.TempDirectory is { } folder ? Path.Combine(folder, $"{Path.GetFileName(path)}.tmp") : Path.GetFullPath(path) + ".tmp";

    /// <summary>
    /// Rows of an ingest that was killed inside its commit, removed when the store was opened for
    /// writing (0 almost always). DuckDB 1.5 can replay a killed transaction's bulk-written rows
    /// without the rest of it (docs/events.md, "What ingest guarantees"); they have no ledger entry.
    /// </summary>
    public long InterruptedRowsRemoved { get; private init; }

    private static Problem? CreateSchema(string path, DuckDBConnection connection)
    {
        using var transaction = connection.BeginTransaction();
        foreach (var statement in StoreSchema.CreateStatements.Concat(JournalSchema.CreateStatements)) connection.Execute(statement);
        CoverageTable.Migrate(connection);
        var version = connection.Scalar<string>("SELECT value FROM fulcrum_meta WHERE key = 'schema_version'");
        if (version is null)
        {
            connection.Execute("INSERT INTO fulcrum_meta VALUES ('schema_version', $v), ('created_by', $by)",
                ("v", StoreSchema.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("by", "Fulcrum " + FulcrumVersion));
            ReferenceTables.Write(connection);
        }
        else if (version != StoreSchema.Version.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            transaction.Rollback();
            return VersionProblem(path, version);
        }
        transaction.Commit();
        return null;
    }

    private static Problem? CheckSchema(string path, DuckDBConnection connection)
    {
        var tables = connection.Scalar<long>("SELECT count(*) FROM duckdb_tables() WHERE table_name IN ('fulcrum_meta', 'events', 'ingest_ledger', 'ingest_rejects')");
        if (tables < 4) return new Problem(path, 0, 0, "a DuckDB file, but not a Fulcrum event store (no events and ingest_ledger tables)", "give the path of a store made by fulcrum ingest");
        var version = connection.Scalar<string>("SELECT value FROM fulcrum_meta WHERE key = 'schema_version'");
        return version == StoreSchema.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) ? null : VersionProblem(path, version);
    }

    private static Problem VersionProblem(string path, string? version) =>
        new(path, 0, 0, $"the store's schema version is {version ?? "missing"}; this Fulcrum reads version {StoreSchema.Version}", "use the Fulcrum that made the store, or ingest into a new one");

    private static Checked<DuckDbEventStore> Fail(string path, string message, string hint) =>
        Checked<DuckDbEventStore>.Failure([new Problem(path, 0, 0, message, hint)]);

    internal static string FulcrumVersion { get; } =
        typeof(DuckDbEventStore).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    /// <summary>The connection, for tests that check the tables directly.</summary>
    internal DuckDBConnection Connection => _connection;

    /// <summary>
    /// Closes the store; a store open for writing is checkpointed first (its log folded into the
    /// file). A share (<see cref="HeldDuckDbStores"/>) closes only its own connection: the instance
    /// stays open for the others.
    /// </summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        try
        {
            if (!_options.ReadOnly) CheckpointQuietly();
            _connection.Dispose();
            if (_rowsHandle.IsAllocated) _rowsHandle.Free();
        }
        finally
        {
            _released?.Invoke();
        }
    }
}
