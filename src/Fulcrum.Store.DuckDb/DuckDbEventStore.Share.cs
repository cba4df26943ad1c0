using DuckDB.NET.Data;
using Fulcrum.Store.DuckDb.Internal;

namespace Fulcrum.Store.DuckDb;

public sealed partial class DuckDbEventStore
{
    /// <summary>
    /// A store over a connection of its own to the database instance <paramref name="owner"/> keeps
    /// open (DuckDB.NET hands a connection for a data source already open in this process to that
    /// instance; opening one costs a connect, not the file's open and checks). Reading shares never
    /// checkpoint; a writing share uses the owner's ingest function, so writing shares must take
    /// turns (<see cref="HeldDuckDbStores"/> sees to it). <paramref name="released"/> runs when the
    /// share is disposed, after its connection is closed.
    /// </summary>
    internal static DuckDbEventStore Share(DuckDbEventStore owner, string location, bool readOnly, long interruptedRowsRemoved, Action released)
    {
        if (!readOnly && owner._options.ReadOnly) throw new InvalidOperationException("a writable share needs an instance held writable");
        var connection = new DuckDBConnection(owner._connection.ConnectionString);
        try
        {
            connection.Open();
        }
        catch
        {
            connection.Dispose();
            throw;
        }
        return new DuckDbEventStore(location, connection, owner._options with { ReadOnly = readOnly }, owner._time, readOnly ? null : owner._rows, owner._actorCodes, released)
        {
            InterruptedRowsRemoved = interruptedRowsRemoved,
        };
    }

    private DuckDbEventStore(string location, DuckDBConnection connection, DuckDbStoreOptions options, TimeProvider time, IngestRowsFunction.Slot? rows, ActorCodeCache actorCodes, Action released)
    {
        Location = location;
        _connection = connection;
        _options = options;
        _time = time;
        _rows = rows;
        _released = released;
        _actorCodes = actorCodes;
    }
}
