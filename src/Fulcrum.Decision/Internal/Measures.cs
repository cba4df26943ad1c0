namespace Fulcrum.Decision.Internal;

/// <summary>The per-option measures of item 2, computed from the stored draws in draw order (deterministic).</summary>
internal sealed class Measures
{
    public required double[] Eu { get; init; }
    public required double[] EuSe { get; init; }
    public required double[] EuLow { get; init; }
    public required double[] EuHigh { get; init; }
    public required double[] Cvar { get; init; }
    /// <summary>[o]: the five numbers of a box plot of the option's utility over the draws.</summary>
    public required UtilityQuartiles[] Quartiles { get; init; }
    public required double[] RegretMean { get; init; }
    public required double[] RegretQuantile { get; init; }
    /// <summary>The regret quantile of each option in each consecutive group of draws: [g][o].</summary>
    public required double[][] RegretQuantileByGroup { get; init; }
    /// <summary>[o][r]: share of draws in which option o ranks r + 1.</summary>
    public required double[][] RankAcceptability { get; init; }
    /// <summary>[o][i], or null when o never ranks first.</summary>
    public required double[]?[] CentralWeights { get; init; }
    /// <summary>[o][t]: probability of breaching tolerance t.</summary>
    public required double[][] BreachTolerance { get; init; }
    /// <summary>[o][p]: probability of breaching any tolerance of power p.</summary>
    public required double[][] BreachPower { get; init; }
    public required int[] ScenarioDraws { get; init; }
    /// <summary>The best option's utility in each draw (the yardstick of regret).</summary>
    public required double[] Best { get; init; }

    public static Measures Compute(CompiledCase m, DrawStore store, AppraisalOptions options)
    {
        int n = store.N, o = m.O;
        var ranks = RankAccumulator.Run(m, store);
        var eu = new double[o];
        var se = new double[o];
        var low = new double[o];
        var high = new double[o];
        var cvar = new double[o];
        var quartiles = new UtilityQuartiles[o];
        var regretMean = new double[o];
        var regretQ = new double[o];
        var groups = Math.Clamp(options.BatchCount, 2, Math.Max(2, n / 50));
        var byGroup = Enumerable.Range(0, groups).Select(_ => new double[o]).ToArray();
        var tail = (1 - options.IntervalLevel) / 2;
        Parallel.For(0, o, new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism ?? -1 }, k =>
        {
            var column = new double[n];
            for (var d = 0; d < n; d++) column[d] = store.Utility[d * o + k];
            var (mean, sd) = MeanSd(column);
            eu[k] = mean;
            se[k] = sd / Math.Sqrt(n);
            // Selection, not sorting: the order statistics in O(n).
            cvar[k] = Stats.SelectLowerTailMean(column, options.CvarLevel);
            var q = Stats.SelectQuantiles(column, [tail, 1 - tail, 0.25, 0.5, 0.75]);
            (low[k], high[k]) = (q[0], q[1]);
            quartiles[k] = new UtilityQuartiles(column.Min(), q[2], q[3], q[4], column.Max());
            for (var d = 0; d < n; d++) column[d] = ranks.Best[d] - store.Utility[d * o + k];
            regretMean[k] = MeanSd(column).Mean;
            for (var g = 0; g < groups; g++)
            {
                var (start, end) = ((int)((long)n * g / groups), (int)((long)n * (g + 1) / groups));
                var slice = column.AsSpan(start, end - start).ToArray();
                byGroup[g][k] = Stats.SelectQuantile(slice, options.RegretQuantile);
            }
            regretQ[k] = Stats.SelectQuantile(column, options.RegretQuantile);
        });
        var (breachTolerance, breachPower, scenarioDraws) = CountBreaches(m, store);
        return new Measures
        {
            Eu = eu,
            EuSe = se,
            EuLow = low,
            EuHigh = high,
            Cvar = cvar,
            Quartiles = quartiles,
            RegretMean = regretMean,
            RegretQuantile = regretQ,
            RegretQuantileByGroup = byGroup,
            RankAcceptability = ranks.Acceptability,
            CentralWeights = ranks.CentralWeights,
            BreachTolerance = breachTolerance,
            BreachPower = breachPower,
            ScenarioDraws = scenarioDraws,
            Best = ranks.Best,
        };
    }

    public static (double Mean, double Sd) MeanSd(double[] x)
    {
        // Neumaier's compensated sum: a constant utility averages to itself, not to itself ± 1e-14.
        double sum = 0, compensation = 0;
        foreach (var v in x)
        {
            var t = sum + v;
            compensation += Math.Abs(sum) >= Math.Abs(v) ? (sum - t) + v : (v - t) + sum;
            sum = t;
        }
        var mean = (sum + compensation) / x.Length;
        var ss = 0.0;
        foreach (var v in x) ss += (v - mean) * (v - mean);
        return (mean, x.Length > 1 ? Math.Sqrt(ss / (x.Length - 1)) : 0);
    }

    private static (double[][] Tolerance, double[][] Power, int[] ScenarioDraws) CountBreaches(CompiledCase m, DrawStore store)
    {
        int n = store.N, o = m.O;
        var tolerance = new long[o, m.T];
        var power = new long[o, m.P];
        var powerMask = new ulong[m.P];
        for (var t = 0; t < m.T; t++) powerMask[m.TolerancePower[t]] |= 1UL << t;
        var scenarioDraws = new int[m.S];
        for (var d = 0; d < n; d++)
        {
            scenarioDraws[store.Scenario[d]]++;
            for (var k = 0; k < o; k++)
            {
                var mask = store.Breach[d * o + k];
                if (mask == 0) continue;
                for (var t = 0; t < m.T; t++) if ((mask & (1UL << t)) != 0) tolerance[k, t]++;
                for (var p = 0; p < m.P; p++) if ((mask & powerMask[p]) != 0) power[k, p]++;
            }
        }
        var byTolerance = Enumerable.Range(0, o).Select(k => Enumerable.Range(0, m.T).Select(t => (double)tolerance[k, t] / n).ToArray()).ToArray();
        var byPower = Enumerable.Range(0, o).Select(k => Enumerable.Range(0, m.P).Select(p => (double)power[k, p] / n).ToArray()).ToArray();
        return (byTolerance, byPower, scenarioDraws);
    }
}
