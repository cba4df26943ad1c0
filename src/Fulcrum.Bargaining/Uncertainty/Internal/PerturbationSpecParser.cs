using System.Globalization;
using Fulcrum.Core.Problems;

namespace Fulcrum.Bargaining.Uncertainty.Internal;

/// <summary>The perturbation grammar: <c>key=number[,key=number]…</c>.</summary>
internal static class PerturbationSpecParser
{
    private const string Form = "write it as position=SD,salience=SD,capability=SD (any of the three, e.g. position=5,salience=10)";

    /// <summary>
    /// The largest SD of each input. A capability is multiplied by exp(SD·Z): past 5 (a factor of
    /// e^5, about 150, at one SD) a draw can underflow to 0 or overflow, and the model refuses it.
    /// A salience is on 0–100, so an SD past 100 only clamps. Positions share the readers' 1e12 bound.
    /// </summary>
    private static readonly Dictionary<string, double> Largest = new(StringComparer.Ordinal)
    {
        ["position"] = 1e12,
        ["salience"] = 100,
        ["capability"] = 5,
    };

    private static readonly Dictionary<string, string> Why = new(StringComparer.Ordinal)
    {
        ["position"] = "positions are at most 1e12 in size: an SD past that says nothing",
        ["salience"] = "saliences lie on 0–100: an SD past 100 only clamps them",
        ["capability"] = "capability is multiplied by exp(SD·Z): 0.2 is about ±20 % at one SD, 5 already a factor of 150",
    };

    private static readonly Dictionary<string, string> Keys = new(StringComparer.OrdinalIgnoreCase)
    {
        ["position"] = "position",
        ["pos"] = "position",
        ["salience"] = "salience",
        ["sal"] = "salience",
        ["capability"] = "capability",
        ["cap"] = "capability",
    };

    public static Checked<PerturbationSpec> Parse(string text, string source)
    {
        var problems = ProblemList.ForSubject(source);
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add(0, 0, "the perturbation spec is empty", Form);
            return Checked<PerturbationSpec>.Failure(problems.Items);
        }
        var values = new Dictionary<string, double>();
        var offset = 0;
        foreach (var item in text.Split(','))
        {
            var column = offset + 1 + (item.Length - item.TrimStart().Length);
            offset += item.Length + 1;
            var trimmed = item.Trim();
            var equals = trimmed.IndexOf('=', StringComparison.Ordinal);
            if (equals < 0)
            {
                problems.Add(0, column, $"'{trimmed}' has no '=' and value", Form);
                continue;
            }
            var key = trimmed[..equals].Trim();
            var value = trimmed[(equals + 1)..].Trim();
            if (!Keys.TryGetValue(key, out var name))
            {
                problems.Add(0, column, $"unknown input '{key}'", "the inputs that can be perturbed are position, salience and capability");
                continue;
            }
            if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var sd) || !double.IsFinite(sd) || sd < 0)
            {
                problems.Add(0, column, $"the SD of {name} '{value}' is not a number >= 0", Form);
                continue;
            }
            if (sd > Largest[name])
            {
                problems.Add(0, column, $"the SD of {name} '{value}' is too large: at most {Largest[name]:G}", Why[name]);
                continue;
            }
            if (!values.TryAdd(name, sd))
                problems.Add(0, column, $"{name} is given twice", "give each input once");
        }
        if (problems.Any) return Checked<PerturbationSpec>.Failure(problems.Sorted());
        return Checked<PerturbationSpec>.Success(new PerturbationSpec(
            values.GetValueOrDefault("position"), values.GetValueOrDefault("salience"), values.GetValueOrDefault("capability")));
    }
}
