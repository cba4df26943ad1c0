using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using DuckDB.NET.Data;
using Fulcrum.Events.Schema;
using Fulcrum.Events.Store;
using Fulcrum.Store.DuckDb;

namespace Fulcrum.Benchmarks.Events;

/// <summary>
/// Ingest of a 1,000,000-row GDELT 2.0 export (real rows, fresh IDs) into an empty store, against
/// DuckDB's own read_csv loading the same file into the same typed events table in the same run.
/// Time is per row (OperationsPerInvoke), so rows/s = 1 / mean. Fulcrum's ingest does more: it
/// validates every field, reports rejects, hashes the file, removes duplicate IDs, keeps the ledger.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 7)]
public class IngestBenchmarks
{
    private const int Rows = 1_000_000;
    private string _file = "";
    private string _db = "";

    [GlobalSetup]
    public void Setup()
    {
        _file = BenchData.ExportFile(Rows);
        _db = Path.Combine(BenchData.Folder, $"ingest-{Environment.ProcessId}.duckdb");
    }

    /// <summary>Each iteration starts from an empty store with its tables made.</summary>
    [IterationSetup]
    public void EmptyStore()
    {
        Delete();
        using var store = DuckDbEventStore.Open(_db).ValueOrThrow();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Rows)]
    public long DuckDbReadCsv()
    {
        using var connection = new DuckDBConnection($"Data Source={_db}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = NativeLoad(_file);
        return command.ExecuteNonQuery();
    }

    [Benchmark(OperationsPerInvoke = Rows)]
    public long FulcrumIngest()
    {
        using var store = DuckDbEventStore.Open(_db).ValueOrThrow();
        var result = store.Ingest(new IngestRequest(_file));
        if (result.Stored != Rows) throw new InvalidOperationException(result.Message);
        return result.Stored;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Console.WriteLine($"// peak working set of this benchmark process: {Process.GetCurrentProcess().PeakWorkingSet64 / 1_000_000} MB");
        Delete();
    }

    private void Delete()
    {
        File.Delete(_db);
        File.Delete(_db + ".wal");
    }

    /// <summary>
    /// DuckDB's native loader: the 61 GDELT fields typed as the events table types them (dates by
    /// format), into the same table; the provenance columns Fulcrum fills are constants or NULL here.
    /// </summary>
    public static string NativeLoad(string file)
    {
        var gdelt = EventColumns.All.Skip(1).Take(61).ToList();
        var columns = string.Join(", ", gdelt.Select(c => $"'{c.Name}': '{Type(c.Kind)}'"));
        var typed = "{" + columns + "}";
        return $"""
            INSERT INTO events
            SELECT 'gdelt', *, 'gdelt2', NULL, NULL, NULL, NULL, NULL, NULL, 1
            FROM read_csv('{file}', delim = '\t', header = false, auto_detect = false, quote = '', escape = '',
                dateformat = '%Y%m%d', timestampformat = '%Y%m%d%H%M%S', columns = {typed})
            """;
    }

    private static string Type(ColumnKind kind) => kind switch
    {
        ColumnKind.Text => "VARCHAR",
        ColumnKind.Int8 => "TINYINT",
        ColumnKind.Int32 => "INTEGER",
        ColumnKind.Int64 => "BIGINT",
        ColumnKind.Double => "DOUBLE",
        ColumnKind.Bool => "BOOLEAN",
        ColumnKind.Date => "DATE",
        _ => "TIMESTAMP",
    };
}
