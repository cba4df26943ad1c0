using Fulcrum.Core.Randomness;
using Fulcrum.Decision.Internal;
using Fulcrum.Scenario.Model;
using MathNet.Numerics.Distributions;

namespace Fulcrum.Decision.Tests.Internal;

/// <summary>
/// The flattened sampling loop against a plain reading of the case model: the same uniforms fed to
/// <see cref="Reaction.EffectOn"/>, <see cref="ValueFunction.Map"/>, <see cref="BreachCondition.IsBreachedBy"/>
/// and MathNet's quantile functions must give the same utilities and breaches, draw by draw.
/// </summary>
public class DrawKernelTests
{
    private const ulong Seed = 42;

    [Fact]
    public void Kernel_FoundingCase_MatchesTheModelDrawByDraw()
    {
        var c = FoundingCase.Answered;
        var m = CompiledCase.Compile(c, ScenarioProbabilities.Priors(c)).ValueOrThrow();
        var store = Appraiser.Sample(m, new AppraisalOptions { Draws = AppraisalOptions.BlockSize * 2, Seed = Seed });
        var checkedBreaches = 0;
        for (var block = 0; block < 2; block++)
        {
            var rng = SeededRandom.ForStream(Seed, (ulong)block);
            for (var k = 0; k < AppraisalOptions.BlockSize; k++)
            {
                var d = block * AppraisalOptions.BlockSize + k;
                var draw = ReferenceDraw(c, rng);
                Assert.Equal(draw.Scenario, store.Scenario[d]);
                for (var o = 0; o < c.Options.Count; o++)
                {
                    // PERT quantiles come from a table: within 1e-4 of the range, hence the tolerance.
                    Assert.True(Math.Abs(draw.Utility[o] - store.Utility[d * c.Options.Count + o]) < 1e-4, $"draw {d} option {c.Options[o].Id} scenario {draw.Scenario}: {draw.Utility[o]} vs {store.Utility[d * c.Options.Count + o]}");
                    for (var t = 0; t < c.Tolerances.Count; t++)
                    {
                        if (Math.Abs(draw.Margin[o][t]) < 1e-3) continue;
                        checkedBreaches++;
                        Assert.Equal(draw.Breached[o][t], (store.Breach[d * c.Options.Count + o] & (1UL << t)) != 0);
                    }
                }
            }
        }
        Assert.True(checkedBreaches > 40_000);
    }

    private sealed record Draw(int Scenario, double[] Utility, bool[][] Breached, double[][] Margin);

    private static Draw ReferenceDraw(Case c, SeededRandom rng)
    {
        var s = PickIndex(c.Scenarios.Select(x => x.Prior).ToList(), rng.NextOpenDouble());
        var scenario = c.Scenarios[s].Id;
        // A factor set per option by a question (the founding case's us_pressure) picks each option's level from the draw's one uniform.
        var levels = c.Options.Select(_ => new Dictionary<string, string>()).ToArray();
        foreach (var f in c.Factors)
        {
            var uf = rng.NextOpenDouble();
            for (var o = 0; o < c.Options.Count; o++)
            {
                var p = f.ByOption is { } byOption ? byOption[c.Options[o].Id] : f.Probabilities[scenario];
                levels[o][f.Id] = f.Levels[PickIndex(f.Levels.Select(l => p[l]).ToList(), uf)];
            }
        }
        var u = c.Interests.Select(_ => rng.NextOpenDouble()).ToArray();
        var uRelation = c.Powers.Select(_ => rng.NextOpenDouble()).ToArray();
        var w = c.Interests.Select(i => i.Weight.Low + rng.NextDouble() * (i.Weight.High - i.Weight.Low)).ToArray();
        var utility = new double[c.Options.Count];
        var breached = new bool[c.Options.Count][];
        var margin = new double[c.Options.Count][];
        for (var o = 0; o < c.Options.Count; o++)
        {
            var reaction = c.ReactionFor(c.Options[o].Id, scenario);
            var level = c.Interests.Select((i, k) => i.Baseline.Mid + Quantile(reaction.EffectOn(i.Id, levels[o]).Distribution, u[k])).ToArray();
            utility[o] = c.Interests.Select((i, k) => w[k] * i.Value.Map(level[k])).Sum() / w.Sum();
            var measured = c.Tolerances.Select(t => t.BreachWhen.Target == ConditionTarget.Interest
                ? level[c.Interests.ToList().FindIndex(i => i.Id == t.BreachWhen.Id)]
                : Quantile(reaction.RelationOf(t.BreachWhen.Id, levels[o]).Distribution, uRelation[c.Powers.ToList().IndexOf(t.BreachWhen.Id)])).ToArray();
            breached[o] = [.. c.Tolerances.Select((t, k) => t.BreachWhen.IsBreachedBy(measured[k]))];
            margin[o] = [.. c.Tolerances.Select((t, k) => measured[k] - t.BreachWhen.Threshold)];
        }
        return new Draw(s, utility, breached, margin);
    }

    private static int PickIndex(List<double> p, double u)
    {
        var cumulative = 0.0;
        for (var k = 0; k < p.Count - 1; k++)
        {
            cumulative += p[k];
            if (u < cumulative) return k;
        }
        return p.Count - 1;
    }

    private static double Quantile(Distribution d, double u) => d switch
    {
        FixedDistribution f => f.Value,
        UniformDistribution x => x.Low + u * (x.High - x.Low),
        TriangularDistribution t => Triangular.InvCDF(t.Low, t.High, t.Mode, u),
        PertDistribution p => p.Low + (p.High - p.Low) * Beta.InvCDF(p.Alpha, p.Beta, u),
        NormalDistribution n => Normal.InvCDF(n.Mu, n.Sigma,
            Normal.CDF(n.Mu, n.Sigma, n.Low) + u * (Normal.CDF(n.Mu, n.Sigma, n.High) - Normal.CDF(n.Mu, n.Sigma, n.Low))),
        EmpiricalDistribution e => e.Values[Math.Min(e.Values.Count - 1, (int)(u * e.Values.Count))],
        _ => throw new ArgumentOutOfRangeException(nameof(d)),
    };
}
