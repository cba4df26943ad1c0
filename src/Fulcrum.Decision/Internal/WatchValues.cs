namespace Fulcrum.Decision.Internal;

/// <summary>
/// The plans' results and the value of watching. Per signpost j, with π_s the share of draws in
/// scenario s, m_os the mean utility of option o there and q_js the probability that j fires under s:
/// A_o(fires) = Σ_s π_s q_js m_os, A_o(clears) = Σ_s π_s (1 − q_js) m_os, and
/// EVSI_j = Σ over both outcomes of [max over allowed o of A_o − A_ref] (Bayes' rule on the draws).
/// </summary>
internal static class WatchValues
{
    public static (List<PlanAppraisal> Plans, Watching? Watching) Compute(CompiledCase m, DrawStore store, Measures x, AppraisalOptions options)
    {
        var p = m.Plans;
        if (p.J == 0 && p.L == 0) return ([], null);
        var (allowed, reference) = RuleReference.Of(m, x);
        var measures = PlanMeasures.Compute(m, store, x, options);
        var c = m.Case;
        var hasTolerance = c.Powers.Select(pw => c.Tolerances.Any(t => t.Power == pw)).ToArray();
        var plans = new List<PlanAppraisal>();
        for (var l = 0; l < p.L; l++)
        {
            var plan = c.Plans[l];
            var switches = plan.Switches.Select((w, k) => new SwitchAppraisal(w.When, w.Signpost, w.OnFire, w.To,
                measures.SwitchShare[p.SwitchOffset[l] + k], measures.SwitchCost[p.SwitchOffset[l] + k])).ToList();
            var admissible = Enumerable.Range(0, m.T).All(t => measures.BreachTolerance[l][t] <= c.Tolerances[t].MaxBreachProbability);
            plans.Add(new PlanAppraisal(plan.Id, plan.Name, plan.Start, switches, measures.Eu[l], measures.EuSe[l], measures.Cvar[l],
                c.Powers.Select((pw, q) => (pw, v: hasTolerance[q] ? measures.BreachPower[l][q] : (double?)null)).ToDictionary(t => t.pw, t => t.v, StringComparer.Ordinal),
                c.Tolerances.Select((t, i) => (t.Id, v: measures.BreachTolerance[l][i])).ToDictionary(t => t.Id, t => t.v, StringComparer.Ordinal),
                admissible, measures.RegretMean[l], measures.RegretQuantile[l], measures.Eu[l] - x.Eu[reference]));
        }
        var best = plans.Where(pl => pl.Admissible).OrderByDescending(pl => pl.Eu).ThenBy(pl => pl.Id, StringComparer.Ordinal).FirstOrDefault();
        var signposts = Enumerable.Range(0, p.J).Select(j => Evsi(m, store, j, allowed, reference)).ToList();
        return (plans, new Watching(c.Options[reference].Id, best?.Id, best is null ? null : best.Eu - x.Eu[reference], signposts));
    }

    private static SignpostValue Evsi(CompiledCase m, DrawStore store, int j, bool[] allowed, int reference)
    {
        int o = m.O, n = store.N;
        var sums = new double[m.S * o];
        var counts = new int[m.S];
        for (var d = 0; d < n; d++)
        {
            var s = store.Scenario[d];
            counts[s]++;
            for (var k = 0; k < o; k++) sums[s * o + k] += store.Utility[d * o + k];
        }
        var fire = new double[o];
        var clear = new double[o];
        var pFire = 0.0;
        for (var s = 0; s < m.S; s++)
        {
            if (counts[s] == 0) continue;
            var q = m.Plans.Fire[j * m.S + s];
            var share = (double)counts[s] / n;
            pFire += share * q;
            // π_s m_os = (n_s / N)(sum_os / n_s) = sum_os / N.
            for (var k = 0; k < o; k++)
            {
                fire[k] += q * sums[s * o + k] / n;
                clear[k] += (1 - q) * sums[s * o + k] / n;
            }
        }
        var (ifFires, ifClears) = (Best(fire, allowed, reference), Best(clear, allowed, reference));
        var evsi = (fire[ifFires] - fire[reference]) + (clear[ifClears] - clear[reference]);
        var ids = m.Case.Options;
        return new SignpostValue(m.Plans.Signposts[j].Id, Math.Max(0, evsi), pFire, ids[ifFires].Id, ids[ifClears].Id);
    }

    /// <summary>The allowed option with the largest value; the reference when none beats it, so that no gain is exactly 0.</summary>
    private static int Best(double[] value, bool[] allowed, int reference)
    {
        var best = reference;
        for (var k = 0; k < value.Length; k++) if (allowed[k] && value[k] > value[best]) best = k;
        return best;
    }
}
