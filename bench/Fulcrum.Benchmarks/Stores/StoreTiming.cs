using System.Diagnostics;
using System.Globalization;
using Fulcrum.Events.Dyads;
using Fulcrum.Events.Store;
using Fulcrum.Store.ClickHouse;
using Fulcrum.Store.DuckDb;

namespace Fulcrum.Benchmarks.Stores;

/// <summary>
/// <c>Fulcrum.Benchmarks store-timing LOCATION…</c>: the weekly undirected ISR–USA series on each
/// store (a DuckDB file or a clickhouse:// address), timed in this process through IEventStore: 2
/// warm-up runs, then the median and best of 9. Used by bench/clickhouse-vs-duckdb.sh, which grows
/// the stores from 1 to 10 million events (BenchmarkDotNet's many iterations at each of ten sizes on
/// two engines would take hours there).
/// </summary>
public static class StoreTiming
{
    private static readonly DyadQuery IsrUsa = new() { ActorA = "ISR", ActorB = "USA" };

    public static async Task<int> RunAsync(IReadOnlyList<string> locations)
    {
        IEventStoreFactory stores = new SchemeStoreFactory(new DuckDbEventStoreFactory(TimeProvider.System),
            (ClickHouseLocation.Scheme, new ClickHouseEventStoreFactory(TimeProvider.System)));
        foreach (var location in locations)
        {
            var opened = await stores.OpenAsync(location, StoreAccess.ReadOnly);
            using var store = opened.Value ?? throw new InvalidOperationException(string.Join("; ", opened.Problems));
            var events = (await store.CoverageAsync()).Events;
            var points = 0;
            var times = new List<double>();
            for (var i = 0; i < 11; i++)
            {
                var watch = Stopwatch.StartNew();
                points = (await store.DyadAsync(IsrUsa)).Points.Count;
                if (i >= 2) times.Add(watch.Elapsed.TotalMilliseconds);
            }
            times.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{location}\t{events}\tweekly ISR-USA ({points} weeks)\tmedian {times[times.Count / 2]:F1} ms\tbest {times[0]:F1} ms"));
        }
        return 0;
    }
}
