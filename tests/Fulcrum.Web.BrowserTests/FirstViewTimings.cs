using System.Diagnostics;
using System.Globalization;
using Fulcrum.App;
using Fulcrum.App.Cases;
using Fulcrum.App.Stores;
using Fulcrum.Store.DuckDb;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Fulcrum.Web.BrowserTests;

/// <summary>
/// How long the dashboard takes to become usable, measured in the browser and reported (in the
/// test output and <c>timings.txt</c> among the artifacts), never asserted. On the test store by
/// default; on a large store when <c>FULCRUM_DASHBOARD_STORE</c> names one (bench/README.md: the
/// 10-million-event store of the benchmarks).
/// </summary>
[Collection(DashboardCollection.Name)]
public sealed class FirstViewTimings(DashboardServer server, ITestOutputHelper output)
{
    public const string StoreVariable = "FULCRUM_DASHBOARD_STORE";

    [BrowserFact]
    public async Task FirstView_AndTheSeriesView_TimedToInteractive()
    {
        var big = Environment.GetEnvironmentVariable(StoreVariable) is { Length: > 0 } s ? s : null;
        Microsoft.AspNetCore.Builder.WebApplication? own = null;
        using var held = new HeldDuckDbStores(TimeProvider.System, writable: false); // as serve (no --watch) holds its store
        var url = server.Url;
        if (big is not null)
        {
            var services = new FulcrumServices(held, TimeProvider.System);
            (own, url) = await DashboardServer.StartAsync(services, new FulcrumWebOptions(CaseRef.Default, new StoreRef(big, true)) { Urls = ["http://127.0.0.1:0"], WarmUp = true }); // as serve starts
        }
        try
        {
            var lines = new List<string> { $"{TimeProvider.System.GetUtcNow():u} store {big ?? "the browser tests' store (about 10,000 events)"}" };
            for (var run = 1; run <= 3; run++)
            {
                var (page, errors) = await server.PageAsync();
                var clock = Stopwatch.StartNew();
                await page.GotoAsync(url + "/");
                await page.Locator("body[data-balance-ready]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = 180_000 });
                var first = clock.ElapsedMilliseconds;
                // Where the first view's time went: each file and API call, from the navigation's start to its last byte.
                var fetched = await page.EvaluateAsync<string>(
                    "() => performance.getEntriesByType('resource').map(e => `${new URL(e.name).pathname.replace('/assets/', '')} ${Math.round(e.startTime)}-${Math.round(e.responseEnd)}`).join(', ')");
                var marks = await page.EvaluateAsync<string>(
                    "() => performance.getEntriesByType('mark').filter(m => m.name.startsWith('fulcrum:')).map(m => `${m.name.slice(8)} ${Math.round(m.startTime)}`).join(', ')");
                clock.Restart();
                await page.ClickAsync("nav button[data-view=series]");
                await page.Locator("body[data-series-ready]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = 180_000 });
                var series = clock.ElapsedMilliseconds;
                var periods = await page.EvaluateAsync<int>("async () => (await import('/assets/vendor/echarts.esm.min.mjs')).getInstanceByDom(document.getElementById('series-chart')).getOption().xAxis[0].data.length");
                lines.Add(string.Create(CultureInfo.InvariantCulture,
                    $"run {run}: first view (balance sheet drawn) {first} ms (fetched, ms from navigation: {fetched}; marks: {marks}); series view (ISR-USA by week, {periods} periods, with alarms) {series} ms; errors: {(errors.Count == 0 ? "none" : string.Join(" | ", errors))}"));
                await page.Context.CloseAsync();
            }
            foreach (var line in lines) output.WriteLine(line);
            await File.AppendAllLinesAsync(Artifacts.File("timings.txt"), lines);
        }
        finally
        {
            if (own is not null) await own.DisposeAsync();
        }
    }
}
