using System.Collections.Concurrent;
using Fulcrum.Events.Reading;
using Fulcrum.Events.Store;

namespace Fulcrum.Store.DuckDb.Internal;

/// <summary>
/// Reads a file to its end on its own thread, filling data chunks with the valid rows and spooling
/// the rejects; full chunks queue for the connection's thread to append. A few chunks circulate,
/// so memory stays flat whatever the file size.
/// </summary>
internal sealed class RowProducer(EventFileReader reader, RejectSpool rejects, IProgress<IngestProgress>? progress, int ingestId)
{
    private const long ReportEvery = 50_000;

    /// <summary>Full chunks, in file order.</summary>
    public BlockingCollection<EventChunk> Full { get; } = new(boundedCapacity: 4);

    /// <summary>Chunks appended and ready to be filled again.</summary>
    public BlockingCollection<EventChunk> Empty { get; } = new();

    /// <summary>The smallest and largest event ID read, and whether IDs only ever rose (then the file repeats none).</summary>
    public (long Min, long Max, bool Rising) Ids { get; private set; } = (long.MaxValue, long.MinValue, true);

    public void Run(CancellationToken cancel)
    {
        try
        {
            var row = new CanonicalRow();
            var chunk = Empty.Take(cancel);
            var nextReport = ReportEvery;
            while (true)
            {
                var result = reader.Read(row, out var reject);
                if (result == ReadResult.End) break;
                if (result == ReadResult.Rejected)
                {
                    rejects.Add(reject!);
                    continue;
                }
                chunk.Add(row, ingestId);
                var id = row.AsInt64(Fulcrum.Events.Schema.EventColumns.EventId)!.Value;
                Ids = (Math.Min(Ids.Min, id), Math.Max(Ids.Max, id), Ids.Rising && id > Ids.Max);
                if (chunk.IsFull)
                {
                    Full.Add(chunk, cancel);
                    chunk = Empty.Take(cancel);
                    chunk.Reset();
                }
                if (reader.RowsRead >= nextReport)
                {
                    nextReport += ReportEvery;
                    progress?.Report(new IngestProgress(reader.Path, reader.BytesConsumed, reader.FileBytes, reader.RowsRead));
                }
            }
            if (chunk.Count > 0) Full.Add(chunk, cancel);
            progress?.Report(new IngestProgress(reader.Path, reader.FileBytes, reader.FileBytes, reader.RowsRead));
        }
        finally
        {
            Full.CompleteAdding();
        }
    }
}
