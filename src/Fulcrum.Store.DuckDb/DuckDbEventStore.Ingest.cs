using System.Globalization;
using DuckDB.NET.Data;
using Fulcrum.Core.Problems;
using Fulcrum.Events;
using Fulcrum.Events.Reading;
using Fulcrum.Events.Store;
using Fulcrum.Store.DuckDb.Internal;

namespace Fulcrum.Store.DuckDb;

public sealed partial class DuckDbEventStore
{
    /// <inheritdoc />
    /// <exception cref="EnvironmentFailureException">
    /// The disk is full, or DuckDB had to stop the store: the file's transaction was rolled back and
    /// the store keeps what was committed before. The store object cannot be used further after the
    /// second kind (DuckDB then refuses every statement); open the store again.
    /// </exception>
    public FileIngestResult Ingest(IngestRequest request, IProgress<IngestProgress>? progress = null)
    {
        if (_options.ReadOnly) throw new InvalidOperationException("the store was opened read-only");
        var path = request.Path;
        if (!File.Exists(path))
            return FileIngestResult.Failed(path, request.Format, Directory.Exists(path) ? "is a folder; pass the files, or let the command expand it" : "no such file");
        var size = new FileInfo(path).Length;
        try
        {
            // Only a file of the same size can have the same checksum: hash first only then.
            if (LedgerHasSize(size) && FindByChecksum(FileChecksum.Sha256(path)) is { } seen) return Skipped(path, seen);
            var opened = EventFile.Open(path, request.Format);
            if (!opened.Ok) return FileIngestResult.Failed(path, request.Format, Describe(opened.Problems[0]));
            using var reader = opened.Value!;
            return Store(reader, size, progress);
        }
        catch (DuckDBException e) when (StoreErrors.Environment(Location, e, $"ingesting {path}") is { } failure)
        {
            ReclaimQuietly();
            throw failure;
        }
    }

    /// <summary>One file in one transaction: its rows, its duplicates removed, its rejects and its ledger row.</summary>
    private FileIngestResult Store(EventFileReader reader, long size, IProgress<IngestProgress>? progress)
    {
        var path = reader.Path;
        var started = _time.GetUtcNow();
        using var rejects = new RejectSpool(_options.TempDirectory ?? Path.GetTempPath());
        var transaction = _connection.BeginTransaction();
        var committed = false;
        try
        {
            var ingestId = Interrupted.NextId(_connection);
            CrashPoints.Pass(CrashPoints.InsertBefore);
            long loaded;
            (long Min, long Max, bool Rising) ids;
            try
            {
                (loaded, ids) = Load(reader, rejects, ingestId, progress);
            }
            catch (InputException e)
            {
                RollBack(transaction);
                ReclaimQuietly();
                return FileIngestResult.Failed(path, reader.Format, Describe(e.Problems[0]) + "; nothing of the file was stored");
            }
            CrashPoints.Pass(CrashPoints.InsertAfter);
            if (loaded != reader.RowsValid)
                throw new InvalidOperationException($"{path}: the reader passed {reader.RowsValid:N0} rows but DuckDB loaded {loaded:N0}");
            if (FindByChecksum(reader.Checksum) is { } earlier)
            {
                RollBack(transaction);
                ReclaimQuietly();
                return Skipped(path, earlier);
            }
            var dataset = reader.Format.Dataset();
            var duplicates = MayHaveDuplicates(dataset, ingestId, ids) ? DeleteDuplicates(dataset, ingestId, ids) : 0;
            CrashPoints.Pass(CrashPoints.LedgerBefore);
            WriteRejects(ingestId, Path.GetFullPath(path), rejects);
            var result = new FileIngestResult(path, reader.Format, reader.Compression, reader.RowsRead, loaded - duplicates, duplicates,
                reader.RowsRejected, IngestStatus.Ingested, Summary(reader.RowsRead, loaded - duplicates, duplicates, reader.RowsRejected), ingestId, reader.Checksum);
            WriteLedger(result, size, started);
            CoverageTable.Write(_connection, ingestId);
            CrashPoints.Pass(CrashPoints.LedgerAfter);
            Commit(transaction);
            committed = true;
            return result;
        }
        finally
        {
            if (!committed) RollBack(transaction);
            DisposeQuietly(transaction);
        }
    }

    private void Commit(System.Data.Common.DbTransaction transaction)
    {
        CrashPoints.Pass(CrashPoints.CommitBefore);
        transaction.Commit();
        if (CrashPoints.Reached(CrashPoints.CommitUnflushed)) WalTail.CrashUnflushed(Location);
        CrashPoints.Pass(CrashPoints.CommitAfter);
    }

    /// <summary>Rolls back what is left of a transaction; after a fatal DuckDB error there is nothing to roll back, and DuckDB says so.</summary>
    private static void RollBack(System.Data.Common.DbTransaction transaction)
    {
        try
        {
            transaction.Rollback();
        }
        catch (Exception e) when (e is DuckDBException or InvalidOperationException)
        {
            // Already rolled back (InvalidOperationException), or the database was invalidated.
        }
    }

    /// <summary>Disposing an unfinished transaction rolls it back, which DuckDB refuses once it has stopped the database: the first error is the one to report.</summary>
    private static void DisposeQuietly(System.Data.Common.DbTransaction transaction)
    {
        try
        {
            transaction.Dispose();
        }
        catch (DuckDBException)
        {
            // The database was invalidated; the error that caused it is on its way up.
        }
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
