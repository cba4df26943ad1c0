using Fulcrum.Events.Tests;

namespace Fulcrum.Cli.Tests.Face;

public class BriefCommandTests
{
    [Fact]
    public void Brief_AfterTwoJournalledExaminations_WritesThePageWithWhatChangedAndTheTimeline()
    {
        using var temp = Fixture.Temp();
        var db = temp.File("j.duckdb");
        Assert.Equal(0, CliRunner.Run("examine", "--draws", "500", "--as-of", "2021-11-01", "--journal", "--db", db).ExitCode);
        Assert.Equal(0, CliRunner.Run("examine", "--draws", "500", "--as-of", "2021-11-25", "--journal", "--db", db).ExitCode);
        var html = temp.File("brief.html");

        var run = CliRunner.Run("brief", "--draws", "500", "--db", db, "--out", html);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(html, run.Out.Trim());
        var page = File.ReadAllText(html);
        Assert.Contains("Against journal entry 2 of", page, StringComparison.Ordinal);
        Assert.Contains("id=\"chart-timeline\"", page, StringComparison.Ordinal);
        Assert.Contains("Recommendation:", page, StringComparison.Ordinal);
    }

    /// <summary>Where Chromium is installed the PDF is printed; where it is not, the HTML is still written and the exit code is 4, saying why.</summary>
    [Fact]
    public void Brief_Pdf_PrintedWithChromium_ElseAnEnvironmentFailureWithExitCode4()
    {
        using var temp = Fixture.Temp();

        var run = CliRunner.Run("brief", "--draws", "500", "--out", temp.File("b.html"), "--pdf", temp.File("b.pdf"));

        Assert.True(File.Exists(temp.File("b.html")));
        if (File.Exists(Fulcrum.Brief.ChromiumPdf.DefaultPath))
        {
            Assert.Equal(0, run.ExitCode);
            Assert.StartsWith("%PDF-", File.ReadAllText(temp.File("b.pdf"))[..5], StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(4, run.ExitCode);
            Assert.Contains("Chromium is not installed", run.Error, StringComparison.Ordinal);
        }
    }
}
