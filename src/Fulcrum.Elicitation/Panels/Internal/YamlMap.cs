using System.Globalization;
using Fulcrum.Core.Problems;
using Fulcrum.Elicitation.Internal;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Fulcrum.Elicitation.Panels.Internal;

/// <summary>The top mapping of a small YAML file, read field by field with every problem located at its node.</summary>
internal sealed class YamlMap
{
    private readonly YamlMappingNode _node;

    private YamlMap(YamlMappingNode node, ProblemList problems)
    {
        _node = node;
        Problems = problems;
    }

    public ProblemList Problems { get; }

    /// <summary>The top mapping of <paramref name="text"/>, with a problem for each key not in <paramref name="allowed"/>; null (with problems) if it is not one.</summary>
    public static YamlMap? Load(string text, ProblemList problems, string hint, IReadOnlyList<string> allowed)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            problems.Add((int)e.Start.Line, (int)e.Start.Column, $"YAML syntax error: {e.InnerException?.Message ?? e.Message}", "check indentation and quoting on this line and the one before it");
            return null;
        }
        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            problems.Add(0, 0, stream.Documents.Count == 0 ? "file is empty" : "the file is not one mapping of fields", hint);
            return null;
        }
        var map = new YamlMap(root, problems);
        foreach (var key in root.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!allowed.Contains(name))
                map.At(key, $"unknown field '{name}'", Ids.Nearest(name, allowed) is { } near ? $"did you mean '{near}'?" : $"the fields are: {string.Join(", ", allowed)}");
        }
        return map;
    }

    public YamlNode Node => _node;

    public YamlNode? Get(string key) => _node.Children.TryGetValue(new YamlScalarNode(key), out var v) ? v : null;

    /// <summary>A plain string field, or null (with a problem when it is not a string).</summary>
    public string? String(string key)
    {
        if (Get(key) is not { } node) return null;
        if (node is YamlScalarNode { Value: { Length: > 0 } s }) return s.Trim();
        At(node, $"'{key}' must be text", $"write {key}: followed by its value on the same line");
        return null;
    }

    /// <summary>A number, or null with a problem saying what <paramref name="what"/> must be.</summary>
    public double? Number(YamlNode node, string what)
    {
        if (node is YamlScalarNode { Value: { } text } && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v))
            return v;
        At(node, $"{what} must be a number, not '{(node as YamlScalarNode)?.Value ?? "a list or mapping"}'", "write a plain number such as 0.25");
        return null;
    }

    /// <summary>The entries of a nested mapping <paramref name="key"/>; empty (with a problem) when it is not a mapping.</summary>
    public List<(YamlScalarNode Key, YamlNode Value)> Entries(string key, string hint)
    {
        if (Get(key) is not { } node) return [];
        if (node is not YamlMappingNode m)
        {
            At(node, $"'{key}' must be a mapping of id: value lines", hint);
            return [];
        }
        var entries = new List<(YamlScalarNode, YamlNode)>();
        foreach (var (k, v) in m.Children)
        {
            if (k is YamlScalarNode s) entries.Add((s, v));
            else At(k, $"a key of '{key}' must be an id", hint);
        }
        return entries;
    }

    public void At(YamlNode node, string message, string hint) => Problems.Add((int)node.Start.Line, (int)node.Start.Column, message, hint);

    /// <summary>A problem at the whole mapping (its first line).</summary>
    public void AtTop(string message, string hint) => At(_node, message, hint);
}
