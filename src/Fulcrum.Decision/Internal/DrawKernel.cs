using Fulcrum.Core.Randomness;

namespace Fulcrum.Decision.Internal;

/// <summary>
/// The sampling loop. A draw takes, from its block's stream and always in this order: one uniform
/// for the scenario, one per factor (a factor whose probabilities are per option picks each
/// option's level from that one uniform), one per interest (shared by every option's effect on it), one
/// per power (shared by every option's relation shift), then the weights. The same uniforms drive
/// every option (common random numbers), and each block's stream depends only on the seed and the
/// block number, so the draws are the same for any number of cores. The plans' randomness (whether
/// each watched signpost fires, and the quantile of each interest's switching cost) comes from a
/// second stream of the block, so adding a plan changes no option's numbers. Allocates nothing per draw.
/// </summary>
internal sealed class DrawKernel(CompiledCase model, DrawStore store, ulong seed)
{
    /// <summary>Offset of the plans' streams among the block streams: far beyond any block number.</summary>
    private const ulong WatchStreams = 1UL << 48;

    /// <summary>Runs the draws of block <paramref name="block"/> (of <see cref="AppraisalOptions.BlockSize"/> draws).</summary>
    public void RunBlock(int block)
    {
        var start = block * AppraisalOptions.BlockSize;
        var end = Math.Min(store.N, start + AppraisalOptions.BlockSize);
        var rng = SeededRandom.ForStream(seed, (ulong)block);
        var watch = model.Plans.J + model.Plans.L > 0 ? SeededRandom.ForStream(seed, WatchStreams + (ulong)block) : null;
        var scratch = new Scratch(model);
        for (var d = start; d < end; d++)
        {
            Draw(d, rng, scratch);
            if (watch is not null) PlanDraw.Run(model, store, d, watch, scratch.Levels, scratch.Relations, scratch.CostU);
        }
    }

    /// <summary>Per-block working arrays: the levels and relation shifts of every option in the draw.</summary>
    private sealed class Scratch(CompiledCase m)
    {
        public double[] U { get; } = new double[m.I];
        public double[] URelation { get; } = new double[m.P];
        public double[] Levels { get; } = new double[m.O * m.I];
        public double[] Relations { get; } = new double[m.O * m.P];
        public double[] CostU { get; } = new double[m.I];
        /// <summary>Per option, the level combination of the factors whose probabilities are per option.</summary>
        public int[] Configuration { get; } = new int[m.O];
    }

    private void Draw(int d, SeededRandom rng, Scratch scratch)
    {
        unchecked
        {
            var m = model;
            var (u, uRelation) = (scratch.U, scratch.URelation);
            var s = CompiledCase.Pick(m.ScenarioCdf, 0, m.S, rng.NextOpenDouble());
            store.Scenario[d] = (byte)s;
            var configuration = 0;
            var byOption = scratch.Configuration;
            if (m.AnyByOption) Array.Clear(byOption);
            for (var f = 0; f < m.F; f++)
            {
                var levels = m.FactorLevels[f];
                var uf = rng.NextOpenDouble();
                if (m.FactorByOption[f])
                {
                    store.FactorLevel[d * m.F + f] = (byte)CompiledCase.Pick(m.FactorGroupCdf[f]!, 0, m.FactorGroups[f], uf);
                    store.FactorQuantile[d * m.F + f] = (float)uf;
                    for (var o = 0; o < m.O; o++) byOption[o] += CompiledCase.Pick(m.FactorCdf[f], o * levels, levels, uf) * m.FactorStride[f];
                    continue;
                }
                var l = CompiledCase.Pick(m.FactorCdf[f], s * levels, levels, uf);
                store.FactorLevel[d * m.F + f] = (byte)l;
                configuration += l * m.FactorStride[f];
            }
            for (var i = 0; i < m.I; i++)
            {
                u[i] = rng.NextOpenDouble();
                store.EffectQuantile[d * m.I + i] = (float)u[i];
                store.EffectBin[d * m.I + i] = (byte)Math.Min(store.Bins - 1, (int)(u[i] * store.Bins));
            }
            for (var q = 0; q < m.P; q++)
            {
                uRelation[q] = rng.NextOpenDouble();
                store.RelationQuantile[d * m.P + q] = (float)uRelation[q];
            }
            var weights = store.Weight.AsSpan(d * m.I, m.I);
            var sum = WeightSampler.Sample(m, rng, weights);
            store.WeightSum[d] = sum;
            var inverseSum = sum > 0 ? 1 / sum : 0;

            var cellBase = (s * m.Configurations + configuration) * m.O;
            var keep = store.Values;
            var samplers = m.Samplers;
            var effectSampler = m.EffectSampler;
            var baseline = m.BaselineMid;
            for (var o = 0; o < m.O; o++)
            {
                var cell = cellBase + o + (m.AnyByOption ? byOption[o] * m.O : 0);
                var utility = 0.0;
                var level = scratch.Levels.AsSpan(o * m.I, m.I);
                var relation = scratch.Relations.AsSpan(o * m.P, m.P);
                for (var i = 0; i < m.I; i++)
                {
                    var x = baseline[i] + samplers.Sample(effectSampler[cell * m.I + i], u[i]);
                    level[i] = x;
                    var v = m.Value(i, x);
                    // By interest, then draw, then option: a weight sensitivity reads one interest's block straight through.
                    if (keep is not null) keep[(i * store.N + d) * m.O + o] = (float)v;
                    utility += weights[i] * v;
                }
                for (var q = 0; q < m.P; q++)
                    relation[q] = m.RelationNeeded[q] ? m.Samplers.Sample(m.RelationSampler[cell * m.P + q], uRelation[q]) : 0;
                store.Utility[d * m.O + o] = utility * inverseSum;
                store.Breach[d * m.O + o] = m.BreachMask(level, relation);
            }
        }
    }
}
