namespace Fulcrum.Bargaining.Uncertainty;

/// <summary>Drop-actor shocks: the forecast without each named actor, beside the forecast with all of them.</summary>
/// <param name="Baseline">The model on the whole table.</param>
/// <param name="Shocks">One per dropped actor, in the order asked (or the table's order).</param>
public sealed record DropActorReport(Trajectory Baseline, IReadOnlyList<DropActorShock> Shocks);

/// <summary>
/// The model's answer without <see cref="Actor"/>: the forecast, its shift from the baseline per
/// dimension, the final mean (BDM), turns and stop reason; or, when the rest of the table cannot be
/// run (fewer than two actors left, no salience left), why not in <see cref="Failure"/> and no numbers.
/// </summary>
public sealed record DropActorShock(
    string Actor, IReadOnlyList<double> Forecast, IReadOnlyList<double> Shift, double? FinalMean, int Turns, string StopReason, string? Failure);
