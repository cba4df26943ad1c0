using System.Globalization;
using Fulcrum.Core.Problems;
using Fulcrum.Decision;

namespace Fulcrum.Cli.Commands.Examine;

/// <summary>Reads <c>--scenario-probabilities id=p,id=p,…</c>; the engine's rules (every scenario, sum 1) are checked by <see cref="ScenarioProbabilities.From"/>.</summary>
public static class ScenarioProbabilityArgument
{
    public const string Name = "--scenario-probabilities";

    public static Checked<ScenarioProbabilities> Parse(Scenario.Model.Case c, string text)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(text);
        var pairs = new List<KeyValuePair<string, double>>();
        var problems = new List<Problem>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0 || !double.TryParse(part[(eq + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var p))
            {
                problems.Add(new Problem(Name, 0, 0, $"'{part}' is not id=probability",
                    $"write e.g. {string.Join(",", c.Scenarios.Select(s => $"{s.Id}={s.Prior.ToString(CultureInfo.InvariantCulture)}"))}"));
                continue;
            }
            pairs.Add(new(part[..eq].Trim(), p));
        }
        return problems.Count > 0 ? Checked<ScenarioProbabilities>.Failure(problems) : ScenarioProbabilities.From(c, pairs, Name);
    }
}
