namespace Fulcrum.Bargaining.Uncertainty;

/// <summary>A perturbation study: how many runs, how much to shake, where positions may go, how many cores.</summary>
public sealed record PerturbationOptions
{
    /// <summary>Number of perturbed runs (at least 1).</summary>
    public required int Runs { get; init; }

    public required PerturbationSpec Spec { get; init; }

    /// <summary>
    /// Where perturbed positions are clamped, for every dimension. Default null: [0, 100] for a
    /// dimension whose input positions all lie in it (KTAB's scale, and every BDM sample), else the
    /// range the input positions span on that dimension.
    /// </summary>
    public PositionBounds? PositionBounds { get; init; }

    /// <summary>
    /// Most runs at once. Default -1: every core. The results do not depend on it: run i draws from
    /// its own stream, <c>SeededRandom.ForStream(seed, i)</c>, and results are kept by run number.
    /// </summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;
}

/// <summary>An interval for positions, inclusive.</summary>
public sealed record PositionBounds(double Min, double Max);
