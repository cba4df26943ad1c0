using System.Text.Json;
using Fulcrum.Scenario.Loading;

namespace Fulcrum.Cli.Tests.Case;

public class CaseCommandTests
{
    [Fact]
    public void Check_BuiltInCase_SucceedsWithCounts()
    {
        var run = CliRunner.Run("case", "check");
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("ok: builtin:israel-2022", run.Out, StringComparison.Ordinal);
        Assert.Contains("6 options, 3 scenarios", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_BadFile_ExitsTwoWithEveryProblemAndNoStackTrace()
    {
        var path = WriteTemp("fulcrum: 1\nid: x\ntitle: t\nfocal: ISR\npowers: [USA]\nactors: [ISR, USA, ZZZ]\nas_of: 2022-01-05\n");
        try
        {
            var run = CliRunner.Run("case", "check", path);
            Assert.Equal(2, run.ExitCode);
            Assert.Contains($"error: {path}:6:20: unknown actor 'ZZZ'", run.Error, StringComparison.Ordinal);
            Assert.Contains($"error: {path}:5:9: a case needs at least two powers", run.Error, StringComparison.Ordinal);
            Assert.Contains("has no 'interests'", run.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
            Assert.Equal("", run.Out);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Check_BadFileWithJson_PrintsProblemsAsJson()
    {
        var run = CliRunner.Run("case", "check", "--json", "no-such-file.fulcrum.yaml");
        Assert.Equal(2, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Out);
        var root = doc.RootElement;
        Assert.False(root.GetProperty("ok").GetBoolean());
        Assert.Equal(2, root.GetProperty("exit_code").GetInt32());
        var problem = root.GetProperty("problems")[0];
        Assert.Equal("no-such-file.fulcrum.yaml", problem.GetProperty("file").GetString());
        Assert.Equal("file not found", problem.GetProperty("message").GetString());
        Assert.Equal(0, problem.GetProperty("line").GetInt32());
        Assert.True(problem.TryGetProperty("hint", out _));
    }

    [Fact]
    public void CheckAndShow_AWeightOnAnotherScale_WarnAndShowTheShares()
    {
        var founding = File.ReadAllText(Path.Combine(RepoRoot(), "src", "Fulcrum.Scenario", "BuiltIn", "Data", "israel-2022.fulcrum.yaml"));
        var path = WriteTemp(founding.Replace("weight: [0.08, 0.15]", "weight: 25", StringComparison.Ordinal));
        try
        {
            var check = CliRunner.Run("case", "check", path);
            var json = JsonDocument.Parse(CliRunner.Run("case", "check", path, "--json").Out).RootElement;
            var show = CliRunner.Run("case", "show", path);

            Assert.Equal(0, check.ExitCode);
            Assert.Contains($"warning: {path}: the weight of interest 'us_iran_coordination' (25) is ", check.Error, StringComparison.Ordinal);
            Assert.Contains("it takes 97% of the total weight", json.GetProperty("warnings")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
            Assert.Equal(0.9682, json.GetProperty("weight_shares").GetProperty("us_iran_coordination").GetDouble(), 4);
            Assert.Contains("│ share │", show.Out, StringComparison.Ordinal);
            Assert.Contains("96.8%", show.Out, StringComparison.Ordinal);
            Assert.Contains("warning: ", show.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Show_PrintsEverySectionAsTables()
    {
        var run = CliRunner.Run("case", "show");
        Assert.Equal(0, run.ExitCode);
        foreach (var title in new[] { "Interests", "Options", "Scenarios", "Factors", "Reactions under 'Full-scale invasion'", "Tolerances", "Signposts", "Context" })
            Assert.Contains(title, run.Out, StringComparison.Ordinal);
        Assert.Contains("rus_deconfliction", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void ShowJson_HasStableSnakeCaseFields()
    {
        var run = CliRunner.Run("case", "show", "--json");
        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Out);
        var root = doc.RootElement;
        Assert.Equal("israel-2022", root.GetProperty("id").GetString());
        Assert.Equal("2022-01-05", root.GetProperty("as_of").GetString());
        var interest = root.GetProperty("interests")[0];
        Assert.Equal("RUS", interest.GetProperty("depends_on").GetString());
        var tolerance = root.GetProperty("tolerances")[0];
        Assert.Equal(0.1, tolerance.GetProperty("max_breach_probability").GetDouble());
        var effect = root.GetProperty("reactions")[1].GetProperty("effects").GetProperty("us_backing").GetProperty("distribution");
        Assert.Equal("triangular", effect.GetProperty("kind").GetString());
    }

    [Fact]
    public void Export_WritesYamlThatLoadsToTheBuiltInCase()
    {
        var run = CliRunner.Run("case", "export");
        Assert.Equal(0, run.ExitCode);
        var path = WriteTemp(run.Out);
        try
        {
            var exported = CaseLoader.LoadFile(path).ValueOrThrow();
            Assert.Equal(JsonSerializer.Serialize(CaseLoader.LoadBuiltIn("israel-2022").ValueOrThrow()), JsonSerializer.Serialize(exported));
            Assert.Contains("# Israel between the United States and Russia", run.Out, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Export_UnknownName_IsBadInput()
    {
        var run = CliRunner.Run("case", "export", "--name", "atlantis");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no built-in case named 'atlantis'", run.Error, StringComparison.Ordinal);
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Fulcrum.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Fulcrum.slnx not found above the test binaries");
    }

    private static string WriteTemp(string text)
    {
        var path = Path.Combine(Path.GetTempPath(), $"fulcrum-cli-{Guid.NewGuid():N}.fulcrum.yaml");
        File.WriteAllText(path, text);
        return path;
    }
}
