using System.Text;

namespace Fulcrum.Scenario.Tests.Hostile;

/// <summary>Case texts made in memory: large genuine cases and deeply nested YAML.</summary>
internal static class LargeCases
{
    private static readonly string Minimal = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "minimal.fulcrum.yaml"));

    /// <summary>The minimal case with its text changed: <paramref name="from"/> replaced by <paramref name="to"/> (which must be there).</summary>
    public static string MinimalWith(string from, string to)
    {
        Assert.Contains(from, Minimal, StringComparison.Ordinal);
        return Minimal.Replace(from, to, StringComparison.Ordinal);
    }

    /// <summary>The minimal case with <paramref name="options"/> options, each with its two reactions.</summary>
    public static string WithOptions(int options)
    {
        var text = new StringBuilder(Minimal[..Minimal.IndexOf("options:", StringComparison.Ordinal)]);
        text.Append("options:\n");
        for (var o = 0; o < options; o++) text.Append("  - {id: o").Append(o).Append(", name: Option ").Append(o).Append("}\n");
        text.Append(Between("scenarios:", "reactions:"));
        text.Append("reactions:\n");
        for (var o = 0; o < options; o++)
            foreach (var s in new[] { "calm", "war" })
                text.Append("  - {option: o").Append(o).Append(", scenario: ").Append(s)
                    .Append(", source: t, effects: {syria: {uniform: [-10, 0]}, alliance: 1}, relations: {USA: 0, RUS: 0}}\n");
        text.Append(Minimal[Minimal.IndexOf("tolerances:", StringComparison.Ordinal)..]);
        return text.ToString();
    }

    /// <summary>The minimal case with <paramref name="interests"/> interests, each reaction with an effect on every one.</summary>
    public static string WithInterests(int interests)
    {
        var text = new StringBuilder(Minimal[..Minimal.IndexOf("interests:", StringComparison.Ordinal)]);
        text.Append("interests:\n");
        for (var i = 0; i < interests; i++)
            text.Append("  - {id: i").Append(i).Append(", name: Interest ").Append(i)
                .Append(", unit: index, baseline: 50, depends_on: ").Append(i % 2 == 0 ? "USA" : "RUS")
                .Append(", weight: [0.5, 1], value: {worst: 0, best: 100}, source: t}\n");
        text.Append(Between("options:", "reactions:"));
        text.Append("reactions:\n");
        var effects = string.Join(", ", Enumerable.Range(0, interests).Select(i => $"i{i}: {{uniform: [-5, 5]}}"));
        foreach (var o in new[] { "stay", "sanction" })
            foreach (var s in new[] { "calm", "war" })
                text.Append("  - {option: ").Append(o).Append(", scenario: ").Append(s)
                    .Append(", source: t, relations: {USA: 0, RUS: 0}, effects: {").Append(effects).Append("}}\n");
        text.Append("signposts:").Append(Minimal[(Minimal.IndexOf("signposts:", StringComparison.Ordinal) + "signposts:".Length)..]);
        return text.ToString();
    }

    /// <summary>A document whose 'id' is a flow sequence nested <paramref name="depth"/> levels deep: <c>[[[…]]]</c>.</summary>
    public static string NestedFlow(int depth) => $"fulcrum: 1\nid: {new string('[', depth)}{new string(']', depth)}\n";

    /// <summary>A document whose 'id' is a block sequence nested <paramref name="depth"/> levels deep: <c>- - - x</c>.</summary>
    public static string NestedBlock(int depth) => $"fulcrum: 1\nid:\n{string.Concat(Enumerable.Repeat("- ", depth))}x\n";

    private static string Between(string start, string end)
    {
        var a = Minimal.IndexOf(start, StringComparison.Ordinal);
        return Minimal[a..Minimal.IndexOf(end, a, StringComparison.Ordinal)];
    }
}
