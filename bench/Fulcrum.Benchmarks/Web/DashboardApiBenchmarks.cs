using BenchmarkDotNet.Attributes;
using Fulcrum.App;
using Fulcrum.App.Cases;
using Fulcrum.App.Stores;
using Fulcrum.Benchmarks.Events;
using Fulcrum.Core.Time;
using Fulcrum.Events.Dyads;
using Fulcrum.Store.DuckDb;
using Fulcrum.Web;
using Microsoft.AspNetCore.Builder;

namespace Fulcrum.Benchmarks.Web;

/// <summary>
/// The dashboard's API over HTTP on a real Kestrel server (loopback), over a store of 10 million
/// events (BenchData: real rows copied a week apart over about twenty years). Target (issue 11):
/// one dyad-year series under 100 ms. The services hold the store open as <c>fulcrum serve</c> does
/// (<see cref="HeldDuckDbStores"/>, read-only: each call gets a connection to the open instance),
/// run the query and write the contract record as JSON, as the page asks for it.
/// ServiceOpenPerCallDyadYearDaily keeps the earlier way, the file opened read-only per call.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class DashboardApiBenchmarks
{
    private WebApplication _app = null!;
    private HttpClient _client = null!;
    private FulcrumServices _services = null!;
    private FulcrumServices _perCall = null!;
    private HeldDuckDbStores _held = null!;
    private DuckDbEventStore _open = null!;
    private string _store = "";
    private static readonly DyadQuery IsrUsaYear = new() { ActorA = "ISR", ActorB = "USA", By = Period.Day, From = new DateOnly(2019, 11, 16), To = new DateOnly(2020, 11, 15) };

    [GlobalSetup]
    public void Setup()
    {
        var store = _store = BenchData.Store(10_000_000);
        _held = new HeldDuckDbStores(TimeProvider.System, writable: false);
        var services = _services = new FulcrumServices(_held, TimeProvider.System);
        _perCall = new FulcrumServices(new DuckDbEventStoreFactory(TimeProvider.System), TimeProvider.System);
        _open = DuckDbEventStore.Open(store, new DuckDbStoreOptions { ReadOnly = true }).ValueOrThrow();
        var options = new FulcrumWebOptions(CaseRef.Default, new StoreRef(store, true)) { Urls = ["http://127.0.0.1:0"] };
        _app = FulcrumWeb.Build(services, options);
        _app.StartAsync().GetAwaiter().GetResult();
        _client = new HttpClient { BaseAddress = new Uri(_app.Urls.First()) };
        Console.WriteLine($"// store: {store}; serving at {_client.BaseAddress}");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client.Dispose();
        _open.Dispose();
        _app.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _held.Dispose();
    }

    /// <summary>The floor: the same year's query on a store held open (no HTTP, no open per call).</summary>
    [Benchmark(Baseline = true)]
    public async Task<int> StoreHeldOpenDyadYearDaily() => (await _open.DyadAsync(IsrUsaYear)).Points.Count;

    /// <summary>The App service the endpoint calls, over the held store: a share of the open instance, the query (no HTTP).</summary>
    [Benchmark]
    public async Task<int> ServiceDyadYearDaily() => (await _services.Events.DyadAsync(_store, IsrUsaYear)).ValueOrThrow().Points.Count;

    /// <summary>The same service opening the file read-only for the call and closing it (how the host worked before the store was held).</summary>
    [Benchmark]
    public async Task<int> ServiceOpenPerCallDyadYearDaily() => (await _perCall.Events.DyadAsync(_store, IsrUsaYear)).ValueOrThrow().Points.Count;

    /// <summary>The series view's call: ISR-USA by day over the store's last year (366 periods, one page).</summary>
    [Benchmark]
    public Task<string> DyadYearDaily() => _client.GetStringAsync("/api/dyad/ISR/USA?by=day&from=2019-11-16&to=2020-11-15&limit=1000");

    /// <summary>The same year by week (the page's default period).</summary>
    [Benchmark]
    public Task<string> DyadYearWeekly() => _client.GetStringAsync("/api/dyad/ISR/USA?by=week&from=2019-11-16&to=2020-11-15");

    /// <summary>A click on a weekly point: the 50 most mentioned events of that week.</summary>
    [Benchmark]
    public Task<string> EventsBehindAWeek() => _client.GetStringAsync("/api/dyad/ISR/USA/events?from=2020-11-09&to=2020-11-15&limit=50");

    /// <summary>The page's first call after load: what the sliders move.</summary>
    [Benchmark]
    public Task<string> CaseInputs() => _client.GetStringAsync("/api/case/inputs");

    /// <summary>The first view's own call: the founding case's balance sheet (its shipped series and the UN votes, not the store).</summary>
    [Benchmark]
    public Task<string> Balance() => _client.GetStringAsync("/api/balance");
}
