using System.Globalization;
using DuckDB.NET.Data;
using Fulcrum.Core.Problems;

namespace Fulcrum.Store.DuckDb.Internal;

/// <summary>
/// Rows an interrupted ingest left behind: events (or rejects) whose ingest_id has no ledger entry.
/// The ledger row and a file's rows are written in one transaction, but DuckDB 1.5 replays the
/// row groups a transaction wrote straight to the file (inserts of 122,880 rows and more) even
/// when the kill came before the commit's end marker (duckdb/duckdb#25931), while the rest of that
/// transaction — its ledger row — is rolled back. Such rows are removed before anything is written,
/// and refused by readers until then. A new ingest's ID is above every ID present (<see cref="NextId"/>),
/// so rows that escaped removal could never pass for the new file's own.
/// </summary>
internal static class Interrupted
{
    /// <summary>Deletes every event and reject no ledger entry accounts for; returns how many events.</summary>
    public static long Remove(DuckDBConnection connection)
    {
        long events;
        using (var transaction = connection.BeginTransaction())
        {
            events = connection.Execute("DELETE FROM events WHERE ingest_id NOT IN (SELECT ingest_id FROM ingest_ledger)");
            var rejects = connection.Execute("DELETE FROM ingest_rejects WHERE ingest_id NOT IN (SELECT ingest_id FROM ingest_ledger)");
            if (events + rejects == 0)
            {
                transaction.Rollback();
                return 0;
            }
            transaction.Commit();
        }
        // Give the deleted rows' space back now, not at some later checkpoint.
        connection.Execute("CHECKPOINT");
        return events;
    }

    /// <summary>
    /// For a store opened read-only (which cannot delete): a problem if it holds an interrupted
    /// ingest's rows. They can only sit above the ledger's last ID (every later writer removes them
    /// first), which the table's zone maps answer without a scan.
    /// </summary>
    public static Problem? Check(string path, DuckDBConnection connection)
    {
        var last = connection.Scalar<long>("SELECT COALESCE(max(ingest_id), 0) FROM ingest_ledger");
        var rows = connection.Scalar<long>("SELECT count(*) FROM events WHERE ingest_id > $last", ("last", last));
        return rows == 0 ? null : new Problem(path, 0, 0,
            string.Create(CultureInfo.InvariantCulture, $"the store holds {rows:N0} rows of an ingest that was interrupted before its commit ended; they are not part of the store"),
            "run an ingest on the store (the interrupted one again, say): opening it for writing removes them first");
    }

    /// <summary>The next ingest ID: above every ID in the ledger, the events and the rejects.</summary>
    public static int NextId(DuckDBConnection connection) => connection.Scalar<int>(
        """
        SELECT greatest(
            (SELECT COALESCE(max(ingest_id), 0) FROM ingest_ledger),
            (SELECT COALESCE(max(ingest_id), 0) FROM events),
            (SELECT COALESCE(max(ingest_id), 0) FROM ingest_rejects)) + 1
        """);
}
