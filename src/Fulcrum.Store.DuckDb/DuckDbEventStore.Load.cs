using DuckDB.NET.Data;
using Fulcrum.Events.Reading;
using Fulcrum.Events.Store;
using Fulcrum.Store.DuckDb.Internal;

namespace Fulcrum.Store.DuckDb;

public sealed partial class DuckDbEventStore
{
    /// <summary>
    /// Streams the valid rows into the events table; returns how many, and what the IDs looked like.
    /// The file is read on one thread while DuckDB's threads take full batches through the
    /// <c>fulcrum_ingest_rows()</c> table function and insert them in parallel. If either side fails
    /// the other is stopped, and the caller rolls back.
    /// </summary>
    private (long Loaded, (long, long, bool) Ids) Load(EventFileReader reader, RejectSpool rejects, int ingestId, IProgress<IngestProgress>? progress)
    {
        var slot = _rows ?? throw new InvalidOperationException("the store was opened read-only");
        var source = new RowSource(reader, rejects, progress, ingestId);
        using var cancel = new CancellationTokenSource();
        slot.Source = source;
        var reading = Task.Factory.StartNew(() => source.Run(cancel.Token), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        long loaded;
        try
        {
            loaded = _connection.Execute($"INSERT INTO events SELECT * FROM {IngestRowsFunction.Name}()");
        }
        catch (DuckDBException e)
        {
            cancel.Cancel();
            WaitQuietly(reading);
            if (reading.Exception?.InnerException is Fulcrum.Core.Problems.InputException problem) throw problem;
            // A full disk, or a store DuckDB had to stop: the caller says so. Anything else is a bug.
            if (StoreErrors.Environment(Location, e, "") is not null) throw;
            throw new InvalidOperationException($"DuckDB could not insert the rows the reader accepted: {e.Message}", e);
        }
        finally
        {
            slot.Source = null;
        }
        reading.GetAwaiter().GetResult(); // a problem with the file (InputException) surfaces here
        return (loaded, source.Ids);
    }

    private static void WaitQuietly(Task task)
    {
        try
        {
            task.Wait();
        }
        catch (AggregateException)
        {
            // Cancelled, or failed too: inspected by the caller.
        }
    }
}
