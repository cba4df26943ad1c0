using System.Globalization;
using Fulcrum.Core.Problems;
using Fulcrum.Core.Text;
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
                At(problems, key, $"unknown field '{Echo.Value(name)}' in {what}", Suggest.Nearest(name, allowed) is { } near
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

    /// <summary>Parses a YAML number: a decimal literal, or <c>.inf</c> / <c>-.inf</c> (in any of YAML's spellings).</summary>
    public static bool TryParseNumber(string text, out double value)
    {
        switch (text)
        {
            case ".inf" or "+.inf" or ".Inf" or "+.Inf" or ".INF" or "+.INF": value = double.PositiveInfinity; return true;
            case "-.inf" or "-.Inf" or "-.INF": value = double.NegativeInfinity; return true;
        }
        // Digits, signs, a point and an exponent only: .NET would also read "NaN", "Infinity" and "∞".
        // A literal too large for a double (1e400) reads as infinity, and is then called too large.
        value = 0;
        return text.Length > 0 && text.All(c => char.IsAsciiDigit(c) || c is '+' or '-' or '.' or 'e' or 'E')
            && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>
    /// The number in <paramref name="node"/>, checked against <see cref="CaseNumbers"/>; NaN, with
    /// the problem recorded, when it is not one a case may hold. Infinity passes only when
    /// <paramref name="allowInfinite"/> (the bounds of a normal).
    /// </summary>
    public static double ReadNumber(YamlNode node, string what, ProblemList problems, bool allowInfinite = false)
    {
        if (node is YamlScalarNode { Value: { } text } && TryParseNumber(text, out var value))
        {
            if (double.IsInfinity(value) && IsInfinity(text))
            {
                if (allowInfinite) return value;
                At(problems, node, $"{what} must be a finite number, not {text}", "only the bounds of a normal distribution may be .inf or -.inf");
                return double.NaN;
            }
            if (double.IsInfinity(value))
            {
                At(problems, node, $"{what} is {Echo.Value(text)}: too large; numbers in a case are {CaseNumbers.Bounds}",
                    "the engine adds and multiplies them: write the quantity in a larger unit (USD bn, not USD)");
                return double.NaN;
            }
            if (CaseNumbers.Problem(value, what) is not { } bad) return value;
            At(problems, node, bad.Message, bad.Hint);
            return double.NaN;
        }
        var shown = node is YamlScalarNode s ? Echo.Value(s.Value) : "a list or mapping";
        At(problems, node, $"{what} must be a number, not '{shown}'", "write a plain number such as 0.25 or -3");
        return double.NaN;
    }

    private static bool IsInfinity(string text) => text.TrimStart('+', '-').Equals(".inf", StringComparison.OrdinalIgnoreCase);

    public static bool IsId(string id) =>
        id.Length is > 0 and <= 64 && char.IsAsciiLetter(id[0]) && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');

    public static void At(ProblemList problems, YamlNode node, string message, string hint) =>
        problems.Add((int)node.Start.Line, (int)node.Start.Column, message, hint);
}
