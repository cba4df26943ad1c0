using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Fulcrum.Events.Reading;
using Fulcrum.Events.Store;
using Fulcrum.Store.DuckDb;

namespace Fulcrum.Benchmarks.Events;

/// <summary>
/// Reading a file with a header row (gdelt-csv: comma-separated, GDELT's names, quoted fields)
/// against reading GDELT's own tab-separated export: the same 1,000,000 real rows, time per row
/// (OperationsPerInvoke). The readers alone (every row parsed and validated into a canonical row),
/// and the whole ingest of each into an empty store. The target: the header file within 1.5× of
/// the native reader's time per row.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class HeaderCsvBenchmarks
{
    private const int Rows = 1_000_000;
    private string _native = "";
    private string _csv = "";
    private string _db = "";

    /// <summary>GDELT 2.0's column names, in its order (../shared/data/schema), as BigQuery names them.</summary>
    private static readonly string[] Names =
    [
        "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate", "Actor1Code", "Actor1Name", "Actor1CountryCode",
        "Actor1KnownGroupCode", "Actor1EthnicCode", "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code",
        "Actor1Type2Code", "Actor1Type3Code", "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode",
        "Actor2EthnicCode", "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
        "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumSources",
        "NumArticles", "AvgTone", "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
        "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID", "Actor2Geo_Type", "Actor2Geo_FullName",
        "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long",
        "Actor2Geo_FeatureID", "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
        "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL",
    ];

    [GlobalSetup]
    public void Setup()
    {
        _native = BenchData.ExportFile(Rows);
        _csv = BenchData.HeaderCsvFile(Rows, Names);
        _db = Path.Combine(BenchData.Folder, $"header-{Environment.ProcessId}.duckdb");
    }

    [IterationSetup]
    public void EmptyStore()
    {
        File.Delete(_db);
        File.Delete(_db + ".wal");
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Rows)]
    public long NativeTsvRead() => ReadAll(_native);

    [Benchmark(OperationsPerInvoke = Rows)]
    public long HeaderCsvRead() => ReadAll(_csv);

    [Benchmark(OperationsPerInvoke = Rows)]
    public long NativeTsvIngest() => Ingest(_native);

    [Benchmark(OperationsPerInvoke = Rows)]
    public long HeaderCsvIngest() => Ingest(_csv);

    [GlobalCleanup]
    public void Cleanup() => EmptyStore();

    private static long ReadAll(string path)
    {
        using var reader = EventFile.Open(path).ValueOrThrow();
        var row = new CanonicalRow();
        while (reader.Read(row, out _) != ReadResult.End) { }
        if (reader.RowsValid != Rows) throw new InvalidOperationException($"{path}: {reader.RowsValid} valid rows of {reader.RowsRead}");
        return reader.RowsValid;
    }

    private long Ingest(string path)
    {
        using var store = DuckDbEventStore.Open(_db).ValueOrThrow();
        var result = store.Ingest(new IngestRequest(path));
        if (result.Stored != Rows) throw new InvalidOperationException(result.Message);
        return result.Stored;
    }
}
