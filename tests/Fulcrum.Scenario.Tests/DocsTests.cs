using System.Text.RegularExpressions;
using Fulcrum.Scenario.Loading;

namespace Fulcrum.Scenario.Tests;

/// <summary>The examples in docs/ are tests: the full example of the case format must load.</summary>
public partial class DocsTests
{
    [Fact]
    public void CaseFormatDoc_FullExample_LoadsAndIsTheMinimalFixture()
    {
        var doc = File.ReadAllText(Path.Combine(RepoRoot(), "docs", "case-format.md"));
        var yaml = Assert.Single(YamlBlock().Matches(doc)).Groups[1].Value;
        var result = CaseLoader.LoadText(yaml, "docs/case-format.md");
        Assert.True(result.Ok, string.Join("\n", result.Problems));
        var fixture = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "minimal.fulcrum.yaml"));
        Assert.EndsWith(yaml, fixture, StringComparison.Ordinal);
    }

    internal static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Fulcrum.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Fulcrum.slnx not found above the test binaries");
    }

    [GeneratedRegex("```yaml\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex YamlBlock();
}
