using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Fulcrum.Brief.Tests;

/// <summary>
/// The brief opened offline in Debian's Chromium, driven by Playwright: every chart is drawn (its
/// SVG is laid out with a non-zero size), and a full-page screenshot is kept as a test artifact.
/// </summary>
public class BrowserTests(ITestOutputHelper output)
{
    /// <summary>Where the screenshots are kept: artifacts/ beside the test assembly.</summary>
    public static readonly string Artifacts = Path.Combine(AppContext.BaseDirectory, "artifacts");

    [ChromiumFact]
    public async Task Brief_OpenedOffline_RendersEveryChartWithANonZeroSize()
    {
        var directory = Directory.CreateTempSubdirectory("brief-browser-");
        try
        {
            var html = Path.Combine(directory.FullName, "brief.html");
            await File.WriteAllTextAsync(html, BriefPage.Render(BriefFixture.Assemble()));
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ChromiumPdf.DefaultPath,
                Headless = true,
                Args = [.. ChromiumPdf.HeadlessArguments],
            });
            var context = await browser.NewContextAsync(new BrowserNewContextOptions { Offline = true, JavaScriptEnabled = false });
            var page = await context.NewPageAsync();
            var requests = new List<string>();
            page.Request += (_, r) => requests.Add(r.Url);
            var errors = new List<string>();
            page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };

            await page.GotoAsync(new Uri(html).AbsoluteUri);

            var figures = await page.QuerySelectorAllAsync("figure.chart");
            Assert.True(figures.Count >= 9, $"{figures.Count} charts"); // balance fast and slow, posterior, 4 options, question, tornado
            foreach (var figure in figures)
            {
                var id = await figure.GetAttributeAsync("id");
                var svg = await figure.QuerySelectorAsync("svg");
                Assert.True(svg is not null, $"{id} has no svg");
                var box = await svg.BoundingBoxAsync();
                Assert.True(box is { Width: > 100, Height: > 50 }, $"{id} is drawn {box?.Width}x{box?.Height}");
                Assert.True(await svg.EvaluateAsync<int>("s => s.querySelectorAll('path, line, rect, text').length") > 10, $"{id} draws nothing");
            }
            Assert.Empty(errors);
            Assert.All(requests, r => Assert.StartsWith("file://", r, StringComparison.Ordinal));
            Directory.CreateDirectory(Artifacts);
            var shot = Path.Combine(Artifacts, "brief.png");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = shot, FullPage = true });
            Assert.True(new FileInfo(shot).Length > 10_000);
            output.WriteLine($"screenshot: {shot}");
        }
        finally
        {
            directory.Delete(true);
        }
    }
}
