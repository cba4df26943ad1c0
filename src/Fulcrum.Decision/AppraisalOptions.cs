namespace Fulcrum.Decision;

/// <summary>
/// How an appraisal runs. Every default is stated here, once; <c>docs/decision.md</c> says why each
/// was chosen. The scenario probabilities are not here: they are a separate input
/// (<see cref="ScenarioProbabilities"/>), because later stages (signposts) update them.
/// </summary>
public sealed record AppraisalOptions
{
    /// <summary>Default number of Monte Carlo draws: enough for a standard error near 0.001 on expected utility.</summary>
    public const int DefaultDraws = 100_000;
    /// <summary>Default seed of the random streams.</summary>
    public const ulong DefaultSeed = 42;
    /// <summary>Fewest draws accepted: below this CVaR10 and the 95th percentiles rest on too few draws.</summary>
    public const int MinDraws = 100;
    /// <summary>Most draws accepted: the draws are kept in memory (about 180 bytes each for the founding case).</summary>
    public const int MaxDraws = 2_000_000;
    /// <summary>Draws per block; each block has its own random stream, so results do not depend on the core count.</summary>
    public const int BlockSize = 2048;
    /// <summary>
    /// The most memory an appraisal may take, in bytes (4 GB): every draw's scenario, weights,
    /// utilities and breaches per option, and with the sensitivities every interest's value per
    /// option, are kept until the measures are taken. A case needing more is refused before it is
    /// sampled, with the figure and the draws that would fit.
    /// </summary>
    public const long MemoryBudgetBytes = 4_000_000_000;

    /// <summary>Number of Monte Carlo draws (default <see cref="DefaultDraws"/>).</summary>
    public int Draws { get; init; } = DefaultDraws;

    /// <summary>Seed of the random streams (default <see cref="DefaultSeed"/>): same seed, same numbers.</summary>
    public ulong Seed { get; init; } = DefaultSeed;

    /// <summary>Whether to compute the tornado, switching values and EVPI (default true).</summary>
    public bool Sensitivity { get; init; } = true;

    /// <summary>Cores to use; null (default) uses all. The result is the same for any value.</summary>
    public int? MaxDegreeOfParallelism { get; init; }

    /// <summary>The lower tail whose mean is the CVaR (default 0.10: the worst tenth of draws).</summary>
    public double CvarLevel { get; init; } = 0.10;

    /// <summary>Coverage of the utility interval reported with the expected utility (default 0.90: 5th to 95th percentile).</summary>
    public double IntervalLevel { get; init; } = 0.90;

    /// <summary>Quantile of regret reported and used by the robustness rule (default 0.95).</summary>
    public double RegretQuantile { get; init; } = 0.95;

    /// <summary>Relative swing of a point weight or of a probability without a stated range in the tornado (default 0.5: ±50%).</summary>
    public double PointSwing { get; init; } = 0.5;

    /// <summary>Bins of a continuous uncertainty (an interest's effect group) in the EVPPI estimator (default 20).</summary>
    public int EvpiBins { get; init; } = 20;

    /// <summary>Consecutive groups of draws used for batch-means standard errors of quantiles (default 20).</summary>
    public int BatchCount { get; init; } = 20;
}
