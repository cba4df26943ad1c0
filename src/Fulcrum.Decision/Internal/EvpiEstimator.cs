namespace Fulcrum.Decision.Internal;

/// <summary>
/// Expected value of perfect information from the draws, measured against the rule
/// (<see cref="RuleReference"/>): the informed decision-maker chooses among the allowed options
/// (the admissible ones), and the reference o* is the best of them by expected utility. Overall:
/// mean over draws of the best allowed utility minus o*'s. Partial (EVPPI) for an uncertainty θ: the
/// draws are grouped by θ's value (scenario, factor level; for a factor whose probabilities are per
/// option, the interval of its uniform within which no option's level changes) or by bins of the
/// uniform behind it (an interest's effect group), and EVPPI = Σ_g (n_g / N) [max_o mean(U_o | g) − mean(U_o* | g)] — the
/// binning estimator of Strong &amp; Oakley (2013). By construction 0 ≤ EVPPI ≤ EVPI.
/// </summary>
internal static class EvpiEstimator
{
    public static Evpi Compute(CompiledCase m, DrawStore store, Measures x)
    {
        var (allowed, chosen) = RuleReference.Of(m, x);
        var total = 0.0;
        for (var d = 0; d < store.N; d++)
        {
            var row = store.Utility.AsSpan(d * store.O, store.O);
            var best = double.NegativeInfinity;
            for (var k = 0; k < row.Length; k++) if (allowed[k]) best = Math.Max(best, row[k]);
            total += best - row[chosen];
        }
        total /= store.N;
        var items = new List<EvpiItem>
        {
            new("scenario", "scenario", Partial(store, m.S, d => store.Scenario[d], allowed, chosen, total)),
        };
        for (var f = 0; f < m.F; f++)
        {
            var k = f;
            items.Add(new($"factor {m.Case.Factors[f].Id}", "factor",
                Partial(store, m.FactorGroups[f], d => store.FactorLevel[d * m.F + k], allowed, chosen, total)));
        }
        for (var i = 0; i < m.I; i++)
        {
            var k = i;
            items.Add(new($"effects on {m.Case.Interests[i].Id}", "effect_group",
                Partial(store, store.Bins, d => store.EffectBin[d * m.I + k], allowed, chosen, total)));
        }
        return new Evpi(total, [.. items.OrderByDescending(e => e.Value).ThenBy(e => e.Name, StringComparer.Ordinal)], m.Case.Options[chosen].Id);
    }

    private static double Partial(DrawStore store, int groups, Func<int, int> groupOf, bool[] allowed, int chosen, double total)
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
            // Measured term by term against the reference, so that an uncertainty that never changes
            // the best option gives exactly 0, not rounding noise; an empty group adds 0.
            var best = double.NegativeInfinity;
            for (var k = 0; k < o; k++) if (allowed[k]) best = Math.Max(best, sums[g * o + k]);
            sum += best - sums[g * o + chosen];
        }
        return Math.Clamp(sum / n, 0, total);
    }
}
