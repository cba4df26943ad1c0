using Fulcrum.Bargaining.Smp;

namespace Fulcrum.Bargaining.Input;

/// <summary>
/// A KTAB XML scenario: the actors, the SMP parameters it sets (KTAB's defaults for any it leaves
/// out), its ideal-accommodation entries (inside <see cref="Parameters"/>), and its generator seed.
/// </summary>
public sealed record KtabScenario(ActorTable Actors, SmpParameters Parameters, ulong Seed);
