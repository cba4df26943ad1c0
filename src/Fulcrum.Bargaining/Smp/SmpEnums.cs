namespace Fulcrum.Bargaining.Smp;

/// <summary>
/// How an actor turns a difference in utility Δ = u(a) − u(b) into a vote for a over b (KTAB
/// <c>VotingRule</c>). The vote is the actor's weight times f(Δ).
/// </summary>
public enum VotingRule
{
    /// <summary>f(Δ) = clamp(Δ / 1e-8, −1, 1): all of one's weight for any preference.</summary>
    Binary,
    /// <summary>f(Δ) = 0.8 Δ + 0.2 Binary(Δ).</summary>
    PropBin,
    /// <summary>f(Δ) = Δ. KTAB's name: <c>Prop</c>. The default.</summary>
    Proportional,
    /// <summary>f(Δ) = 0.5 Δ + 0.5 Δ³.</summary>
    PropCbc,
    /// <summary>f(Δ) = Δ³.</summary>
    Cubic,
    /// <summary>f(Δ) = Δ for losses, ⅔ Δ for gains (prospect theory); not antisymmetric.</summary>
    ASymProsp,
}

/// <summary>How coalition strengths become the probability that one option beats another (KTAB <c>VictoryProbModel</c>).</summary>
public enum VictoryProbModel
{
    /// <summary>P(a&gt;b) = C_ab / (C_ab + C_ba). The default.</summary>
    Linear,
    /// <summary>Strengths squared.</summary>
    Square,
    /// <summary>Strengths to the fourth power.</summary>
    Quartic,
    /// <summary>Strengths to the eighth power.</summary>
    Octic,
    /// <summary>Certain victory from a 10 % advantage, linear interpolation below it.</summary>
    Binary,
}

/// <summary>How pairwise victory probabilities become one probability per option (KTAB <c>PCEModel</c>).</summary>
public enum PceModel
{
    /// <summary>p_a ∝ Π_b P(a&gt;b): the chance that a beats every other option, given that one does. The default.</summary>
    Conditional,
    /// <summary>Markov chain in which challenges are proportional to the incentive C_ab·P(a&gt;b); tolerance 1e-8.</summary>
    MarkovIncentive,
    /// <summary>Markov chain with uniform challenges; tolerance 1e-6.</summary>
    MarkovUniform,
}

/// <summary>How each actor picks one bargain from its queue (KTAB <c>StateTransitions</c>).</summary>
public enum StateTransition
{
    /// <summary>The most probable bargain (the first one on a tie). The default.</summary>
    Deterministic,
    /// <summary>A draw from the bargains' probabilities, from the run's seeded generator.</summary>
    Stochastic,
}

/// <summary>How win probabilities map to risk attitudes R ∈ [−1, 1] (KTAB <c>BigRRange</c>).</summary>
public enum BigRRange
{
    /// <summary>R ∈ [0, 1]: (p − p_min) / (p_max − p_min).</summary>
    Min,
    /// <summary>R ∈ [−½, 1]: (3p − (p_max + 2 p_min)) / (2 (p_max − p_min)). The default.</summary>
    Mid,
    /// <summary>R ∈ [−1, 1]: (2p − p_max − p_min) / (p_max − p_min).</summary>
    Max,
}

/// <summary>How actor h estimates actor i's risk attitude from its own, r_hi (KTAB <c>BigRAdjust</c>).</summary>
public enum BigRAdjust
{
    /// <summary>r_hi = R_h: projects its own attitude. KTAB's name: <c>None</c>.</summary>
    NoAdjust,
    /// <summary>r_hi = (2 R_h + R_i) / 3. The default.</summary>
    OneThird,
    /// <summary>r_hi = (R_h + R_i) / 2.</summary>
    Half,
    /// <summary>r_hi = (R_h + 2 R_i) / 3.</summary>
    TwoThirds,
    /// <summary>r_hi = R_i: knows it exactly.</summary>
    Full,
}

/// <summary>What a third party expects to happen to itself when it joins a side (KTAB <c>ThirdPartyCommit</c>).</summary>
public enum ThirdPartyCommit
{
    /// <summary>It keeps its own position whatever the outcome.</summary>
    NoCommit,
    /// <summary>If its side loses it takes the winner's position. The default.</summary>
    SemiCommit,
    /// <summary>It always ends at the winner's position.</summary>
    FullCommit,
}

/// <summary>How two actors interpolate a bargain on each dimension (KTAB <c>InterVecBrgn</c>).</summary>
public enum InterVecBargain
{
    /// <summary>Weights s·P.</summary>
    S1P1,
    /// <summary>Weights s²·P², rounded to 1e-4 on the 0–1 scale. The default.</summary>
    S2P2,
    /// <summary>Asymmetric shifts by the difference in win probability, s² weighted.</summary>
    S2PMax,
}

/// <summary>Whose estimate of the contest sets the bargain (KTAB <c>BargnModel</c>).</summary>
public enum BargainModel
{
    /// <summary>The initiator's estimate; one bargain goes into both queues. The default.</summary>
    InitOnlyInterp,
    /// <summary>The initiator's and the receiver's estimates; both bargains go into both queues.</summary>
    InitRcvrInterp,
    /// <summary>The capability×salience weighted average of the two.</summary>
    PWCompInterp,
}

/// <summary>
/// How positions closer than KTAB's tolerance (0.1 on the 0–100 scale) are grouped into one option
/// for the displayed win probabilities and the forecast. The trajectory does not depend on it.
/// </summary>
public enum PositionGrouping
{
    /// <summary>
    /// KTAB's rule: actors in row order, each joining the first group whose first holder is within
    /// the tolerance; that first holder's position represents the group. Reproduces KTAB, but
    /// reordering rows can shift probabilities slightly when two positions lie within 0.1. The default.
    /// </summary>
    KtabRowOrder,
    /// <summary>The same rule over actors sorted by position (coordinate by coordinate): independent of row order.</summary>
    PositionOrder,
}
