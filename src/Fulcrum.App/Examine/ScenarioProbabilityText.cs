using System.Globalization;
using Fulcrum.Core.Problems;
using Fulcrum.Decision;
using Fulcrum.Scenario.Model;

namespace Fulcrum.App.Examine;

/// <summary>Reads scenario probabilities written as <c>id=p,id=p,…</c>; the engine's rules (every scenario, sum 1) are checked by <see cref="ScenarioProbabilities.From"/>.</summary>
public static class ScenarioProbabilityText
{
    /// <summary>How the appraisal names probabilities an analyst gave.</summary>
    public const string Source = "given probabilities";

    public static Checked<ScenarioProbabilities> Parse(Case c, string text, string source = Source)
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
                problems.Add(Problem.About(Subjects.ScenarioProbabilities, $"'{part}' is not id=probability",
                    $"write e.g. {string.Join(",", c.Scenarios.Select(s => $"{s.Id}={s.Prior.ToString(CultureInfo.InvariantCulture)}"))}"));
                continue;
            }
            pairs.Add(new(part[..eq].Trim(), p));
        }
        return problems.Count > 0 ? Checked<ScenarioProbabilities>.Failure(problems) : ScenarioProbabilities.From(c, pairs, source);
    }
}
