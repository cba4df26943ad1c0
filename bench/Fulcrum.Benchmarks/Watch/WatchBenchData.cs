using DuckDB.NET.Data;
using Fulcrum.Benchmarks.Events;
using Fulcrum.Events.Store;
using Fulcrum.Store.DuckDb;

namespace Fulcrum.Benchmarks.Watch;

/// <summary>
/// A store of at least ten million events for the watch benchmarks, built once and cached in the
/// temp folder. Like <see cref="BenchData.Store"/> it is made of the 9,354 real GDELT 2.0 rows, copied
/// a week apart with fresh IDs and moved dates; unlike it, copy k keeps only a share of the rows, and
/// the share changes every 26 weeks (30-99%, from DuckDB's hash of the half-year: fixed, no clock, no
/// random state). A perfectly periodic store raises no alarm at all; this one has level shifts for the
/// detectors to find, so the benchmark also pays for the events behind each alarm.
/// </summary>
public static class WatchBenchData
{
    public static string RegimeStore(long events)
    {
        var path = Path.Combine(BenchData.Folder, $"watch-regimes-{events}.duckdb");
        if (File.Exists(path)) return path;
        var partial = Path.Combine(BenchData.Folder, $"watch-regimes-{events}.partial.duckdb");
        File.Delete(partial);
        using (var store = DuckDbEventStore.Open(partial, new DuckDbStoreOptions { MemoryLimit = "2GB" }).ValueOrThrow())
            store.Ingest(new IngestRequest(BenchData.ExportFile(BenchData.RealRows().Count)));
        using (var connection = new DuckDBConnection($"Data Source={partial}"))
        {
            connection.Open();
            const string share = "(30 + hash(k // 26) % 70)";
            long copies = 1;
            while (Count(connection, $"SELECT CAST(9354 + coalesce(sum({share} * 9354 // 100), 0) AS BIGINT) FROM range(1, {copies}) AS c(k)") < events) copies += 50;
            using var command = connection.CreateCommand();
            command.CommandText =
                $"""
                INSERT INTO events SELECT e.* REPLACE (e.event_id + k * 100000000 AS event_id, e.event_date - CAST(k * 7 AS INTEGER) AS event_date)
                FROM events e, range(1, {copies}) AS copies(k)
                WHERE hash(e.event_id, k) % 100 < {share};
                CHECKPOINT;
                """;
            command.ExecuteNonQuery();
        }
        File.Move(partial, path);
        return path;
    }

    private static long Count(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar() ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
    }
}
