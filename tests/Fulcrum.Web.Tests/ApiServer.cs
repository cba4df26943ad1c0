using Fulcrum.App;
using Fulcrum.App.Cases;
using Fulcrum.App.Stores;
using Fulcrum.Store.DuckDb;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Time.Testing;

namespace Fulcrum.Web.Tests;

/// <summary>The API on ASP.NET Core's in-memory server, over the real App services (DuckDB held open as <c>serve</c> holds it, a fixed clock).</summary>
internal sealed class ApiServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HeldDuckDbStores _stores;

    private ApiServer(WebApplication app, HeldDuckDbStores stores, FulcrumServices services, HttpClient client)
    {
        _app = app;
        _stores = stores;
        Services = services;
        Client = client;
    }

    public static readonly FakeTimeProvider Time = new(new DateTimeOffset(2022, 1, 5, 12, 0, 0, TimeSpan.Zero));

    /// <summary>The same services the server calls: the tests compare the API's records with theirs.</summary>
    public FulcrumServices Services { get; }

    public HttpClient Client { get; }

    public static async Task<ApiServer> StartAsync(CaseRef? caseRef = null, string? store = null, string? token = null, Func<FulcrumWebOptions, FulcrumWebOptions>? with = null,
        TimeProvider? time = null)
    {
        time ??= Time;
        var options = new FulcrumWebOptions(caseRef ?? CaseRef.Default, store is null ? null : new StoreRef(store, true)) { Token = token };
        options = with?.Invoke(options) ?? options;
        // The store held open as serve holds it: writable when the loop runs inside.
        var stores = new HeldDuckDbStores(time, writable: options.Watch is not null);
        var services = new FulcrumServices(stores, time);
        var app = FulcrumWeb.Build(services, options, web => web.UseTestServer());
        await app.StartAsync();
        return new ApiServer(app, stores, services, app.GetTestClient());
    }

    /// <summary>A store in <paramref name="folder"/> holding <paramref name="files"/> months of <see cref="EventFiles"/>.</summary>
    public static async Task<string> StoreWithEventsAsync(string folder, int files = 4)
    {
        var store = Path.Combine(folder, "events.duckdb");
        var services = new FulcrumServices(new DuckDbEventStoreFactory(Time), Time);
        var paths = EventFiles.Write(Path.Combine(folder, "files"), files);
        (await services.Ingest.IngestAsync(new Fulcrum.App.Ingest.IngestFilesRequest([.. paths], store))).ValueOrThrow();
        return store;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
        await _stores.DisposeAsync();
    }
}
