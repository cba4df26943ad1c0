using System.Collections.Concurrent;
using Fulcrum.Events.Reading;
using Fulcrum.Events.Schema;
using Fulcrum.Events.Store;

namespace Fulcrum.Store.DuckDb.Internal;

/// <summary>
/// One file's rows on their way into DuckDB: the reader fills batches on its own thread (rejects go
/// to the spool), DuckDB's threads take full batches through the table function and hand them back.
/// A fixed set of batches circulates, so memory stays flat whatever the file size.
/// </summary>
internal sealed class RowSource(EventFileReader reader, RejectSpool rejects, IProgress<IngestProgress>? progress, int ingestId)
{
    private const int Batches = 4;
    private const long ReportEvery = 50_000;

    private readonly BlockingCollection<RowBatch> _full = new(boundedCapacity: Batches - 2);
    private readonly BlockingCollection<RowBatch> _empty = new();

    public int IngestId => ingestId;

    /// <summary>The smallest and largest event ID read, and whether IDs only ever rose (then the file repeats none).</summary>
    public (long Min, long Max, bool Rising) Ids { get; private set; } = (long.MaxValue, long.MinValue, true);

    /// <summary>Reads the file to its end (on the reading thread).</summary>
    public void Run(CancellationToken cancel)
    {
        try
        {
            for (var i = 0; i < Batches; i++) _empty.Add(new RowBatch(), cancel);
            var batch = _empty.Take(cancel);
            var nextReport = ReportEvery;
            while (true)
            {
                var row = batch.Rows[batch.Count];
                var result = reader.Read(row, out var reject);
                if (result == ReadResult.End) break;
                if (result == ReadResult.Rejected)
                {
                    rejects.Add(reject!);
                    continue;
                }
                var id = row.AsInt64(EventColumns.EventId)!.Value;
                Ids = (Math.Min(Ids.Min, id), Math.Max(Ids.Max, id), Ids.Rising && id > Ids.Max);
                if (++batch.Count == batch.Rows.Length)
                {
                    _full.Add(batch, cancel);
                    batch = _empty.Take(cancel);
                }
                if (reader.RowsRead >= nextReport)
                {
                    nextReport += ReportEvery;
                    progress?.Report(new IngestProgress(reader.Path, reader.BytesConsumed, reader.FileBytes, reader.RowsRead));
                }
            }
            if (batch.Count > 0) _full.Add(batch, cancel);
            progress?.Report(new IngestProgress(reader.Path, reader.FileBytes, reader.FileBytes, reader.RowsRead));
        }
        finally
        {
            _full.CompleteAdding();
        }
    }

    /// <summary>The next full batch, or null once the file is read (called from DuckDB's threads).</summary>
    public RowBatch? Next()
    {
        if (!_full.TryTake(out var batch, Timeout.Infinite)) return null;
        CrashPoints.Pass(CrashPoints.InsertInside);
        return batch;
    }

    /// <summary>A batch DuckDB has copied, ready to be filled again.</summary>
    public void Recycle(RowBatch batch)
    {
        batch.Count = 0;
        _empty.Add(batch);
    }
}
