using Fulcrum.Cli.Commands.Signposts;
using Fulcrum.Decision;
using Fulcrum.Events.Store;
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
    /// <param name="c">The case.</param>
    /// <param name="caseFile">The --case value, for paths relative to the case file.</param>
    /// <param name="given">The --scenario-probabilities text, or null.</param>
    /// <param name="priors">--priors.</param>
    /// <param name="store">Opens the event store when the signposts are read (null when the case needs none); disposed after.</param>
    public static (ScenarioProbabilities Probabilities, SignpostReport? Signposts) Choose(Scenario.Model.Case c, string? caseFile, string? given, bool priors, Func<IEventStore?> store)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (given is not null) return (ScenarioProbabilityArgument.Parse(c, given).ValueOrThrow(), null);
        if (priors || c.Signposts.Count == 0) return (ScenarioProbabilities.Priors(c), null);
        using var opened = store();
        var report = CaseSignposts.Evaluate(c, caseFile, asOf: null, opened);
        var posterior = report.Update.Scenarios.Select(s => new KeyValuePair<string, double>(s.Id, s.Posterior)).ToList();
        var source = $"signposts as of {report.AsOf:yyyy-MM-dd}";
        return (ScenarioProbabilities.From(c, posterior, source, report.Update.MovedBy).ValueOrThrow(), report);
    }
}
