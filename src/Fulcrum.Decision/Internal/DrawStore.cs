namespace Fulcrum.Decision.Internal;

/// <summary>
/// Everything the measures and sensitivities need from the draws, in flat arrays allocated once
/// per appraisal. Each block of draws writes only its own slice, so blocks can run on any core.
/// </summary>
internal sealed class DrawStore
{
    public DrawStore(CompiledCase model, int draws, int bins, bool keepValues = true)
    {
        N = draws;
        O = model.O;
        I = model.I;
        Bins = bins;
        Scenario = new byte[draws];
        FactorLevel = new byte[draws * model.F];
        FactorQuantile = new float[model.AnyByOption ? draws * model.F : 0];
        EffectBin = new byte[draws * model.I];
        Weight = new double[draws * model.I];
        WeightSum = new double[draws];
        Values = keepValues ? new float[draws * model.O * model.I] : null;
        Utility = new double[draws * model.O];
        Breach = new ulong[draws * model.O];
        EffectQuantile = new float[draws * model.I];
        RelationQuantile = new float[draws * model.P];
        L = model.Plans.L;
        Fired = new ulong[model.Plans.J > 0 ? draws : 0];
        PlanUtility = new double[draws * L];
        PlanBreach = new ulong[draws * L];
        PlanSwitch = new byte[draws * L];
    }

    /// <summary>Number of plans.</summary>
    public int L { get; }
    /// <summary>The uniform behind each interest's effects in each draw (the effects' common quantile): [d * I + i].</summary>
    public float[] EffectQuantile { get; }
    /// <summary>The uniform behind each power's relation shifts in each draw: [d * P + q].</summary>
    public float[] RelationQuantile { get; }
    /// <summary>Which watched signposts fired in each draw, one bit each (empty when none is watched).</summary>
    public ulong[] Fired { get; }
    /// <summary>Utility of each plan in each draw: [d * L + l].</summary>
    public double[] PlanUtility { get; }
    /// <summary>Tolerances breached by each plan in each draw: [d * L + l].</summary>
    public ulong[] PlanBreach { get; }
    /// <summary>Which switch of the plan applied in each draw (0: none, k: its k-th): [d * L + l].</summary>
    public byte[] PlanSwitch { get; }

    public int N { get; }
    public int O { get; }
    public int I { get; }
    /// <summary>Bins of the effect-group uniforms kept for the EVPPI estimator.</summary>
    public int Bins { get; }

    /// <summary>Scenario index of each draw.</summary>
    public byte[] Scenario { get; }
    /// <summary>
    /// Level index of each factor in each draw: [d * F + f]; for a factor whose probabilities are per
    /// option, the draw's group (<see cref="CompiledCase.FactorGroupCdf"/>).
    /// </summary>
    public byte[] FactorLevel { get; }
    /// <summary>The uniform behind each factor's level in each draw, [d * F + f]; kept only when some factor's probabilities are per option (else empty).</summary>
    public float[] FactorQuantile { get; }
    /// <summary>Bin of the uniform behind each interest's effects in each draw: [d * I + i].</summary>
    public byte[] EffectBin { get; }
    /// <summary>Weights on the case's weight scale, before normalising: [d * I + i].</summary>
    public double[] Weight { get; }
    /// <summary>Sum of each draw's weights (the normaliser).</summary>
    public double[] WeightSum { get; }
    /// <summary>
    /// Value in [0, 1] of each interest for each option: [(i * N + d) * O + o], one interest's block
    /// after another, so that a weight sensitivity (which moves one interest) reads a contiguous
    /// block. Single precision and kept only for the weight sensitivities (null without them): the
    /// largest array by far.
    /// </summary>
    public float[]? Values { get; }
    /// <summary>Utility of each option in each draw: [d * O + o].</summary>
    public double[] Utility { get; }
    /// <summary>Tolerances breached by each option in each draw, one bit per tolerance: [d * O + o].</summary>
    public ulong[] Breach { get; }
}
