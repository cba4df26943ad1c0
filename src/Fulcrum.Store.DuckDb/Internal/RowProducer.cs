using Fulcrum.Events.Reading;
using Fulcrum.Events.Store;

namespace Fulcrum.Store.DuckDb.Internal;

/// <summary>Reads a file to its end, writing valid rows as canonical tab-separated lines and spooling rejects.</summary>
internal static class RowProducer
{
    private const long ReportEvery = 50_000;

    public static void Run(EventFileReader reader, Stream output, RejectSpool rejects, IProgress<IngestProgress>? progress, CancellationToken cancel)
    {
        var row = new CanonicalRow();
        var buffer = new byte[1 << 20];
        var used = 0;
        var nextReport = ReportEvery;
        while (true)
        {
            cancel.ThrowIfCancellationRequested();
            var result = reader.Read(row, out var reject);
            if (result == ReadResult.End) break;
            if (result == ReadResult.Rejected)
            {
                rejects.Add(reject!);
                continue;
            }
            var length = row.TsvLength;
            if (used + length > buffer.Length)
            {
                output.Write(buffer, 0, used);
                used = 0;
                if (length > buffer.Length) buffer = new byte[length];
            }
            used += row.WriteTsv(buffer.AsSpan(used));
            if (reader.RowsRead >= nextReport)
            {
                nextReport += ReportEvery;
                progress?.Report(new IngestProgress(reader.Path, reader.BytesConsumed, reader.FileBytes, reader.RowsRead));
            }
        }
        output.Write(buffer, 0, used);
        output.Flush();
        progress?.Report(new IngestProgress(reader.Path, reader.FileBytes, reader.FileBytes, reader.RowsRead));
    }
}
