namespace Fulcrum.Decision.Internal;

/// <summary>
/// The plans' measures, on the same draws and by the same definitions as the options': expected
/// utility and its standard error, CVaR, breach probabilities, regret against the best fixed option
/// of each draw; and per switch the share of draws in which it applied and the utility its cost took.
/// </summary>
internal sealed class PlanMeasures
{
    public required double[] Eu { get; init; }
    public required double[] EuSe { get; init; }
    public required double[] Cvar { get; init; }
    public required double[] RegretMean { get; init; }
    public required double[] RegretQuantile { get; init; }
    /// <summary>[l][t]: probability that plan l breaches tolerance t.</summary>
    public required double[][] BreachTolerance { get; init; }
    /// <summary>[l][p]: probability that plan l breaches any tolerance of power p.</summary>
    public required double[][] BreachPower { get; init; }
    /// <summary>[k] over all switches: share of draws in which switch k applied.</summary>
    public required double[] SwitchShare { get; init; }
    /// <summary>[k]: mean utility lost to switch k's cost over the draws in which it applied (0 when it never did).</summary>
    public required double[] SwitchCost { get; init; }

    public static PlanMeasures Compute(CompiledCase m, DrawStore store, Measures x, AppraisalOptions options)
    {
        var p = m.Plans;
        int n = store.N, l = p.L, o = m.O;
        var result = new PlanMeasures
        {
            Eu = new double[l],
            EuSe = new double[l],
            Cvar = new double[l],
            RegretMean = new double[l],
            RegretQuantile = new double[l],
            BreachTolerance = [.. Enumerable.Range(0, l).Select(_ => new double[m.T])],
            BreachPower = [.. Enumerable.Range(0, l).Select(_ => new double[m.P])],
            SwitchShare = new double[p.SwitchTo.Length],
            SwitchCost = new double[p.SwitchTo.Length],
        };
        var powerMask = new ulong[m.P];
        for (var t = 0; t < m.T; t++) powerMask[m.TolerancePower[t]] |= 1UL << t;
        var column = new double[n];
        for (var k = 0; k < l; k++)
        {
            for (var d = 0; d < n; d++) column[d] = store.PlanUtility[d * l + k];
            var (mean, sd) = Measures.MeanSd(column);
            result.Eu[k] = mean;
            result.EuSe[k] = sd / Math.Sqrt(n);
            result.Cvar[k] = Stats.SelectLowerTailMean(column.AsSpan(), options.CvarLevel);
            for (var d = 0; d < n; d++) column[d] = x.Best[d] - store.PlanUtility[d * l + k];
            result.RegretMean[k] = Measures.MeanSd(column).Mean;
            result.RegretQuantile[k] = Stats.SelectQuantile(column, options.RegretQuantile);
            var breaches = new long[m.T];
            var powers = new long[m.P];
            var first = p.SwitchOffset[k];
            var count = new long[p.SwitchOffset[k + 1] - first];
            var lost = new double[count.Length];
            for (var d = 0; d < n; d++)
            {
                var mask = store.PlanBreach[d * l + k];
                for (var t = 0; t < m.T; t++) if ((mask & (1UL << t)) != 0) breaches[t]++;
                for (var q = 0; q < m.P; q++) if ((mask & powerMask[q]) != 0) powers[q]++;
                var applied = store.PlanSwitch[d * l + k];
                if (applied == 0) continue;
                count[applied - 1]++;
                lost[applied - 1] += store.Utility[d * o + p.SwitchTo[first + applied - 1]] - store.PlanUtility[d * l + k];
            }
            for (var t = 0; t < m.T; t++) result.BreachTolerance[k][t] = (double)breaches[t] / n;
            for (var q = 0; q < m.P; q++) result.BreachPower[k][q] = (double)powers[q] / n;
            for (var w = 0; w < count.Length; w++)
            {
                result.SwitchShare[first + w] = (double)count[w] / n;
                result.SwitchCost[first + w] = count[w] > 0 ? lost[w] / count[w] : 0;
            }
        }
        return result;
    }
}
