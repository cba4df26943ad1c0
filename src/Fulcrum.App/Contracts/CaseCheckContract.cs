using Fulcrum.Scenario.Checks;
using Fulcrum.Scenario.Model;

namespace Fulcrum.App.Contracts;

/// <summary><c>case check</c> as JSON: the case passed every check; how much it holds; what may still be wrong (<see cref="CaseWarnings"/>); each interest's share of the weight.</summary>
public sealed record CaseCheckContract(bool Ok, string Case, string File, CaseCounts Counts, IReadOnlyList<ProblemContract> Problems) : Contract
{
    public static CaseCheckContract Of(Case c, string origin)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new(true, c.Id, origin, CaseCounts.Of(c), [])
        {
            Warnings = [.. CaseWarnings.Of(c, origin).Select(w => ProblemContract.Of(w))],
            WeightShares = CaseWarnings.WeightShares(c).ToDictionary(s => s.Interest, s => Math.Round(s.Share, 4), StringComparer.Ordinal),
        };
    }

    /// <summary>What a valid case may still have wrong: a weight on another scale, an effect beyond an interest's range, a tolerance no draw can reach.</summary>
    public IReadOnlyList<ProblemContract> Warnings { get; init; } = [];

    /// <summary>Each interest's share of the total weight (weights at their midpoints), to 4 decimals.</summary>
    public IReadOnlyDictionary<string, double> WeightShares { get; init; } = new Dictionary<string, double>();
}

/// <summary>How many of each part a case holds.</summary>
public sealed record CaseCounts(int Interests, int Options, int Scenarios, int Factors, int Reactions, int Tolerances, int Signposts, int Context)
{
    public static CaseCounts Of(Case c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new(c.Interests.Count, c.Options.Count, c.Scenarios.Count, c.Factors.Count, c.Reactions.Count, c.Tolerances.Count, c.Signposts.Count, c.Context.Count);
    }
}
