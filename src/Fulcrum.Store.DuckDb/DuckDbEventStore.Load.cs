using Fulcrum.Events.Reading;
using Fulcrum.Events.Store;
using Fulcrum.Store.DuckDb.Internal;

namespace Fulcrum.Store.DuckDb;

public sealed partial class DuckDbEventStore
{
    /// <summary>
    /// Streams the valid rows into the events table; returns how many. The file is read and the
    /// chunks filled on one thread while this one appends full chunks to DuckDB, so reading and
    /// loading overlap. If either side fails the other is stopped, and the caller rolls back.
    /// </summary>
    private (long Loaded, (long, long, bool) Ids) Load(EventFileReader reader, RejectSpool rejects, int ingestId, IProgress<IngestProgress>? progress)
    {
        using var appender = new EventAppender(_connection);
        var producer = new RowProducer(reader, rejects, progress, ingestId);
        var chunks = Enumerable.Range(0, 8).Select(_ => new EventChunk(appender.TypeHandles)).ToList();
        foreach (var chunk in chunks) producer.Empty.Add(chunk);
        using var cancel = new CancellationTokenSource();
        var reading = Task.Factory.StartNew(() => producer.Run(cancel.Token), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            long loaded = 0;
            try
            {
                var appended = 0;
                foreach (var chunk in producer.Full.GetConsumingEnumerable())
                {
                    appender.Append(chunk);
                    if (++appended % FlushEvery == 0) appender.Flush();
                    loaded += chunk.Count;
                    producer.Empty.Add(chunk);
                }
                appender.Close();
            }
            catch
            {
                cancel.Cancel();
                throw;
            }
            finally
            {
                WaitQuietly(reading);
            }
            reading.GetAwaiter().GetResult(); // a problem with the file (InputException) surfaces here
            return (loaded, producer.Ids);
        }
        finally
        {
            chunks.ForEach(c => c.Dispose());
        }
    }

    /// <summary>
    /// Chunks between appender flushes (61,440 rows): the appender buffers what it is given until a
    /// flush, so flushing often keeps an ingest's memory flat (measured: bench/README.md).
    /// </summary>
    private const int FlushEvery = 30;

    private static void WaitQuietly(Task task)
    {
        try
        {
            task.Wait();
        }
        catch (AggregateException)
        {
            // Cancelled, or failed too: the first failure is the one being reported.
        }
    }
}
