using System.Globalization;
using Fulcrum.Core.Text;
using YamlDotNet.RepresentationModel;

namespace Fulcrum.Scenario.Loading.Internal;

/// <summary>Typed reads of a mapping's fields: strings, ids, numbers, booleans, dates, lists and pairs.</summary>
internal sealed partial class MapReader
{
    public string RequireString(string key, string hint)
    {
        var node = Get(key);
        if (node is null)
        {
            Problem(null, $"{What} has no '{key}'", hint);
            return "";
        }
        return StringOf(node, key) ?? "";
    }

    public string OptionalString(string key, string fallback = "") =>
        Get(key) is { } node ? StringOf(node, key) ?? fallback : fallback;

    public string RequireId(string key)
    {
        var id = RequireString(key, "give it a short identifier of letters, digits, '_' or '-'");
        if (id.Length > 0 && !IsId(id))
            Problem(Get(key), $"'{Echo.Value(id)}' is not a valid identifier in {What}", "use letters, digits, '_' or '-', starting with a letter (at most 64 characters)");
        return id;
    }

    public double RequireNumber(string key, string hint)
    {
        var node = Get(key);
        if (node is null)
        {
            Problem(null, $"{What} has no '{key}'", hint);
            return double.NaN;
        }
        return NumberOf(node, $"'{key}' of {What}");
    }

    public double? OptionalNumber(string key) => Get(key) is { } node ? NumberOf(node, $"'{key}' of {What}") : null;

    public bool OptionalBool(string key, bool fallback)
    {
        if (Get(key) is not { } node) return fallback;
        var text = StringOf(node, key);
        switch (text)
        {
            case "true" or "yes": return true;
            case "false" or "no": return false;
            case null: return fallback;
            default:
                Problem(node, $"'{key}' of {What} must be true or false, not '{Echo.Value(text)}'", "write true or false");
                return fallback;
        }
    }

    public DateOnly? RequireDate(string key)
    {
        var node = Get(key);
        if (node is null)
        {
            Problem(null, $"{What} has no '{key}'", "write a date as YYYY-MM-DD");
            return null;
        }
        return DateOf(node, $"'{key}' of {What}");
    }

    /// <summary>The items of a sequence field (empty, with a problem, when it is not a sequence).</summary>
    public IReadOnlyList<YamlNode> Sequence(string key, bool required)
    {
        var node = Get(key);
        switch (node)
        {
            case YamlSequenceNode seq: return [.. seq.Children];
            case null:
                if (required) Problem(null, $"{What} has no '{key}'", $"add '{key}:' with its list of items; see docs/case-format.md");
                return [];
            default:
                Problem(node, $"'{key}' of {What} must be a list", "write its items on lines starting with '- ', or as [a, b]");
                return [];
        }
    }

    /// <summary>The key/value pairs of a mapping field (empty, with a problem, when it is not one).</summary>
    public IReadOnlyList<(YamlScalarNode Key, YamlNode Value)> Pairs(string key, bool required)
    {
        var node = Get(key);
        switch (node)
        {
            case YamlMappingNode map:
                return [.. map.Children.Where(kv => kv.Key is YamlScalarNode).Select(kv => ((YamlScalarNode)kv.Key, kv.Value))];
            case null:
                if (required) Problem(null, $"{What} has no '{key}'", $"add '{key}:' with one 'name: value' line per entry");
                return [];
            default:
                Problem(node, $"'{key}' of {What} must be a mapping", "write one 'name: value' line per entry");
                return [];
        }
    }

    public string? StringOf(YamlNode node, string key)
    {
        if (node is YamlScalarNode s && s.Value is not null) return s.Value;
        Problem(node, $"'{key}' of {What} must be a single value", "write it on the same line as its key");
        return null;
    }

    /// <summary>A finite number within <see cref="CaseNumbers"/>; NaN, with the problem recorded, otherwise.</summary>
    public double NumberOf(YamlNode node, string what) => ReadNumber(node, what, _problems);

    /// <summary>As <see cref="NumberOf"/>, but .inf and -.inf pass: a bound of a normal distribution.</summary>
    public double BoundOf(YamlNode node, string what) => ReadNumber(node, what, _problems, allowInfinite: true);

    /// <summary>The first and last dates a case may name: every window and step around them (a baseline of ten years) stays in the calendar.</summary>
    public static readonly DateOnly FirstDate = new(1800, 1, 1), LastDate = new(2199, 12, 31);

    public DateOnly? DateOf(YamlNode node, string what)
    {
        if (node is YamlScalarNode { Value: { } text } &&
            DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            if (date >= FirstDate && date <= LastDate) return date;
            Problem(node, $"{what} is {text}; a case's dates lie between {FirstDate:yyyy-MM-dd} and {LastDate:yyyy-MM-dd}", "check the year");
            return null;
        }
        Problem(node, $"{what} must be a date YYYY-MM-DD, not '{Echo.Value((node as YamlScalarNode)?.Value)}'", "write e.g. 2022-01-05");
        return null;
    }
}
