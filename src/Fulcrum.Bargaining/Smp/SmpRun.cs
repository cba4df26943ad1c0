namespace Fulcrum.Bargaining.Smp;

/// <summary>
/// A full SMP run: the <see cref="Trajectory"/> every model returns, plus what an analyst needs to
/// trace it to KTAB's log: the stop statistic and the inferred risk attitudes at every turn.
/// </summary>
public sealed record SmpRun
{
    public required Trajectory Trajectory { get; init; }

    /// <summary>The parameters the run used.</summary>
    public required SmpParameters Parameters { get; init; }

    /// <summary>The seed of the run's generator (used only by stochastic transitions).</summary>
    public required ulong Seed { get; init; }

    /// <summary>
    /// Per turn t ≥ 1 (index t − 1): the movement of turn t over the movement of turn 1 plus 1e-4,
    /// KTAB's "Fractional change compared to first step".
    /// </summary>
    public required IReadOnlyList<double> FractionalChanges { get; init; }

    /// <summary>Per turn (turn 0 first), each actor's inferred risk attitude R_i.</summary>
    public required IReadOnlyList<IReadOnlyList<double>> RiskAttitudes { get; init; }
}
