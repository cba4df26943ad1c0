using System.Diagnostics;
using System.Globalization;
using Fulcrum.Web.Tests;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Fulcrum.Web.BrowserTests;

/// <summary>The dashboard in Chromium: it loads clean, the sliders re-rank, a point's events are listed, the loop's entries arrive, hostile data stays text.</summary>
[Collection(DashboardCollection.Name)]
public sealed class DashboardTests(DashboardServer server, ITestOutputHelper output)
{
    private static readonly string[] Views = ["balance", "signposts", "series", "options", "journal"];

    private static string ReadyAttribute(string view) => $"body[data-{view}-ready]";

    private static async Task ScreenshotAsync(IPage page, string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Artifacts.File($"{name}.png"), FullPage = true });

    [BrowserFact]
    public async Task Dashboard_EveryView_LoadsWithNoConsoleErrors()
    {
        var (page, errors) = await server.PageAsync();
        var clock = Stopwatch.StartNew();
        await page.GotoAsync(server.Url + "/");
        await page.Locator(ReadyAttribute("balance")).WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = 120_000 });
        output.WriteLine($"first view (balance) ready after {clock.ElapsedMilliseconds} ms");
        foreach (var view in Views)
        {
            await page.ClickAsync($"nav button[data-view={view}]");
            await page.Locator(ReadyAttribute(view)).WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = 120_000 });
            Assert.True(await page.Locator($"#view-{view}").IsVisibleAsync(), view);
            await ScreenshotAsync(page, $"view-{view}");
        }

        Assert.Equal("", await page.Locator("#status").TextContentAsync());
        Assert.Empty(errors);
        Assert.True(await page.Locator("#balance-fast canvas").CountAsync() > 0, "the balance chart is drawn");
        Assert.True(await page.Locator("#ranking tbody tr").CountAsync() >= 2, "the options are ranked");
    }

    [BrowserFact]
    public async Task Options_ASliderMoved_ReRanksTheOptions()
    {
        var (page, errors) = await server.PageAsync();
        await page.GotoAsync(server.Url + "/#options");
        await page.Locator(ReadyAttribute("options")).WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = 120_000 });
        var before = await page.Locator("body").GetAttributeAsync("data-ranking");
        var firstBefore = await page.Locator("#ranking tbody tr").First.GetAttributeAsync("data-option");

        // All the weight on no invasion (the other scenarios to 0): the ranking is re-examined under it.
        await page.Locator("input[data-scenario=limited_incursion]").FillAsync("0");
        await page.Locator("input[data-scenario=full_invasion]").FillAsync("0");
        await page.WaitForFunctionAsync("before => document.body.dataset.ranking !== before && document.body.dataset.ranking !== 'busy'", before,
            new PageWaitForFunctionOptions { Timeout = 60_000 });
        var firstAfter = await page.Locator("#ranking tbody tr").First.GetAttributeAsync("data-option");
        await ScreenshotAsync(page, "options-after-slider");

        Assert.NotEqual(before, await page.Locator("body").GetAttributeAsync("data-ranking"));
        Assert.NotEqual(firstBefore, firstAfter);
        Assert.Equal("mediate", firstAfter);
        Assert.Empty(errors);
    }

    [BrowserFact]
    public async Task Series_AClickOnAPoint_ListsItsEventsAndHostileTextStaysText()
    {
        var (page, errors) = await server.PageAsync();
        await page.GotoAsync(server.Url + "/#series");
        await page.Locator("body[data-series-loaded]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = 120_000 });
        Assert.Equal("ISR-USA", await page.Locator("body").GetAttributeAsync("data-series-loaded"));

        await ClickPointAsync(page, EventFiles.HostileDay);
        await page.Locator("body[data-events-shown]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = 30_000 });
        await ScreenshotAsync(page, "series-events");
        var events = page.Locator("#events");
        var text = await events.TextContentAsync() ?? "";

        Assert.True(await page.Locator("#events li").CountAsync() >= EventFiles.Hostile.Length);
        foreach (var (actor1, actor2, _) in EventFiles.Hostile)
        {
            Assert.Contains(actor1, text, StringComparison.Ordinal);
            Assert.Contains(actor2, text, StringComparison.Ordinal);
        }
        Assert.Equal(0, await page.Locator("#events script, #events img, #events svg, #events iframe, #events b").CountAsync());
        var hrefs = await page.Locator("#events a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.NotEmpty(hrefs);
        Assert.All(hrefs, h => Assert.Matches("^https?://", h));
        Assert.Contains("(not a web link) javascript:window.__pwned='link'", text, StringComparison.Ordinal);
        Assert.True(await page.EvaluateAsync<bool>("() => window.__pwned === undefined"), "no hostile script ran");
        // A right-to-left override in data is isolated (bdi) so it cannot reorder the text around it.
        Assert.True(await page.EvaluateAsync<bool>(
            "() => [...document.querySelectorAll('#events li')].filter(li => li.textContent.includes('\\u202E')).every(li => [...li.querySelectorAll('bdi')].some(b => b.textContent.includes('\\u202E')))"));
        Assert.Empty(errors);
    }

    [BrowserFact]
    public async Task Journal_TheLoopWritesAnEntry_ItAppearsWithoutAReload()
    {
        var (page, errors) = await server.PageAsync();
        await page.GotoAsync(server.Url + "/#journal");
        await page.Locator(ReadyAttribute("journal")).WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = 120_000 });
        await page.Locator("body[data-live]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = 30_000 });
        var before = int.Parse((await page.Locator("body").GetAttributeAsync("data-journal-entries"))!, CultureInfo.InvariantCulture);
        await page.EvaluateAsync("() => { window.__sameDocument = true; }");

        var next = server.Made[DashboardServer.FilesAtStart];
        File.Copy(next, Path.Combine(server.Feed, Path.GetFileName(next)));
        await page.Locator($"body[data-journal-entries='{before + 1}']").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = 180_000 });
        await page.Locator("#diff-show").ClickAsync();
        await page.Locator("#diff li").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        await ScreenshotAsync(page, "journal-after-new-entry");

        Assert.True(await page.EvaluateAsync<bool>("() => window.__sameDocument === true"), "the page was not reloaded");
        Assert.Contains($"new journal entry {before + 1}", await page.Locator("#live").TextContentAsync() ?? "", StringComparison.Ordinal);
        Assert.Equal(before + 1, await page.Locator("#journal-list tbody tr").CountAsync());
        Assert.Empty(errors);
    }

    /// <summary>Clicks the series' point for the period holding <paramref name="day"/>, at the pixel ECharts drew it.</summary>
    private static async Task ClickPointAsync(IPage page, DateOnly day)
    {
        var xy = await page.EvaluateAsync<double[]>(
            """
            async day => {
              const echarts = await import('/assets/vendor/echarts.esm.min.mjs');
              const chart = echarts.getInstanceByDom(document.getElementById('series-chart'));
              const option = chart.getOption();
              const i = option.xAxis[0].data.findLastIndex(start => start <= day);
              return chart.convertToPixel({ seriesIndex: 0 }, [i, option.series[0].data[i]]);
            }
            """, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var box = (await page.Locator("#series-chart").BoundingBoxAsync())!;
        await page.Mouse.ClickAsync((float)(box.X + xy[0]), (float)(box.Y + xy[1]));
    }
}
