using System.Globalization;
using Fulcrum.Core.Problems;
using Fulcrum.Scenario.Model;

namespace Fulcrum.Decision;

/// <summary>
/// The scenario probabilities an appraisal uses: the case's priors, probabilities given by the
/// analyst, or (later) probabilities updated by signposts. Kept apart from the case and the options
/// so that whoever updates them can say where they come from (<see cref="Source"/>) and what moved
/// them (<see cref="MovedBy"/>); the appraisal reports both.
/// </summary>
public sealed record ScenarioProbabilities
{
    /// <summary>How far the probabilities may stray from summing to 1: rounding only.</summary>
    public const double SumTolerance = 1e-6;

    private ScenarioProbabilities(IReadOnlyList<double> values, string source, IReadOnlyList<string> movedBy)
    {
        Values = values;
        Source = source;
        MovedBy = movedBy;
    }

    /// <summary>One probability per scenario of the case, in the case's order; they sum to 1.</summary>
    public IReadOnlyList<double> Values { get; }

    /// <summary>Where they come from, e.g. <c>case priors</c> or <c>given probabilities</c>.</summary>
    public string Source { get; }

    /// <summary>What moved them away from the priors (e.g. signpost ids); empty for priors.</summary>
    public IReadOnlyList<string> MovedBy { get; }

    /// <summary>The case's prior probabilities.</summary>
    public static ScenarioProbabilities Priors(Case c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new([.. c.Scenarios.Select(s => s.Prior)], "case priors", []);
    }

    /// <summary>
    /// Probabilities given by id: every scenario of the case once, each in [0, 1], summing to 1
    /// (within <see cref="SumTolerance"/>). Otherwise every problem, about the scenario probabilities.
    /// </summary>
    public static Checked<ScenarioProbabilities> From(Case c, IReadOnlyList<KeyValuePair<string, double>> given,
        string source, IReadOnlyList<string>? movedBy = null)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(given);
        var problems = new List<Problem>();
        var ids = c.Scenarios.Select(s => s.Id).ToList();
        var values = new double?[ids.Count];
        foreach (var (id, p) in given)
        {
            var index = ids.IndexOf(id);
            if (index < 0)
                problems.Add(Problem.About(Subjects.ScenarioProbabilities, $"unknown scenario '{id}'", $"the scenarios of case {c.Id} are: {string.Join(", ", ids)}"));
            else if (values[index] is not null)
                problems.Add(Problem.About(Subjects.ScenarioProbabilities, $"scenario '{id}' is given twice", "give each scenario once"));
            else if (!(p is >= 0 and <= 1))
                problems.Add(Problem.About(Subjects.ScenarioProbabilities, $"probability {F(p)} of scenario '{id}' is outside [0, 1]", "a probability lies between 0 and 1"));
            else values[index] = p;
        }
        var missing = ids.Where((_, i) => values[i] is null && !given.Any(g => g.Key == ids[i])).ToList();
        if (missing.Count > 0)
            problems.Add(Problem.About(Subjects.ScenarioProbabilities, $"no probability for scenario{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing)}",
                $"give every scenario of case {c.Id}: {string.Join(",", ids.Select(i => i + "=p"))}"));
        if (problems.Count > 0) return Checked<ScenarioProbabilities>.Failure(problems);
        var sum = values.Sum(v => v!.Value);
        if (Math.Abs(sum - 1) > SumTolerance)
        {
            var hint = sum > 0
                ? $"make them sum to 1, e.g. {string.Join(",", ids.Select((id, i) => $"{id}={F(values[i]!.Value / sum)}"))}"
                : "give at least one scenario a positive probability";
            problems.Add(Problem.About(Subjects.ScenarioProbabilities, $"scenario probabilities sum to {F(sum)}, not 1", hint));
            return Checked<ScenarioProbabilities>.Failure(problems);
        }
        return Checked<ScenarioProbabilities>.Success(new([.. values.Select(v => v!.Value)], source, movedBy ?? []));
    }

    private static string F(double x) => x.ToString("0.######", CultureInfo.InvariantCulture);
}
