using Fulcrum.Core.Problems;

namespace Fulcrum.Events.Store;

/// <summary>Whether a store is opened to read only (several readers may share it) or to write.</summary>
public enum StoreAccess
{
    ReadOnly,
    Writable,
}

/// <summary>
/// Opens the event store a location names: a file path today (DuckDB), <c>clickhouse://…</c> at
/// scale, by scheme. Each engine implements it; the composition roots (the CLI, the web host)
/// register the engines, and the application layer never names one.
/// </summary>
public interface IEventStoreFactory
{
    /// <summary>Whether there is a store at <paramref name="location"/> to read (a file that exists; a server counts as there).</summary>
    bool Exists(string location);

    /// <summary>The store, or the problems that kept it from opening (no store there, not a store, locked).</summary>
    Task<Checked<IEventStore>> OpenAsync(string location, StoreAccess access, CancellationToken cancellationToken = default);
}
