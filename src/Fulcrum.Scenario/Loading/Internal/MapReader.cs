using System.Globalization;
using Fulcrum.Core.Problems;
using YamlDotNet.RepresentationModel;

namespace Fulcrum.Scenario.Loading.Internal;

/// <summary>
/// Reads the fields of one YAML mapping, recording a located problem for every field that is
/// missing, of the wrong type, out of range or unknown; never throws on bad input.
/// </summary>
internal sealed partial class MapReader
{
    private readonly YamlMappingNode _node;
    private readonly ProblemList _problems;

    private MapReader(YamlMappingNode node, string what, ProblemList problems)
    {
        _node = node;
        What = what;
        _problems = problems;
    }

    /// <summary>What this mapping is, for messages: <c>interest 'trade'</c>.</summary>
    public string What { get; }

    public YamlNode Node => _node;

    /// <summary>Where this reader records problems.</summary>
    public ProblemList Problems => _problems;

    /// <summary>The same mapping under a more precise name, once its id is known.</summary>
    public MapReader Named(string what) => new(_node, what, _problems);

    /// <summary>
    /// A reader over <paramref name="node"/> when it is a mapping (else a problem and null), with
    /// a problem for every key not in <paramref name="allowed"/>.
    /// </summary>
    public static MapReader? Of(YamlNode? node, string what, ProblemList problems, params string[] allowed)
    {
        if (node is not YamlMappingNode map)
        {
            if (node is not null) At(problems, node, $"{what} must be a mapping (key: value lines)", "indent its fields under it");
            return null;
        }
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!allowed.Contains(name, StringComparer.Ordinal))
                At(problems, key, $"unknown field '{name}' in {what}", Suggest.Nearest(name, allowed) is { } near
                    ? $"did you mean '{near}'?"
                    : $"expected one of: {string.Join(", ", allowed)}");
        }
        return new MapReader(map, what, problems);
    }

    public YamlNode? Get(string key) =>
        _node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public bool Has(string key) => Get(key) is not null;

    /// <summary>Records a problem at <paramref name="node"/>, or at this mapping when null.</summary>
    public void Problem(YamlNode? node, string message, string hint) => At(_problems, node ?? _node, message, hint);

    public static bool TryParseNumber(string text, out double value)
    {
        switch (text)
        {
            case ".inf" or "+.inf": value = double.PositiveInfinity; return true;
            case "-.inf": value = double.NegativeInfinity; return true;
        }
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
    }

    public static bool IsId(string id) =>
        id.Length is > 0 and <= 64 && char.IsAsciiLetter(id[0]) && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');

    public static void At(ProblemList problems, YamlNode node, string message, string hint) =>
        problems.Add((int)node.Start.Line, (int)node.Start.Column, message, hint);
}
