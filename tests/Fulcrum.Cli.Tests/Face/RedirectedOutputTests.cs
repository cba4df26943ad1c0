using System.Text.RegularExpressions;
using Fulcrum.Cli.Infrastructure;
using Fulcrum.Cli.Tests.Measure;
using Fulcrum.Events.Tests;
using Microsoft.Extensions.Time.Testing;

namespace Fulcrum.Cli.Tests.Face;

/// <summary>Output to a file or a pipe: the width COLUMNS says, no date or number broken across lines, the recommendation marked in plain text.</summary>
public partial class RedirectedOutputTests
{
    [Theory]
    [InlineData("200", 200)]
    [InlineData("40", 40)]
    [InlineData(null, CliIO.DefaultRedirectedWidth)]
    [InlineData("", CliIO.DefaultRedirectedWidth)]
    [InlineData("wide", CliIO.DefaultRedirectedWidth)]
    [InlineData("12", CliIO.DefaultRedirectedWidth)]
    [InlineData("-80", CliIO.DefaultRedirectedWidth)]
    public void RedirectedWidth_HonoursColumns_ElseAWideDefault(string? columns, int width) =>
        Assert.Equal(width, CliIO.RedirectedWidth(columns));

    [Fact]
    public void Dyad_NarrowerThanItsTable_KeepsEveryDateAndNumberWhole()
    {
        using var cli = new MeasureCli();
        cli.IngestFixtures([.. Fixture.Gdelt2Days]);

        var run = Run(40, "dyad", "ISR", "USA", "--by", "day", "--db", cli.Db);

        Assert.Equal(0, run.ExitCode);
        var rows = run.Out.Split('\n').Where(l => l.StartsWith("│ 2020", StringComparison.Ordinal)).ToList();
        Assert.Equal(["2020-11-13", "2020-11-14", "2020-11-15"], rows.Select(r => r[2..12]));
        // 13 Nov: goldstein_sum 211.5 and tone -1.92 in one piece on the date's line.
        Assert.Matches(@"│\s+211\.5\s+│", rows[0]);
        Assert.DoesNotMatch(BrokenCell(), run.Out);
    }

    [Fact]
    public void Examine_Narrow_MarksTheRecommendedOptionInPlainTextAndBreaksNoId()
    {
        var run = Run(60, "examine", "--draws", "2000");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("> = recommended", run.Out, StringComparison.Ordinal);
        var marked = run.Out.Split('\n').Where(l => l.StartsWith("│ > ", StringComparison.Ordinal)).ToList();
        Assert.Contains(marked, l => l.StartsWith("│ > condemn_aid ", StringComparison.Ordinal));
        Assert.Contains("│   sanctions_expel_isolate", run.Out, StringComparison.Ordinal);
    }

    private static CliRun Run(int width, params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var code = FulcrumCli.Run(args, new CliIO(stdout, stderr, IsTerminal: false, Width: width), new FakeTimeProvider(new DateTimeOffset(2022, 1, 5, 12, 0, 0, TimeSpan.Zero)));
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>A table row that holds only the tail of a number or date: digits alone in a cell under a row.</summary>
    [GeneratedRegex(@"│\s+-?\d{1,2}\s+│\s+│")]
    private static partial Regex BrokenCell();
}
