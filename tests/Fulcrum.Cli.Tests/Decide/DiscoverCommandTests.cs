using System.Text.Json;

namespace Fulcrum.Cli.Tests.Decide;

public class DiscoverCommandTests
{
    private const string Draws = "4000";

    [Fact]
    public void Discover_KeepLineRegret_PrintsTheFailureShareTheBoxInWordsAndTheTrajectory()
    {
        var run = CliRunner.Run("discover", "--draws", Draws, "--priors", "--option", "keep_line");

        Assert.Equal(0, run.ExitCode);
        foreach (var text in new[] { "Discover:", "Keep the current line (keep_line) fails - regret above 0.05 - in ", "dimensions searched: scenario, factor us_pressure",
            "box 1: coverage ", "density ", "mass ", "  - ", "Box 1 trajectory", "examination: Fulcrum" })
            Assert.Contains(text, run.Out, StringComparison.Ordinal);
        Assert.Contains("discover: israel-2022, 4,000 draws, seed 42", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Discover_Json_HasBoxesWithLimitsCoverageDensityMassAndTrajectory()
    {
        var run = CliRunner.Run("discover", "--draws", Draws, "--priors", "--option", "keep_line", "--json");

        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Out);
        var root = doc.RootElement;
        Assert.Equal(1, root.GetProperty("schema_version").GetInt32());
        Assert.Equal("keep_line", root.GetProperty("option").GetString());
        Assert.Equal(4000, root.GetProperty("draws").GetInt32());
        var failures = root.GetProperty("failures").GetInt32();
        Assert.Equal(failures / 4000.0, root.GetProperty("failure_share").GetDouble(), 12);
        var box = root.GetProperty("boxes")[0];
        var (coverage, density, mass) = (box.GetProperty("coverage").GetDouble(), box.GetProperty("density").GetDouble(), box.GetProperty("mass").GetDouble());
        Assert.InRange(coverage, 0, 1);
        Assert.InRange(mass, 0.05, 1);
        // Coverage × failures = the failing draws inside = density × mass × draws.
        Assert.Equal(coverage * failures, density * mass * 4000, 6);
        Assert.All(box.GetProperty("limits").EnumerateArray(), l => Assert.False(string.IsNullOrEmpty(l.GetProperty("text").GetString())));
        var trajectory = box.GetProperty("trajectory").EnumerateArray().ToList();
        Assert.Equal(0, trajectory[0].GetProperty("id").GetInt32());
        Assert.Equal(4000, trajectory[0].GetProperty("points").GetInt32());
        Assert.Equal(mass, trajectory[^1].GetProperty("mass").GetDouble());
    }

    [Fact]
    public void Discover_BreachTarget_CountsTheDrawsInWhichThatPowersToleranceIsBreached()
    {
        using var examine = JsonDocument.Parse(CliRunner.Run("examine", "--draws", Draws, "--priors", "--json").Out);
        var keepLine = examine.RootElement.GetProperty("options").EnumerateArray().Single(o => o.GetProperty("id").GetString() == "keep_line");

        var run = CliRunner.Run("discover", "--draws", Draws, "--priors", "--option", "keep_line", "--target", "breach:USA", "--json");

        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Out);
        Assert.Equal("a tolerance of USA breached", doc.RootElement.GetProperty("failure").GetString());
        Assert.Equal(keepLine.GetProperty("breach").GetProperty("USA").GetDouble(), doc.RootElement.GetProperty("failure_share").GetDouble(), 12);
    }

    [Theory]
    [InlineData(new[] { "--target", "loss" }, "error: --target: 'loss' is not a discovery target")]
    [InlineData(new[] { "--target", "breach:USA", "--threshold", "0.1" }, "error: --threshold: a regret threshold was given with a breach target")]
    [InlineData(new[] { "--option", "surrender" }, "error: --option: unknown option 'surrender'")]
    [InlineData(new[] { "--target", "breach:CHN" }, "error: --target: power 'CHN' states no tolerance of case israel-2022")]
    public void Discover_BadInput_IsExitCode2WithTheFlagNamed(string[] args, string message)
    {
        var run = CliRunner.Run(["discover", "--draws", "400", .. args]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Discover_SameSeed_GivesByteIdenticalJsonForAnyCoreCount()
    {
        var one = CliRunner.Run("discover", "--draws", "2000", "--seed", "5", "--option", "mediate", "--threshold", "0.02", "--cores", "1", "--json");
        var two = CliRunner.Run("discover", "--draws", "2000", "--seed", "5", "--option", "mediate", "--threshold", "0.02", "--cores", "2", "--json");

        Assert.Equal(0, one.ExitCode);
        Assert.Equal(one.Out, two.Out);
    }

    [Fact]
    public void Discover_Help_ListsItsOptions()
    {
        var run = CliRunner.Run("discover", "--help");

        Assert.Equal(0, run.ExitCode);
        foreach (var option in new[] { "--case", "--option", "--target", "regret|breach:POWER", "--threshold", "--draws", "--seed", "--priors", "--scenario-probabilities" })
            Assert.Contains(option, run.Out, StringComparison.Ordinal);
    }
}
