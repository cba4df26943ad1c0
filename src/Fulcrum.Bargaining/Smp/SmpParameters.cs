namespace Fulcrum.Bargaining.Smp;

/// <summary>
/// The parameters of KTAB's spatial model of politics. Every default is KTAB's own (smpc with no
/// options), so <c>new SmpParameters()</c> reproduces KTAB's reference runs.
/// </summary>
public sealed record SmpParameters
{
    /// <summary>KTAB's default seed, 0xD67CC16FE69C185C, used by smpc for CSV input.</summary>
    public const ulong KtabDefaultSeed = 15455440707583219804UL;

    /// <summary>Default <see cref="VotingRule.Proportional"/>.</summary>
    public VotingRule VotingRule { get; init; } = VotingRule.Proportional;

    /// <summary>Default <see cref="VictoryProbModel.Linear"/>.</summary>
    public VictoryProbModel VictoryProbModel { get; init; } = VictoryProbModel.Linear;

    /// <summary>Default <see cref="PceModel.Conditional"/>.</summary>
    public PceModel PceModel { get; init; } = PceModel.Conditional;

    /// <summary>Default <see cref="StateTransition.Deterministic"/>.</summary>
    public StateTransition StateTransition { get; init; } = StateTransition.Deterministic;

    /// <summary>Default <see cref="BigRRange.Mid"/>.</summary>
    public BigRRange BigRRange { get; init; } = BigRRange.Mid;

    /// <summary>Default <see cref="BigRAdjust.OneThird"/>.</summary>
    public BigRAdjust BigRAdjust { get; init; } = BigRAdjust.OneThird;

    /// <summary>Default <see cref="ThirdPartyCommit.SemiCommit"/>.</summary>
    public ThirdPartyCommit ThirdPartyCommit { get; init; } = ThirdPartyCommit.SemiCommit;

    /// <summary>Default <see cref="InterVecBargain.S2P2"/>.</summary>
    public InterVecBargain InterVecBargain { get; init; } = InterVecBargain.S2P2;

    /// <summary>Default <see cref="BargainModel.InitOnlyInterp"/>.</summary>
    public BargainModel BargainModel { get; init; } = BargainModel.InitOnlyInterp;

    /// <summary>Default <see cref="PositionGrouping.KtabRowOrder"/> (not a KTAB parameter: KTAB always groups this way).</summary>
    public PositionGrouping PositionGrouping { get; init; } = PositionGrouping.KtabRowOrder;

    /// <summary>
    /// The ideal-accommodation matrix A as entries over the identity (KTAB's XML
    /// <c>IdealAdjustment</c>): each turn x̂_i ← Σ_j a_ij x_j + (1 − Σ_j a_ij) x̂_i. Empty (the
    /// default) is the identity: every actor's ideal is its current position.
    /// </summary>
    public IReadOnlyList<IdealAdjustment> Accommodation { get; init; } = [];

    /// <summary>Stop after this many turns whatever the change (KTAB: 100).</summary>
    public int MaxTurns { get; init; } = 100;

    /// <summary>Never stop on a small change before this turn (KTAB: 2).</summary>
    public int MinTurns { get; init; } = 2;

    /// <summary>
    /// Stop when the turn's total movement Σ_i ‖x_i(t) − x_i(t−1)‖ divided by the first turn's
    /// (plus 1e-4) falls below this ratio (KTAB: 0.02).
    /// </summary>
    public double StopRatio { get; init; } = 0.02;
}

/// <summary>
/// One entry a_ij of the ideal-accommodation matrix: how fast <paramref name="AdjustingActor"/>'s
/// ideal moves toward <paramref name="ReferenceActor"/>'s position, in [0, 1].
/// </summary>
public sealed record IdealAdjustment(string AdjustingActor, string ReferenceActor, double Rate);
