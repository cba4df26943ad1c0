namespace Fulcrum.Bargaining;

/// <summary>
/// How far a run has got: reported once after every turn, in turn order, synchronously on the
/// thread that called <see cref="IBargainingModel.Run"/> (pass an <see cref="IProgress{T}"/> that
/// acts at once; <see cref="Progress{T}"/> would post to the thread pool and may reorder). A run
/// of N turns reports turns 1 … N, the last with <paramref name="Stopped"/> set.
/// </summary>
/// <param name="Model">The model's short name: <c>smp</c> or <c>bdm</c>.</param>
/// <param name="Turn">The turn just completed, from 1.</param>
/// <param name="MaxTurns">The run's turn limit; the model's stop rule usually ends it earlier.</param>
/// <param name="ActorCount">Actors in the run (the work per turn grows about as its cube for SMP).</param>
/// <param name="Change">
/// What the stop rule watches, after this turn: SMP, the turn's movement over the first turn's
/// (KTAB's fractional change); BDM, the median's move as a share of the position range; null when
/// the rule watches nothing (BDM with no median tolerance).
/// </param>
/// <param name="StopBelow">The run can stop once <paramref name="Change"/> is below this (BDM: at most this, for several rounds); null if no such rule.</param>
/// <param name="Stopped">This is the last turn of the run.</param>
public sealed record BargainProgress(
    string Model, int Turn, int MaxTurns, int ActorCount, double? Change, double? StopBelow, bool Stopped);
