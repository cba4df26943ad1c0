using Fulcrum.Scenario.Model;

namespace Fulcrum.App.Contracts;

/// <summary><c>case check</c> as JSON: the case passed every check; how much it holds.</summary>
public sealed record CaseCheckContract(bool Ok, string Case, string File, CaseCounts Counts, IReadOnlyList<ProblemContract> Problems) : Contract
{
    public static CaseCheckContract Of(Case c, string origin)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new(true, c.Id, origin, CaseCounts.Of(c), []);
    }
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
