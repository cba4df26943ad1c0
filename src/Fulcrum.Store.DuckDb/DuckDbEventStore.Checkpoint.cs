using DuckDB.NET.Data;
using Fulcrum.Store.DuckDb.Internal;

namespace Fulcrum.Store.DuckDb;

public sealed partial class DuckDbEventStore
{
    /// <summary>
    /// Folds the log into the file and gives back the space of rolled-back rows: DuckDB writes a
    /// large insert's row groups straight into the file while it runs, and a rollback only marks
    /// them free; until a checkpoint the file keeps their size (a failed 3 GB file would leave the
    /// store 3 GB larger).
    /// </summary>
    private void Checkpoint()
    {
        CrashPoints.Pass(CrashPoints.CheckpointBefore);
        if (CrashPoints.Reached(CrashPoints.CheckpointInside))
        {
            try
            {
                // DuckDB's own fault switch: the checkpoint stops before it writes the new header.
                _connection.Execute("SET debug_checkpoint_abort = 'before_header'");
                _connection.Execute("CHECKPOINT");
            }
            catch (DuckDBException)
            {
                // Expected: the abort is reported as a fatal error.
            }
            CrashPoints.Crash(CrashPoints.CheckpointInside);
        }
        _connection.Execute("CHECKPOINT");
        CrashPoints.Pass(CrashPoints.CheckpointAfter);
    }

    /// <summary>A checkpoint that may fail: nothing is lost if it does (the log stays and is replayed at the next open).</summary>
    private void CheckpointQuietly()
    {
        try
        {
            Checkpoint();
        }
        catch (DuckDBException)
        {
            // A full disk or a stopped database: the error that matters was reported already.
        }
    }

    /// <summary>
    /// After a file that was not kept (failed, rolled back, skipped): the row groups its load wrote
    /// into the store file are free once rolled back, but DuckDB gives them back to the file system
    /// (truncates the file) only in a checkpoint that has something to write, and skips one after a
    /// rollback, which leaves nothing in the log. A table created and dropped in one transaction is
    /// such a something, and leaves no trace (measured: a failed 130,000-row file left the store
    /// 8.6 MB larger after a plain CHECKPOINT, and as it was with this).
    /// </summary>
    private void ReclaimQuietly()
    {
        try
        {
            _connection.Execute("BEGIN TRANSACTION; CREATE TABLE fulcrum_reclaim (x INTEGER); DROP TABLE fulcrum_reclaim; COMMIT");
        }
        catch (DuckDBException)
        {
            // The database was stopped: nothing to reclaim now; the next open starts from the file as committed.
            return;
        }
        CheckpointQuietly();
    }
}
