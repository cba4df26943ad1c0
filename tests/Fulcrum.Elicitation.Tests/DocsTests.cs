using System.Text.RegularExpressions;
using Fulcrum.Elicitation.Panels;

namespace Fulcrum.Elicitation.Tests;

/// <summary>The examples in docs/elicitation.md are tests.</summary>
public partial class DocsTests
{
    [Fact]
    public void ElicitationDoc_AnalystFileExample_ReadsAgainstTheFoundingCase()
    {
        var doc = File.ReadAllText(Path.Combine(RepoRoot(), "docs", "elicitation.md"));
        var yaml = Assert.Single(YamlBlock().Matches(doc)).Groups[1].Value;
        var dir = Fixture.TempFolder();
        try
        {
            File.WriteAllText(Path.Combine(dir, "dana.yaml"), yaml);

            var analyst = Assert.Single(PanelReader.Read(dir, Fixture.Israel).ValueOrThrow().Analysts);

            Assert.Equal("Dana Levi", analyst.Name);
            Assert.Equal(WeightMethod.Direct, analyst.Method);
            Assert.Equal([0.5, 0.35, 0.15], analyst.Probabilities!);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Fulcrum.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Fulcrum.slnx not found above the test binaries");
    }

    [GeneratedRegex("```yaml\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex YamlBlock();
}
