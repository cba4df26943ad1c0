using Fulcrum.Scenario.Model;

namespace Fulcrum.Watch.Signposts;

/// <summary>One fired signpost's likelihood ratio on one scenario.</summary>
public sealed record LikelihoodFactor(string Signpost, double Ratio);

/// <summary>A scenario's prior and posterior, and the ratios (other than 1) that moved it.</summary>
public sealed record ScenarioPosterior(string Id, string Name, double Prior, double Posterior, IReadOnlyList<LikelihoodFactor> Factors);

/// <summary>
/// The scenario probabilities after the fired signposts: one row per scenario in the case's order,
/// and the signposts that moved them (fired, with ratios that are not all equal on the scenarios
/// with a positive prior; a constant ratio cancels in the normalisation and moves nothing).
/// </summary>
public sealed record ScenarioUpdate(IReadOnlyList<ScenarioPosterior> Scenarios, IReadOnlyList<string> MovedBy)
{
    public bool Moved => MovedBy.Count > 0;

    /// <summary>Fired signposts whose ratios were not applied because another member of their group counted for it.</summary>
    public IReadOnlyList<GroupedSignpost> Grouped { get; init; } = [];
}

/// <summary>A fired signpost left out of the product: <paramref name="CountedAs"/>, of the same group, carried the group's evidence.</summary>
public sealed record GroupedSignpost(string Signpost, string Group, string CountedAs);

/// <summary>
/// Bayes' rule with likelihood ratios: posterior(s) ∝ prior(s) × ∏ LR_j(s) over the fired signposts
/// j. Multiplying the ratios assumes the signposts are conditionally independent given the
/// scenario: two signposts that watch the same thing (two dyad series driven by the same news)
/// count its evidence twice, so a case should put such signposts in one group (below), give them
/// one joint ratio or make one a flag (docs/watch.md). Only firing is evidence: a quiet or no-data signpost changes nothing,
/// because the case states ratios for firing only (the ratio for "not fired" would need the
/// absolute firing probabilities). A scenario with prior 0 stays at 0.
/// Signposts that share a <see cref="Signpost.Group"/> read one development, so the group's fired
/// members count once: by the member whose ratios are the most decisive (the largest ratio of its
/// highest to its lowest ratio over the scenarios with a positive prior; ties to the smaller id).
/// One member's whole vector, not a per-scenario maximum, because a mix of members' ratios would be
/// a claim no signpost of the case makes, stronger than any single reading of the development.
/// </summary>
public static class BayesUpdate
{
    public static ScenarioUpdate Apply(IReadOnlyList<ScenarioState> scenarios, IEnumerable<Signpost> fired)
    {
        ArgumentNullException.ThrowIfNull(scenarios);
        ArgumentNullException.ThrowIfNull(fired);
        // A fixed order (by id) makes the floating-point product the same whatever order the case lists them in.
        var withRatios = fired.Where(s => s.Effect.LikelihoodRatios.Count > 0).OrderBy(s => s.Id, StringComparer.Ordinal).ToList();
        var grouped = new List<GroupedSignpost>();
        foreach (var group in withRatios.Where(s => s.Group.Length > 0).GroupBy(s => s.Group, StringComparer.Ordinal))
        {
            // OrderBy is stable and the members are in id order: equal spreads go to the smaller id.
            var counted = group.OrderByDescending(s => Spread(s, scenarios)).First();
            grouped.AddRange(group.Where(s => s != counted).Select(s => new GroupedSignpost(s.Id, group.Key, counted.Id)));
        }
        var applied = withRatios.Where(s => !grouped.Any(g => g.Signpost == s.Id)).ToList();
        var weights = scenarios.Select(s => s.Prior).ToArray();
        if (weights.Any(w => !(w >= 0) || !double.IsFinite(w)))
            throw new ArgumentException("every prior must be a finite number ≥ 0", nameof(scenarios));
        foreach (var signpost in applied)
        {
            for (var k = 0; k < weights.Length; k++) weights[k] *= Ratio(signpost, scenarios[k].Id);
        }
        var total = weights.Sum();
        if (!(total > 0) || !double.IsFinite(total))
            throw new ArgumentException("the priors times the ratios sum to zero or overflow; give at least one scenario a positive prior", nameof(scenarios));
        var rows = scenarios.Select((s, k) => new ScenarioPosterior(s.Id, s.Name, s.Prior, weights[k] / total,
            [.. applied.Where(j => Ratio(j, s.Id) != 1).Select(j => new LikelihoodFactor(j.Id, Ratio(j, s.Id)))])).ToList();
        var movedBy = applied.Where(j => Moves(j, scenarios)).Select(j => j.Id).ToList();
        return new ScenarioUpdate(rows, movedBy) { Grouped = grouped };
    }

    /// <summary>How decisive a signpost's ratios are: log(highest / lowest) over the scenarios with a positive prior.</summary>
    private static double Spread(Signpost signpost, IReadOnlyList<ScenarioState> scenarios)
    {
        var ratios = scenarios.Where(s => s.Prior > 0).Select(s => Ratio(signpost, s.Id)).ToList();
        return ratios.Count == 0 ? 0 : Math.Log(ratios.Max()) - Math.Log(ratios.Min());
    }

    /// <summary>The ratio of <paramref name="signpost"/> on <paramref name="scenario"/>; 1 when it names none (the loader requires every scenario once any is given).</summary>
    private static double Ratio(Signpost signpost, string scenario) =>
        signpost.Effect.LikelihoodRatios.TryGetValue(scenario, out var r) ? r : 1.0;

    private static bool Moves(Signpost signpost, IReadOnlyList<ScenarioState> scenarios)
    {
        var ratios = scenarios.Where(s => s.Prior > 0).Select(s => Ratio(signpost, s.Id)).Distinct().Count();
        return ratios > 1;
    }
}
