using Fulcrum.Core.Problems;
using Fulcrum.Scenario.Model;

namespace Fulcrum.Decision.Internal;

/// <summary>
/// A case flattened for the sampling loop: cumulative probabilities, one sampler index per
/// (scenario, factor levels, option, interest or power), value functions and weights as arrays.
/// Built once per appraisal; nothing in the loop looks anything up by name.
/// </summary>
internal sealed partial class CompiledCase
{
    /// <summary>Most factor-level combinations accepted (each multiplies the sampler table).</summary>
    public const int MaxConfigurations = 4096;

    /// <summary>Most tolerances accepted (one bit each in a draw's breach mask).</summary>
    public const int MaxTolerances = 64;

    public required Case Case { get; init; }
    public int S { get; init; }
    public int F { get; init; }
    public int I { get; init; }
    public int P { get; init; }
    public int O { get; init; }
    public int T { get; init; }
    public int Configurations { get; init; }

    public required double[] Probabilities { get; init; }
    public required double[] ScenarioCdf { get; init; }
    /// <summary>
    /// Per factor, the cumulative probability of each level: per scenario, [f][s * levels + l]; for a
    /// factor whose probabilities are per option (<see cref="FactorByOption"/>), [f][o * levels + l].
    /// </summary>
    public required double[][] FactorCdf { get; init; }
    /// <summary>Whether factor f's probabilities are per option (set by a question): its level is drawn per option from the draw's one uniform.</summary>
    public required bool[] FactorByOption { get; init; }
    /// <summary>Whether any factor's probabilities are per option.</summary>
    public bool AnyByOption { get; init; }
    /// <summary>
    /// Per factor by option, the cumulative breakpoints of every option's levels merged: a draw's group
    /// is the interval of its uniform between them, within which no option's level changes (what
    /// knowing the factor tells, for EVPI). Null for a factor with per-scenario probabilities.
    /// </summary>
    public required double[]?[] FactorGroupCdf { get; init; }
    /// <summary>Groups of factor f's draws: its levels, or for a factor by option its merged intervals.</summary>
    public required int[] FactorGroups { get; init; }
    public required int[] FactorLevels { get; init; }
    public required int[] FactorStride { get; init; }

    /// <summary>Sampler of the effect on interest i: [((s * Configurations + c) * O + o) * I + i].</summary>
    public required int[] EffectSampler { get; init; }
    /// <summary>Sampler of power q's relation shift: [((s * Configurations + c) * O + o) * P + q].</summary>
    public required int[] RelationSampler { get; init; }
    public required Samplers Samplers { get; init; }

    public required double[] BaselineMid { get; init; }
    /// <summary>Linear value functions: worst and 1 / (best − worst); piecewise ones have points.</summary>
    public required double[] ValueWorst { get; init; }
    public required double[] ValueInverseSpan { get; init; }
    public required ValuePoint[]?[] ValuePoints { get; init; }

    public required double[] WeightLow { get; init; }
    public required double[] WeightHigh { get; init; }
    public required double[] WeightMid { get; init; }
    public bool Dirichlet { get; init; }
    /// <summary>Dirichlet parameters: concentration × normalised midpoint.</summary>
    public required double[] DirichletAlpha { get; init; }
    /// <summary>Sum of the weight midpoints: Dirichlet draws are put on the case's weight scale with it.</summary>
    public double WeightScale { get; init; }

    public required bool[] ToleranceOnInterest { get; init; }
    public required int[] ToleranceTarget { get; init; }
    public required bool[] ToleranceBelow { get; init; }
    public required double[] ToleranceThreshold { get; init; }
    public required int[] TolerancePower { get; init; }
    /// <summary>Whether a power's relation is needed (a tolerance is stated on it).</summary>
    public required bool[] RelationNeeded { get; init; }

    /// <summary>The plans and the signposts they watch (empty when the case has none).</summary>
    public CompiledPlans Plans { get; init; } = CompiledPlans.Empty;

    /// <summary>Value of interest <paramref name="i"/> at <paramref name="level"/>, in [0, 1].</summary>
    public double Value(int i, double level)
    {
        var points = ValuePoints[i];
        if (points is null)
        {
            var t = (level - ValueWorst[i]) * ValueInverseSpan[i];
            return t <= 0 ? 0 : t >= 1 ? 1 : t;
        }
        if (level <= points[0].Level) return points[0].Value;
        for (var k = 1; k < points.Length; k++)
        {
            var (a, b) = (points[k - 1], points[k]);
            if (level <= b.Level) return a.Value + (b.Value - a.Value) * (level - a.Level) / (b.Level - a.Level);
        }
        return points[^1].Value;
    }

    /// <summary>The tolerances breached by <paramref name="level"/> (per interest) and <paramref name="relation"/> (per power), one bit each.</summary>
    public ulong BreachMask(ReadOnlySpan<double> level, ReadOnlySpan<double> relation)
    {
        var mask = 0UL;
        for (var t = 0; t < T; t++)
        {
            var target = ToleranceOnInterest[t] ? level[ToleranceTarget[t]] : relation[ToleranceTarget[t]];
            var breached = ToleranceBelow[t] ? target < ToleranceThreshold[t] : target > ToleranceThreshold[t];
            if (breached) mask |= 1UL << t;
        }
        return mask;
    }

    /// <summary>The scenario (or level) whose cumulative probability first exceeds <paramref name="u"/>.</summary>
    public static int Pick(double[] cdf, int offset, int count, double u)
    {
        for (var k = 0; k < count - 1; k++)
            if (u < cdf[offset + k]) return k;
        return count - 1;
    }

    /// <summary>Flattens <paramref name="c"/> under <paramref name="probabilities"/>, or reports why it cannot be appraised.</summary>
    public static Checked<CompiledCase> Compile(Case c, ScenarioProbabilities probabilities)
    {
        var problems = new ProblemList(c.Id);
        Check(c, probabilities, problems);
        return problems.Any ? Checked<CompiledCase>.Failure(problems.Items) : Checked<CompiledCase>.Success(Build(c, probabilities));
    }
}
