using Fulcrum.Scenario.Loading;
using Fulcrum.Scenario.Model;

namespace Fulcrum.Scenario.Tests;

/// <summary>A change rule's clearing (clears, clears_after) and a signpost's group, on the minimal fixture.</summary>
public class CaseLoaderClearingTests
{
    private static readonly string Minimal = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "minimal.fulcrum.yaml"));

    private static string WithRule(string rule, string extra = "") => Minimal
        .Replace("    indicator: {kind: manual, observations: []}\n    rule: {kind: observed}\n",
            "    indicator: {kind: series, file: \"builtin:gdelt-dyads\", series: RUS-UKR}\n    rule: " + rule + "\n" + extra, StringComparison.Ordinal);

    [Theory]
    [InlineData("{kind: change, direction: down}", ClearingKind.Opposite, 0)]
    [InlineData("{kind: change, direction: down, clears: opposite}", ClearingKind.Opposite, 0)]
    [InlineData("{kind: change, direction: down, clears: never}", ClearingKind.Never, 0)]
    [InlineData("{kind: change, direction: down, clears_after: 90d}", ClearingKind.After, 90)]
    [InlineData("{kind: change, direction: down, clears_after: 12w}", ClearingKind.After, 84)]
    public void Load_ChangeRule_ReadsItsClearing(string rule, ClearingKind kind, int days)
    {
        var text = WithRule(rule);
        Assert.Contains("RUS-UKR", text, StringComparison.Ordinal);
        var s = CaseLoader.LoadText(text, "clears").ValueOrThrow().Signposts.Single();
        Assert.Equal(new Clearing(kind, days), ((ChangeRule)s.Rule).Clears);
        Assert.Equal("", s.Group);
    }

    [Fact]
    public void Load_BuiltInDyadSeries_IsAcceptedEitherWayRound()
    {
        var text = WithRule("{kind: change, direction: down}").Replace("series: RUS-UKR", "series: UKR-RUS", StringComparison.Ordinal);

        var loaded = CaseLoader.LoadText(text, "reversed");

        Assert.True(loaded.Ok, string.Join("; ", loaded.Problems));
    }

    [Theory]
    [InlineData("{kind: change, clears: sometimes}", "'clears' of rule of signpost 'buildup' is 'sometimes'")]
    [InlineData("{kind: change, clears_after: 90}", "'clears_after' of rule of signpost 'buildup' must be a number of days or weeks")]
    [InlineData("{kind: change, clears_after: 0d}", "'clears_after' of rule of signpost 'buildup' must be a number of days or weeks")]
    [InlineData("{kind: change, clears: never, clears_after: 9d}", "gives both 'clears' and 'clears_after'")]
    [InlineData("{kind: threshold, above: 3, clears: never}", "applies to change rules only")]
    public void Load_BadClearing_IsAProblemAtItsLine(string rule, string message)
    {
        var result = CaseLoader.LoadText(WithRule(rule), "clears");
        var p = Assert.Single(result.Problems);
        Assert.Contains(message, p.Message, StringComparison.Ordinal);
        Assert.Equal(65, p.Line);
    }

    [Fact]
    public void Load_Group_IsRead()
    {
        var s = CaseLoader.LoadText(WithRule("{kind: change}", "    group: rus_crisis\n"), "group").ValueOrThrow().Signposts.Single();
        Assert.Equal("rus_crisis", s.Group);
    }

    [Fact]
    public void Load_BadGroup_IsAProblem()
    {
        var result = CaseLoader.LoadText(WithRule("{kind: change}", "    group: \"two words\"\n"), "group");
        Assert.Contains("group 'two words' of signpost 'buildup' is not a valid identifier", Assert.Single(result.Problems).Message, StringComparison.Ordinal);
    }
}
