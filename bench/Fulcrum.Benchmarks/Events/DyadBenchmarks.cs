using BenchmarkDotNet.Attributes;
using DuckDB.NET.Data;
using Fulcrum.Core.Time;
using Fulcrum.Events.Dyads;
using Fulcrum.Store.DuckDb;

namespace Fulcrum.Benchmarks.Events;

/// <summary>
/// Dyad series over a store of 10 million events (real rows copied a week apart over twenty years).
/// The baseline is the floor: one SQL count of the dyad's events, the scan every series needs.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class DyadBenchmarks
{
    private DuckDbEventStore _store = null!;
    private DuckDBConnection _connection = null!;
    private static readonly DyadQuery IsrUsa = new() { ActorA = "ISR", ActorB = "USA" };

    [GlobalSetup]
    public void Setup()
    {
        var path = BenchData.Store(10_000_000);
        _store = DuckDbEventStore.Open(path, new DuckDbStoreOptions { ReadOnly = true }).ValueOrThrow();
        _connection = new DuckDBConnection($"Data Source={path};ACCESS_MODE=READ_ONLY");
        _connection.Open();
        Console.WriteLine($"// store: {_store.Coverage()}");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _connection.Dispose();
        _store.Dispose();
    }

    [Benchmark(Baseline = true)]
    public long CountDyadEvents()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM events WHERE (actor1_country_code = 'ISR' AND actor2_country_code = 'USA') OR (actor1_country_code = 'USA' AND actor2_country_code = 'ISR')";
        return (long)command.ExecuteScalar()!;
    }

    [Benchmark]
    public async Task<int> WeeklyUndirected() => (await _store.DyadAsync(IsrUsa)).Points.Count;

    [Benchmark]
    public async Task<int> WeeklyUndirectedStateRootDedupe() =>
        (await _store.DyadAsync(IsrUsa with { StateActorsOnly = true, RootEventsOnly = true, Dedupe = true })).Points.Count;

    [Benchmark]
    public async Task<int> WeeklyShareOfActorVolume() => (await _store.DyadAsync(IsrUsa with { Normalize = DyadNormalization.Actor })).Points.Count;

    [Benchmark]
    public async Task<int> DailyZscore() => (await _store.DyadAsync(IsrUsa with { By = Period.Day, Normalize = DyadNormalization.Zscore })).Points.Count;

    [Benchmark]
    public int EvidenceForAWeek() =>
        _store.Events(new EvidenceQuery(IsrUsa, new DateOnly(2020, 11, 9), new DateOnly(2020, 11, 15))).Events.Count;
}
