using Fulcrum.Core.Randomness;

namespace Fulcrum.Decision.Internal;

/// <summary>
/// The sampling loop. A draw takes, from its block's stream and always in this order: one uniform
/// for the scenario, one per factor, one per interest (shared by every option's effect on it), one
/// per power (shared by every option's relation shift), then the weights. The same uniforms drive
/// every option (common random numbers), and each block's stream depends only on the seed and the
/// block number, so the draws are the same for any number of cores. Allocates nothing per draw.
/// </summary>
internal sealed class DrawKernel(CompiledCase model, DrawStore store, ulong seed)
{
    /// <summary>Runs the draws of block <paramref name="block"/> (of <see cref="AppraisalOptions.BlockSize"/> draws).</summary>
    public void RunBlock(int block)
    {
        var start = block * AppraisalOptions.BlockSize;
        var end = Math.Min(store.N, start + AppraisalOptions.BlockSize);
        var rng = SeededRandom.ForStream(seed, (ulong)block);
        Span<double> u = stackalloc double[model.I];
        Span<double> uRelation = stackalloc double[model.P];
        Span<double> level = stackalloc double[model.I];
        Span<double> relation = stackalloc double[model.P];
        for (var d = start; d < end; d++) Draw(d, rng, u, uRelation, level, relation);
    }

    private void Draw(int d, SeededRandom rng, Span<double> u, Span<double> uRelation, Span<double> level, Span<double> relation)
    {
        unchecked
        {
            var m = model;
            var s = CompiledCase.Pick(m.ScenarioCdf, 0, m.S, rng.NextOpenDouble());
            store.Scenario[d] = (byte)s;
            var configuration = 0;
            for (var f = 0; f < m.F; f++)
            {
                var levels = m.FactorLevels[f];
                var l = CompiledCase.Pick(m.FactorCdf[f], s * levels, levels, rng.NextOpenDouble());
                store.FactorLevel[d * m.F + f] = (byte)l;
                configuration += l * m.FactorStride[f];
            }
            for (var i = 0; i < m.I; i++)
            {
                u[i] = rng.NextOpenDouble();
                store.EffectBin[d * m.I + i] = (byte)Math.Min(store.Bins - 1, (int)(u[i] * store.Bins));
            }
            for (var q = 0; q < m.P; q++) uRelation[q] = rng.NextOpenDouble();
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
                var cell = cellBase + o;
                var utility = 0.0;
                var values = (d * m.O + o) * m.I;
                for (var i = 0; i < m.I; i++)
                {
                    var x = baseline[i] + samplers.Sample(effectSampler[cell * m.I + i], u[i]);
                    level[i] = x;
                    var v = m.Value(i, x);
                    if (keep is not null) keep[values + i] = (float)v;
                    utility += weights[i] * v;
                }
                for (var q = 0; q < m.P; q++)
                    relation[q] = m.RelationNeeded[q] ? m.Samplers.Sample(m.RelationSampler[cell * m.P + q], uRelation[q]) : 0;
                var mask = 0UL;
                for (var t = 0; t < m.T; t++)
                {
                    var target = m.ToleranceOnInterest[t] ? level[m.ToleranceTarget[t]] : relation[m.ToleranceTarget[t]];
                    var breached = m.ToleranceBelow[t] ? target < m.ToleranceThreshold[t] : target > m.ToleranceThreshold[t];
                    if (breached) mask |= 1UL << t;
                }
                store.Utility[d * m.O + o] = utility * inverseSum;
                store.Breach[d * m.O + o] = mask;
            }
        }
    }
}
