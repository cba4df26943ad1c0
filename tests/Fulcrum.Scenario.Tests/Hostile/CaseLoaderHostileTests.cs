using System.Diagnostics;
using Fulcrum.Scenario.Loading;
using Xunit.Abstractions;

namespace Fulcrum.Scenario.Tests.Hostile;

public class CaseLoaderHostileTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(25_000)]
    [InlineData(100_000)]
    public void LoadText_DeeplyNestedFlowYaml_IsRefusedAtTheDepthLimit(int depth)
    {
        var problem = Assert.Single(CaseLoader.LoadText(LargeCases.NestedFlow(depth), "deep.yaml").Problems);
        Assert.Equal((2, 68, "YAML nests more than 64 levels deep here; a case file nests at most 64"), (problem.Line, problem.Column, problem.Message));
    }

    [Fact]
    public void LoadText_DeeplyNestedBlockYaml_IsRefusedAtTheDepthLimit()
    {
        var problem = Assert.Single(CaseLoader.LoadText(LargeCases.NestedBlock(30_000), "deep.yaml").Problems);
        Assert.Equal("YAML nests more than 64 levels deep here; a case file nests at most 64", problem.Message);
    }

    [Fact]
    public void LoadText_NestingAtTheLimit_IsNotRefusedForItsDepth()
    {
        // 64 levels: the root mapping and 63 sequences. The case is wrong otherwise, but not for its depth.
        var problems = CaseLoader.LoadText(LargeCases.NestedFlow(63), "deep.yaml").Problems;
        Assert.DoesNotContain(problems, p => p.Message.Contains("levels deep", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Message == "the case has no 'title'");
    }

    [Fact]
    public void LoadText_TenThousandOptions_Loads()
    {
        var watch = Stopwatch.StartNew();
        var result = CaseLoader.LoadText(LargeCases.WithOptions(10_000), "big.yaml");
        output.WriteLine($"10,000 options loaded in {watch.ElapsedMilliseconds} ms");
        Assert.True(result.Ok, string.Join("\n", result.Problems.Take(3)));
        Assert.Equal(10_000, result.Value!.Options.Count);
        Assert.Equal(20_000, result.Value.Reactions.Count);
    }

    [Fact]
    public void LoadText_TenThousandInterests_Loads()
    {
        var watch = Stopwatch.StartNew();
        var result = CaseLoader.LoadText(LargeCases.WithInterests(10_000), "wide.yaml");
        output.WriteLine($"10,000 interests loaded in {watch.ElapsedMilliseconds} ms");
        Assert.True(result.Ok, string.Join("\n", result.Problems.Take(3)));
        Assert.Equal(10_000, result.Value!.Interests.Count);
    }

    [Fact]
    public void LoadText_LongerThanACaseFileMayBe_IsRefused()
    {
        var text = "fulcrum: 1\n# " + new string('x', 4 * 1024 * 1024);
        var problem = Assert.Single(CaseLoader.LoadText(text, "long.yaml").Problems);
        Assert.Equal("the case text is 4,194,317 characters; a case file may be at most 4,194,304 bytes", problem.Message);
    }

    [Theory]
    [InlineData("\r")]
    [InlineData("\r\n")]
    public void LoadText_OtherLineEnds_Load(string end)
    {
        var result = CaseLoader.LoadText(LargeCases.MinimalWith("\n", end), "cr.yaml");
        Assert.True(result.Ok, string.Join("\n", result.Problems));
    }

    [Fact]
    public void LoadBytes_TwoByteOrderMarks_Load()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(LargeCases.MinimalWith("fulcrum: 1", "fulcrum: 1"));
        var result = CaseLoader.LoadBytes([0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, .. bytes], "bom.yaml");
        Assert.True(result.Ok, string.Join("\n", result.Problems));
    }
}
