using Fulcrum.Cli.Commands.Signposts;
using Fulcrum.Decision;
using Fulcrum.Watch.Signposts;

namespace Fulcrum.Cli.Commands.Examine;

/// <summary>
/// Where examine's scenario probabilities come from, in order: <c>--scenario-probabilities</c>
/// (the analyst's numbers); <c>--priors</c> (the case's priors, signposts ignored); by default the
/// case's priors updated by Bayes' rule with the signposts fired as of its as_of (docs/decision.md).
/// </summary>
public static class ExamineProbabilities
{
    /// <summary>The probabilities, and the signpost report when the signposts were read (null otherwise).</summary>
    public static (ScenarioProbabilities Probabilities, SignpostReport? Signposts) Choose(Scenario.Model.Case c, string? caseFile, string? given, bool priors)
    {
        if (given is not null) return (ScenarioProbabilityArgument.Parse(c, given).ValueOrThrow(), null);
        if (priors || c.Signposts.Count == 0) return (ScenarioProbabilities.Priors(c), null);
        var report = CaseSignposts.Evaluate(c, caseFile, asOf: null);
        var posterior = report.Update.Scenarios.Select(s => new KeyValuePair<string, double>(s.Id, s.Posterior)).ToList();
        var source = $"signposts as of {report.AsOf:yyyy-MM-dd}";
        return (ScenarioProbabilities.From(c, posterior, source, report.Update.MovedBy).ValueOrThrow(), report);
    }
}
