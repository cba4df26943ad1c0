using Fulcrum.Core.Randomness;

namespace Fulcrum.Decision.Internal;

/// <summary>
/// One draw of the plans. Whether each watched signpost fires is drawn given the draw's scenario
/// (one uniform per signpost); each interest's switching cost takes one quantile shared by every
/// plan and switch (common random numbers again). A plan then takes the option of its first switch
/// whose condition holds, or its start: the draw's outcome is that option's reaction in this draw
/// (its levels and relation shifts, already sampled), plus the switch's cost on the interests it names.
/// </summary>
internal static class PlanDraw
{
    public static void Run(CompiledCase m, DrawStore store, int d, SeededRandom watch,
        double[] levels, double[] relations, double[] costU)
    {
        var p = m.Plans;
        var s = store.Scenario[d];
        var fired = 0UL;
        for (var j = 0; j < p.J; j++)
            if (watch.NextDouble() < p.Fire[j * m.S + s]) fired |= 1UL << j;
        for (var i = 0; i < m.I; i++) costU[i] = watch.NextOpenDouble();
        if (p.J > 0) store.Fired[d] = fired;
        Span<double> level = stackalloc double[m.I];
        for (var l = 0; l < p.L; l++)
        {
            var option = p.Start[l];
            var applied = 0;
            for (var k = p.SwitchOffset[l]; k < p.SwitchOffset[l + 1]; k++)
            {
                var fires = (fired & (1UL << p.SwitchSignpost[k])) != 0;
                if (fires != p.SwitchOnFire[k]) continue;
                option = p.SwitchTo[k];
                applied = k - p.SwitchOffset[l] + 1;
                break;
            }
            var cell = d * p.L + l;
            store.PlanSwitch[cell] = (byte)applied;
            if (applied == 0 || !p.SwitchHasCost[p.SwitchOffset[l] + applied - 1])
            {
                store.PlanUtility[cell] = store.Utility[d * m.O + option];
                store.PlanBreach[cell] = store.Breach[d * m.O + option];
                continue;
            }
            var k2 = p.SwitchOffset[l] + applied - 1;
            var utility = 0.0;
            for (var i = 0; i < m.I; i++)
            {
                var sampler = p.SwitchCost[k2 * m.I + i];
                level[i] = levels[option * m.I + i] + (sampler >= 0 ? m.Samplers.Sample(sampler, costU[i]) : 0);
                utility += store.Weight[d * m.I + i] * m.Value(i, level[i]);
            }
            var sum = store.WeightSum[d];
            store.PlanUtility[cell] = sum > 0 ? utility / sum : 0;
            store.PlanBreach[cell] = m.BreachMask(level, relations.AsSpan(option * m.P, m.P));
        }
    }
}
