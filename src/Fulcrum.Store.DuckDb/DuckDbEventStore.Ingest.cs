using System.Globalization;
using Fulcrum.Core.Problems;
using Fulcrum.Events.Reading;
using Fulcrum.Events.Store;
using Fulcrum.Store.DuckDb.Internal;

namespace Fulcrum.Store.DuckDb;

public sealed partial class DuckDbEventStore
{
    /// <inheritdoc />
    public FileIngestResult Ingest(IngestRequest request, IProgress<IngestProgress>? progress = null)
    {
        if (_options.ReadOnly) throw new InvalidOperationException("the store was opened read-only");
        var path = request.Path;
        if (!File.Exists(path))
            return FileIngestResult.Failed(path, request.Format, Directory.Exists(path) ? "is a folder; pass the files, or let the command expand it" : "no such file");
        var size = new FileInfo(path).Length;
        // Only a file of the same size can have the same checksum: hash first only then.
        if (LedgerHasSize(size) && FindByChecksum(FileChecksum.Sha256(path)) is { } seen) return Skipped(path, seen);
        var opened = EventFile.Open(path, request.Format);
        if (!opened.Ok) return FileIngestResult.Failed(path, request.Format, Describe(opened.Problems[0]));
        using var reader = opened.Value!;
        var started = _time.GetUtcNow();
        using var transaction = _connection.BeginTransaction();
        var ingestId = _connection.Scalar<int>("SELECT COALESCE(max(ingest_id), 0) + 1 FROM ingest_ledger");
        using var staging = Staging.Create(_options);
        long loaded;
        try
        {
            loaded = Load(reader, staging, ingestId, progress);
        }
        catch (InputException e)
        {
            transaction.Rollback();
            return FileIngestResult.Failed(path, reader.Format, Describe(e.Problems[0]) + "; nothing of the file was stored");
        }
        if (loaded != reader.RowsValid)
            throw new InvalidOperationException($"{path}: the reader passed {reader.RowsValid:N0} rows but DuckDB loaded {loaded:N0}");
        if (FindByChecksum(reader.Checksum) is { } earlier)
        {
            transaction.Rollback();
            return Skipped(path, earlier);
        }
        var duplicates = DeleteDuplicates(ingestId);
        WriteRejects(ingestId, Path.GetFullPath(path), staging.Rejects);
        var result = new FileIngestResult(path, reader.Format, reader.Compression, reader.RowsRead, loaded - duplicates, duplicates,
            reader.RowsRejected, IngestStatus.Ingested, Summary(reader.RowsRead, loaded - duplicates, duplicates, reader.RowsRejected), ingestId, reader.Checksum);
        WriteLedger(result, size, started);
        transaction.Commit();
        return result;
    }

    /// <summary>Streams the valid rows into the events table; returns how many DuckDB loaded.</summary>
    private long Load(EventFileReader reader, Staging staging, int ingestId, IProgress<IngestProgress>? progress)
    {
        var sql = $"INSERT INTO events SELECT *, {ingestId} FROM read_csv({Sql.Literal(staging.DataPath)}, delim = '\\t', header = false, " +
            "auto_detect = false, quote = '', escape = '', comment = '', new_line = '\\n', max_line_size = 4194304, " +
            $"columns = {StoreSchema.CsvColumns})";
        if (!staging.IsPipe)
        {
            using (var file = new FileStream(staging.DataPath, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
                RowProducer.Run(reader, file, staging.Rejects, progress, CancellationToken.None);
            return _connection.Execute(sql);
        }
        return LoadThroughPipe(reader, staging, sql, progress);
    }

    /// <summary>
    /// The file is read on one thread and written into the pipe while DuckDB reads the other end,
    /// so parsing the file and loading the table overlap. Whichever side stops first, the other is
    /// released: DuckDB sees the end of the pipe, or the producer is drained and cancelled.
    /// </summary>
    private long LoadThroughPipe(EventFileReader reader, Staging staging, string sql, IProgress<IngestProgress>? progress)
    {
        using var cancel = new CancellationTokenSource();
        var producer = Task.Factory.StartNew(() =>
        {
            using var pipe = new FileStream(staging.DataPath, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 1);
            RowProducer.Run(reader, pipe, staging.Rejects, progress, cancel.Token);
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        long loaded = 0;
        DuckDB.NET.Data.DuckDBException? loadError = null;
        try
        {
            loaded = _connection.Execute(sql);
        }
        catch (DuckDB.NET.Data.DuckDBException e)
        {
            loadError = e;
        }
        if (!producer.IsCompleted)
        {
            cancel.Cancel();
            NativePipe.Drain(staging.DataPath, () => producer.IsCompleted);
        }
        try
        {
            producer.GetAwaiter().GetResult();
        }
        catch (Exception e) when (loadError is not null && e is OperationCanceledException or IOException)
        {
            // The producer stopped because DuckDB did; DuckDB's error is the one to report.
        }
        if (loadError is not null)
            throw new InvalidOperationException($"DuckDB could not load rows the reader accepted: {loadError.Message}", loadError);
        return loaded;
    }

    private static string Describe(Problem p) =>
        (p.Line > 0 ? $"line {p.Line.ToString("N0", CultureInfo.InvariantCulture)}: " : "") + p.Message + (p.Hint.Length > 0 ? $" ({p.Hint})" : "");

    private static string Summary(long read, long stored, long duplicate, long rejected) =>
        string.Create(CultureInfo.InvariantCulture, $"{read:N0} rows read: {stored:N0} stored, {duplicate:N0} duplicate, {rejected:N0} rejected");

    private static FileIngestResult Skipped(string path, LedgerEntry earlier) =>
        new(path, earlier.Format, earlier.Compression, 0, 0, 0, 0, IngestStatus.Skipped,
            $"already ingested (same SHA-256) as {earlier.Path} on {earlier.Finished.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC, ingest {earlier.IngestId}",
            earlier.IngestId, earlier.Sha256);
}
