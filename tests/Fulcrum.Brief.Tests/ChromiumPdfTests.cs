using Fulcrum.Core.Problems;

namespace Fulcrum.Brief.Tests;

/// <summary>A fact that runs only where Debian's Chromium is installed, and is reported skipped with the reason elsewhere.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (ChromiumPdf.Find() is null) Skip = $"Chromium is not installed at {ChromiumPdf.DefaultPath}: the PDF cannot be printed here";
    }
}

public class ChromiumPdfTests
{
    [ChromiumFact]
    public async Task PrintAsync_ChromiumInstalled_WritesAPdf()
    {
        var directory = Directory.CreateTempSubdirectory("brief-pdf-");
        try
        {
            var html = Path.Combine(directory.FullName, "brief.html");
            var pdf = Path.Combine(directory.FullName, "brief.pdf");
            await File.WriteAllTextAsync(html, BriefPage.Render(BriefFixture.Assemble()));

            await ChromiumPdf.PrintAsync(html, pdf);

            var head = new byte[5];
            await using (var stream = File.OpenRead(pdf)) await stream.ReadExactlyAsync(head);
            Assert.Equal("%PDF-"u8.ToArray(), head);
        }
        finally
        {
            directory.Delete(true);
        }
    }

    [Fact]
    public async Task PrintAsync_NoChromiumAtThePath_IsAnEnvironmentFailureSayingSo()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-dir", "chromium");

        var e = await Assert.ThrowsAsync<EnvironmentFailureException>(() => ChromiumPdf.PrintAsync("brief.html", "brief.pdf", missing));

        Assert.Contains($"Chromium is not installed at {missing}", e.Problem.Message, StringComparison.Ordinal);
        Assert.False(File.Exists("brief.pdf"));
    }
}
