using System.Globalization;
using Fulcrum.Core.Problems;
using Fulcrum.Events;
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
        using var rejects = new RejectSpool(_options.TempDirectory ?? Path.GetTempPath());
        long loaded;
        (long Min, long Max, bool Rising) ids;
        try
        {
            (loaded, ids) = Load(reader, rejects, ingestId, progress);
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
        var duplicates = MayHaveDuplicates(reader.Format.Dataset(), ingestId, ids) ? DeleteDuplicates(ingestId) : 0;
        WriteRejects(ingestId, Path.GetFullPath(path), rejects);
        var result = new FileIngestResult(path, reader.Format, reader.Compression, reader.RowsRead, loaded - duplicates, duplicates,
            reader.RowsRejected, IngestStatus.Ingested, Summary(reader.RowsRead, loaded - duplicates, duplicates, reader.RowsRejected), ingestId, reader.Checksum);
        WriteLedger(result, size, started);
        transaction.Commit();
        return result;
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
