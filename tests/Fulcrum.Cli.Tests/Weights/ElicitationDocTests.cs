using System.Text.RegularExpressions;

namespace Fulcrum.Cli.Tests.Weights;

/// <summary>The host section of docs/elicitation.md: its example is run, and what it shows is what the command prints.</summary>
public partial class ElicitationDocTests
{
    [Fact]
    public void ElicitationDoc_WeightsAhpExample_PrintsWhatTheDocShows()
    {
        var root = RepoRoot();
        var doc = File.ReadAllText(Path.Combine(root, "docs", "elicitation.md"));
        var lines = Example().Match(doc).Groups[1].Value.TrimEnd('\n').Split('\n');
        var args = lines[0]["$ fulcrum ".Length..].Split(' ');
        Assert.Equal(["weights", "ahp", "--file"], args[..3]);

        var run = CliRunner.Run([.. args[..3], Path.Combine(root, args[3])]);

        Assert.Equal(0, run.ExitCode);
        var printed = run.Out.Split('\n').Select(l => l.TrimEnd()).ToList();
        foreach (var line in lines.Skip(1)) Assert.Contains(line.TrimEnd(), printed);
    }

    [Fact]
    public void ElicitationDoc_SwingRankingExample_IsARanking()
    {
        var doc = File.ReadAllText(Path.Combine(RepoRoot(), "docs", "elicitation.md"));
        var ranking = RankingExample().Match(doc).Groups[1].Value;

        var run = WeightsCli.Run(ranking + "\n80\n40\n20\n15\n10\n", "weights", "swing", "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(1.0, WeightsCli.WeightsOf(WeightsCli.Json(run)).Values.Sum(), 12);
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Fulcrum.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Fulcrum.slnx not found above the test binaries");
    }

    [GeneratedRegex("<!-- example: weights ahp[^\n]*\n```text\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex Example();

    [GeneratedRegex(@"\(`(us_backing, [^`]*)`\)")]
    private static partial Regex RankingExample();
}
