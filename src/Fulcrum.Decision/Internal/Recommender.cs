namespace Fulcrum.Decision.Internal;

/// <summary>
/// The recommendation rule. Among the admissible options (every tolerance's breach probability
/// within its accepted maximum), take the one with the highest expected utility, unless another
/// admissible option has a lower tail regret (95th percentile by default) by more than the batch-means
/// standard error of that difference: then the one with the lowest tail regret, as the more robust
/// choice. Expected regret cannot serve here: E[regret] = E[best] − EU, so it orders options exactly
/// as expected utility does. When no option is admissible, the least-breaching one is named.
/// </summary>
internal static class Recommender
{
    public static Recommendation Recommend(CompiledCase m, Measures x, DrawStore store, AppraisalOptions options)
    {
        var r = Rule(m, x, store, options);
        var caveats = new List<string>();
        for (var k = 0; k < m.O; k++)
            foreach (var e in KnifeEdges.Of(m, x, k, store.N))
                caveats.Add(KnifeEdges.Caveat(m.Case.Options[k].Name, IsAdmissible(m, x, k), m.Case.Tolerances.First(t => t.Id == e.Tolerance).Name, e));
        return r with { Caveats = caveats };
    }

    private static Recommendation Rule(CompiledCase m, Measures x, DrawStore store, AppraisalOptions options)
    {
        var c = m.Case;
        var order = Enumerable.Range(0, m.O).OrderByDescending(k => x.Eu[k]).ThenBy(k => c.Options[k].Id, StringComparer.Ordinal).ToList();
        var admissible = order.Where(k => IsAdmissible(m, x, k)).ToList();
        var ids = admissible.Select(k => c.Options[k].Id).ToList();
        if (admissible.Count == 0)
        {
            var least = order.OrderBy(k => WorstExcess(m, x, k).Excess).First();
            return new Recommendation(c.Options[least].Id, ReasonText.NoneAdmissible(m, x, least, WorstExcess(m, x, least).Tolerance),
                ids, RecommendationStatus.NoneAdmissible, null, []);
        }
        var leader = admissible[0];
        var robust = admissible.Skip(1)
            .Where(k => ClearlyLowerTailRegret(x, leader, k))
            .OrderBy(k => x.RegretQuantile[k]).ThenByDescending(k => x.Eu[k])
            .Cast<int?>().FirstOrDefault();
        if (robust is { } b)
            return new Recommendation(c.Options[b].Id, ReasonText.LowerTailRegret(m, x, b, leader, admissible.Count, options.RegretQuantile), ids,
                RecommendationStatus.LowerTailRegret, c.Options[leader].Id, []);
        int? runner = admissible.Count > 1 ? admissible[1] : null;
        var se = runner is { } r0 ? DifferenceStandardError(store, leader, r0) : 0;
        return new Recommendation(c.Options[leader].Id, ReasonText.Leader(m, x, leader, runner, admissible.Count, se), ids,
            RecommendationStatus.HighestExpectedUtility, runner is { } r ? c.Options[r].Id : null, []);
    }

    /// <summary>Monte Carlo standard error of EU(a) − EU(b): the spread of the paired difference over the draws, over √N.</summary>
    public static double DifferenceStandardError(DrawStore store, int a, int b)
    {
        var diff = new double[store.N];
        for (var d = 0; d < store.N; d++) diff[d] = store.Utility[d * store.O + a] - store.Utility[d * store.O + b];
        return Measures.MeanSd(diff).Sd / Math.Sqrt(store.N);
    }

    public static bool IsAdmissible(CompiledCase m, Measures x, int k)
    {
        for (var t = 0; t < m.T; t++)
            if (x.BreachTolerance[k][t] > m.Case.Tolerances[t].MaxBreachProbability) return false;
        return true;
    }

    /// <summary>Whether option <paramref name="k"/>'s tail regret is below the leader's by more than the difference's standard error.</summary>
    private static bool ClearlyLowerTailRegret(Measures x, int leader, int k)
    {
        var gap = x.RegretQuantile[leader] - x.RegretQuantile[k];
        if (!(gap > 0)) return false;
        var perGroup = x.RegretQuantileByGroup.Select(g => g[leader] - g[k]).ToArray();
        var se = Stats.BatchStandardError(perGroup);
        return double.IsNaN(se) || gap > se;
    }

    /// <summary>The tolerance an option overshoots most, and by how much (breach probability minus the accepted maximum).</summary>
    private static (double Excess, int Tolerance) WorstExcess(CompiledCase m, Measures x, int k)
    {
        var (worst, at) = (double.NegativeInfinity, 0);
        for (var t = 0; t < m.T; t++)
        {
            var excess = x.BreachTolerance[k][t] - m.Case.Tolerances[t].MaxBreachProbability;
            if (excess > worst) (worst, at) = (excess, t);
        }
        return (worst, at);
    }
}
