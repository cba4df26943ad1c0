using System.Buffers;
using System.Globalization;
using System.Text;
using Fulcrum.Events.Reading;
using Fulcrum.Events.Schema;
using Fulcrum.Events.Store;

namespace Fulcrum.Store.ClickHouse.Internal;

/// <summary>What one shard was sent of a file: how many rows, and what their event IDs looked like.</summary>
internal sealed class ShardRows
{
    public long Rows { get; set; }

    public long MinId { get; private set; } = long.MaxValue;

    public long MaxId { get; private set; } = long.MinValue;

    /// <summary>Whether the IDs only ever rose (then the file repeats none on this shard).</summary>
    public bool Rising { get; private set; } = true;

    public void Add(long id)
    {
        Rising = Rising && id > MaxId;
        MinId = Math.Min(MinId, id);
        MaxId = Math.Max(MaxId, id);
        Rows++;
    }
}

/// <summary>
/// Reads one file on its own thread and writes each valid row, as TabSeparated text with the
/// ingest's ID appended, into the stream of the shard its event ID falls to (event ID modulo the
/// number of shards, so every copy of an ID meets on one shard, where the duplicate check runs).
/// Rejected rows go to a spool file of TabSeparated reject rows. A row whose dates ClickHouse's
/// Date and DateTime cannot hold (before 1970, after 2105) is rejected with that reason.
/// </summary>
internal sealed class ShardLoad(EventFileReader reader, RowStream[] streams, Stream rejects, long ingestId, string file, IProgress<IngestProgress>? progress)
{
    private const int BlockBytes = 1 << 20;
    private const long ReportEvery = 50_000;
    private static readonly DateOnly First = new(1970, 1, 1);
    private static readonly DateOnly Last = new(2105, 12, 31);

    public ShardRows[] Shards { get; } = [.. streams.Select(_ => new ShardRows())];

    /// <summary>Rows rejected here (dates out of ClickHouse's range), beyond the reader's own rejects.</summary>
    public long RejectedHere { get; private set; }

    public static int ShardOf(long eventId, int shards) => (int)(((eventId % shards) + shards) % shards);

    public void Run(CancellationToken cancellationToken)
    {
        var row = new CanonicalRow();
        var buffers = streams.Select(_ => new ArrayBufferWriter<byte>(BlockBytes + 4096)).ToArray();
        var suffix = Encoding.ASCII.GetBytes("\t" + ingestId.ToString(CultureInfo.InvariantCulture) + "\n");
        var nextReport = ReportEvery;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var result = reader.Read(row, out var reject);
            if (result == ReadResult.End) break;
            if (result == ReadResult.Rejected)
            {
                WriteReject(reject!);
                continue;
            }
            if (OutOfRange(row) is { } outside)
            {
                WriteReject(outside);
                RejectedHere++;
                continue;
            }
            var id = row.AsInt64(EventColumns.EventId)!.Value;
            var s = ShardOf(id, streams.Length);
            Shards[s].Add(id);
            var buffer = buffers[s];
            for (var c = 0; c < EventColumns.Count; c++)
            {
                if (c > 0) buffer.Write("\t"u8);
                if (row.IsNull(c)) buffer.Write(Tsv.Null);
                else if (EventColumns.All[c].Kind == ColumnKind.Text) Tsv.Append(buffer, row[c]);
                else buffer.Write(row[c]);
            }
            buffer.Write(suffix);
            if (buffer.WrittenCount >= BlockBytes)
            {
                streams[s].Add(buffer.WrittenSpan.ToArray(), cancellationToken);
                buffer.ResetWrittenCount();
            }
            if (reader.RowsRead >= nextReport)
            {
                nextReport += ReportEvery;
                progress?.Report(new IngestProgress(reader.Path, reader.BytesConsumed, reader.FileBytes, reader.RowsRead));
            }
        }
        for (var s = 0; s < streams.Length; s++)
            if (buffers[s].WrittenCount > 0) streams[s].Add(buffers[s].WrittenSpan.ToArray(), cancellationToken);
        progress?.Report(new IngestProgress(reader.Path, reader.FileBytes, reader.FileBytes, reader.RowsRead));
    }

    private static RowReject? OutOfRange(CanonicalRow row)
    {
        var date = row.AsDate(EventColumns.EventDate)!.Value;
        var added = row.AsTimestamp(EventColumns.DateAdded);
        string? column = date < First || date > Last ? "event_date" : added is { } a && (DateOnly.FromDateTime(a) < First || DateOnly.FromDateTime(a) > Last) ? "date_added" : null;
        if (column is null) return null;
        var text = column == "event_date" ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : added!.Value.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        var line = new byte[row.TsvLength];
        row.WriteTsv(line);
        return new RowReject(row.AsInt64(EventColumns.SourceLine) ?? 0, 0, column,
            $"{column} {text} is outside 1970-01-01..2105-12-31, the days the ClickHouse store's dates hold", RowReject.CutRaw(line.AsSpan(0, line.Length - 1)), line.Length - 1);
    }

    private void WriteReject(RowReject r)
    {
        var text = Tsv.Row(ingestId.ToString(CultureInfo.InvariantCulture), file, r.Line.ToString(CultureInfo.InvariantCulture),
            r.Column.ToString(CultureInfo.InvariantCulture), r.ColumnName, r.Reason, r.Raw, r.RawBytes.ToString(CultureInfo.InvariantCulture));
        rejects.Write(Encoding.UTF8.GetBytes(text));
    }
}
