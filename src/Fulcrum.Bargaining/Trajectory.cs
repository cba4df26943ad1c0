namespace Fulcrum.Bargaining;

/// <summary>
/// What a model run produced: every actor's position at every turn (turn 0 is the input), on the
/// input's scale; per-turn win probabilities (SMP) or median and mean (BDM); the forecast; why it stopped.
/// </summary>
public sealed record Trajectory
{
    public required string Model { get; init; }
    public required IReadOnlyList<string> Actors { get; init; }
    public required IReadOnlyList<TurnState> Turns { get; init; }
    /// <summary>The forecast position per dimension, on the input's scale.</summary>
    public required IReadOnlyList<double> Forecast { get; init; }
    /// <summary>Why the run stopped, in words (e.g. "fractional change 0.013 &lt; 0.02 at turn 11").</summary>
    public required string StopReason { get; init; }
    /// <summary>
    /// SMP: the distinct final positions, each with its win probability (they sum to 1) and the actors
    /// holding it; an actor's <see cref="TurnState.Probabilities"/> is that of the position it holds,
    /// so per actor they sum to more than 1 wherever actors share a position. Null for BDM.
    /// </summary>
    public IReadOnlyList<FinalPosition>? FinalPositions { get; init; }

    /// <summary>Number of turns after turn 0.</summary>
    public int TurnCount => Turns.Count - 1;
}

/// <summary>One distinct final position of an SMP run: where it is (per dimension, input scale), its win probability, who holds it.</summary>
public sealed record FinalPosition(IReadOnlyList<double> Position, double Probability, IReadOnlyList<string> Actors);

/// <summary>The state after one turn.</summary>
/// <param name="Turn">0 for the input.</param>
/// <param name="Positions">Actor index → position per dimension, input scale.</param>
/// <param name="Probabilities">Actor index → probability that its position wins (SMP), or null.</param>
/// <param name="Median">BDM: the median-voter position (one dimension), or null.</param>
/// <param name="Mean">BDM: the capability×salience-weighted mean position, or null.</param>
public sealed record TurnState(
    int Turn,
    IReadOnlyList<IReadOnlyList<double>> Positions,
    IReadOnlyList<double>? Probabilities,
    double? Median,
    double? Mean);
