using System.Globalization;
using Fulcrum.Core.Text;
using Fulcrum.Scenario.Model;

namespace Fulcrum.Scenario.Loading.Internal;

/// <summary>A change rule's clearing (<c>clears: opposite|never</c>, <c>clears_after: 90d</c>) and a signpost's group.</summary>
internal sealed partial class CaseReader
{
    /// <summary>The longest <c>clears_after</c> admitted: ten years, beyond which "never" says it better.</summary>
    private const int MaxClearDays = 3660;

    private static Clearing? ReadClearing(MapReader rule, string kind)
    {
        var clears = rule.Get("clears");
        var after = rule.Get("clears_after");
        if (clears is null && after is null) return Clearing.Opposite;
        if (kind != "change")
        {
            rule.Problem(clears ?? after, $"'{(clears is null ? "clears_after" : "clears")}' of {rule.What} applies to change rules only",
                "a threshold rule clears when the latest value is back across its value; an observed rule when the latest observation says not seen");
            return null;
        }
        if (clears is not null && after is not null)
        {
            rule.Problem(after, $"{rule.What} gives both 'clears' and 'clears_after'", "keep one: clears: opposite|never, or clears_after: 90d");
            return null;
        }
        if (clears is not null)
        {
            var text = rule.StringOf(clears, "clears");
            switch (text)
            {
                case "opposite": return Clearing.Opposite;
                case "never": return Clearing.Never;
                case null: return null;
                default:
                    rule.Problem(clears, $"'clears' of {rule.What} is '{Echo.Value(text)}'", "use opposite (an alarm the other way clears it) or never; for a time limit write clears_after: 90d");
                    return null;
            }
        }
        var days = DaysOf(rule.StringOf(after!, "clears_after"));
        if (days is null)
        {
            rule.Problem(after, $"'clears_after' of {rule.What} must be a number of days or weeks, such as 90d or 12w", $"write e.g. clears_after: 90d (at most {MaxClearDays}d)");
            return null;
        }
        return Clearing.After(days.Value);
    }

    /// <summary>"90d" → 90, "12w" → 84; null when not that form or out of 1..MaxClearDays.</summary>
    private static int? DaysOf(string? text)
    {
        if (text is not { Length: >= 2 }) return null;
        var unit = text[^1] switch { 'd' => 1, 'w' => 7, _ => 0 };
        if (unit == 0 || !int.TryParse(text[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return null;
        var days = (long)n * unit;
        return days is >= 1 and <= MaxClearDays ? (int)days : null;
    }

    /// <summary>A signpost's group: an identifier, or empty when not given.</summary>
    private static string ReadGroup(MapReader map)
    {
        if (!map.Has("group")) return "";
        var group = map.OptionalString("group");
        if (MapReader.IsId(group)) return group;
        map.Problem(map.Get("group"), $"group '{Echo.Value(group)}' of {map.What} is not a valid identifier", "use letters, digits, '_' or '-', starting with a letter (at most 64 characters)");
        return "";
    }
}
