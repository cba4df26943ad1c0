namespace Fulcrum.Bargaining;

/// <summary>
/// A bargaining model with its parameters fixed at construction: runs an actor table to a
/// trajectory. Deterministic for a given table and settings (one seeded generator per run).
/// </summary>
public interface IBargainingModel
{
    /// <summary>Short name, as a host lets a user choose the model: <c>smp</c> or <c>bdm</c>.</summary>
    string Name { get; }

    Trajectory Run(ActorTable actors, BargainRunSettings settings);
}

/// <summary>
/// Per-run settings: the seed of the run's one generator, a turn limit (null = the model's own stop
/// rule and default limit), and where to report each turn as it completes (null = nowhere; see
/// <see cref="BargainProgress"/>). Studies that run a model many times in parallel (perturbations,
/// dropped actors) report only their baseline run.
/// </summary>
public sealed record BargainRunSettings(ulong Seed, int? MaxTurns = null, IProgress<BargainProgress>? Progress = null);
