using System.Text.Json.Nodes;
using Fulcrum.App;
using Fulcrum.App.Cases;
using Fulcrum.App.Loop;
using Fulcrum.App.Stores;
using Fulcrum.Events.Tests;
using Fulcrum.Store.DuckDb;
using Fulcrum.Web.Tests;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace Fulcrum.Web.BrowserTests;

/// <summary>
/// One real server for the browser tests: Kestrel on a free loopback port serving the founding case
/// over a DuckDB store that its own loop (<c>serve --watch</c>) fills from a feed folder of event
/// files (<see cref="EventFiles"/>: four months at start (a series long enough for alarms), the fifth dropped in by a test), and
/// one headless Chromium.
/// </summary>
public sealed class DashboardServer : IAsyncLifetime
{
    private readonly TempFolder _temp = Fixture.Temp();
    private WebApplication? _app;
    private HeldDuckDbStores? _stores;
    private IPlaywright? _playwright;

    public const int FilesAtStart = 4;

    public string Url { get; private set; } = "";

    public string Feed => Path.Combine(_temp.Root, "feed");

    /// <summary>The event files made; the first <see cref="FilesAtStart"/> are in the feed at start.</summary>
    public IReadOnlyList<string> Made { get; private set; } = [];

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (Chromium.Missing is not null) return;
        Made = EventFiles.Write(Path.Combine(_temp.Root, "made"), FilesAtStart + 1);
        Directory.CreateDirectory(Feed);
        foreach (var file in Made.Take(FilesAtStart)) File.Copy(file, Path.Combine(Feed, Path.GetFileName(file)));
        var store = Path.Combine(_temp.Root, "events.duckdb");
        var time = TimeProvider.System;
        _stores = new HeldDuckDbStores(time, writable: true); // as serve --watch holds its store
        var services = new FulcrumServices(_stores, time);
        var watch = new WatchRequest(new CaseScope(CaseRef.Default, new StoreRef(store, true)), store, Feed) { Interval = TimeSpan.FromSeconds(2), Draws = 2000 };
        var options = new FulcrumWebOptions(CaseRef.Default, new StoreRef(store, true)) { Urls = ["http://127.0.0.1:0"], Watch = watch };
        (_app, Url) = await StartAsync(services, options);
        await UntilJournalAsync(Url, 1);
        _playwright = await Playwright.CreateAsync();
        Browser = await Chromium.LaunchAsync(_playwright);
    }

    /// <summary>A real Kestrel server on a free loopback port, and the address it was given.</summary>
    public static async Task<(WebApplication App, string Url)> StartAsync(FulcrumServices services, FulcrumWebOptions options)
    {
        var app = FulcrumWeb.Build(services, options);
        await app.StartAsync();
        return (app, app.Urls.First().TrimEnd('/'));
    }

    /// <summary>Waits (up to five minutes: the first examination runs the case's questions) until the journal holds <paramref name="entries"/>.</summary>
    public static async Task UntilJournalAsync(string url, int entries)
    {
        using var client = new HttpClient { BaseAddress = new Uri(url) };
        for (var i = 0; i < 1500; i++)
        {
            var response = await client.GetAsync("/api/journal");
            if (response.IsSuccessStatusCode && JsonNode.Parse(await response.Content.ReadAsStringAsync())!["entries"]!.AsArray().Count >= entries) return;
            await Task.Delay(200);
        }
        throw new TimeoutException($"the server's loop wrote no journal entry {entries} in five minutes");
    }

    /// <summary>A fresh page that records every console error, page error and failed request.</summary>
    public async Task<(IPage Page, List<string> Errors)> PageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning") lock (errors) errors.Add($"console {message.Type}: {message.Text}");
        };
        page.PageError += (_, error) =>
        {
            lock (errors) errors.Add($"page error: {error}");
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400) lock (errors) errors.Add($"HTTP {response.Status}: {response.Url}");
        };
        page.RequestFailed += (_, request) =>
        {
            lock (errors) errors.Add($"request failed: {request.Url} {request.Failure}");
        };
        return (page, errors);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (_app is not null) await _app.DisposeAsync();
        _stores?.Dispose();
        _temp.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class DashboardCollection : ICollectionFixture<DashboardServer>
{
    public const string Name = "dashboard";
}
