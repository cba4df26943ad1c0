namespace Fulcrum.Decision.Internal;

/// <summary>
/// Expected value of perfect information from the draws. Overall: mean over draws of the best
/// utility minus the best expected utility. Partial (EVPPI) for an uncertainty θ: the draws are
/// grouped by θ's value (scenario, factor level) or by bins of the uniform behind it (an interest's
/// effect group), and EVPPI = Σ_g (n_g / N) max_o mean(U_o | g) − max_o mean(U_o) — the binning
/// estimator of Strong &amp; Oakley (2013). By construction 0 ≤ EVPPI ≤ EVPI.
/// </summary>
internal static class EvpiEstimator
{
    public static Evpi Compute(CompiledCase m, DrawStore store, Measures x)
    {
        var maxEu = x.Eu.Max();
        var total = Math.Max(0, x.MeanBest - maxEu);
        var items = new List<EvpiItem>
        {
            new("scenario", "scenario", Partial(store, m.S, d => store.Scenario[d], maxEu, total)),
        };
        for (var f = 0; f < m.F; f++)
        {
            var k = f;
            items.Add(new($"factor {m.Case.Factors[f].Id}", "factor",
                Partial(store, m.FactorLevels[f], d => store.FactorLevel[d * m.F + k], maxEu, total)));
        }
        for (var i = 0; i < m.I; i++)
        {
            var k = i;
            items.Add(new($"effects on {m.Case.Interests[i].Id}", "effect_group",
                Partial(store, store.Bins, d => store.EffectBin[d * m.I + k], maxEu, total)));
        }
        return new Evpi(total, [.. items.OrderByDescending(e => e.Value).ThenBy(e => e.Name, StringComparer.Ordinal)]);
    }

    private static double Partial(DrawStore store, int groups, Func<int, int> groupOf, double maxEu, double total)
    {
        int n = store.N, o = store.O;
        var sums = new double[groups * o];
        for (var d = 0; d < n; d++)
        {
            var g = groupOf(d);
            for (var k = 0; k < o; k++) sums[g * o + k] += store.Utility[d * o + k];
        }
        var sum = 0.0;
        for (var g = 0; g < groups; g++)
        {
            // An empty group adds 0 whatever the maximum, so it needs no special case.
            var best = double.NegativeInfinity;
            for (var k = 0; k < o; k++) best = Math.Max(best, sums[g * o + k]);
            sum += best;
        }
        return Math.Clamp(sum / n - maxEu, 0, total);
    }
}
