namespace Fulcrum.Decision.Discovery;

/// <summary>What counts as the option failing in a draw.</summary>
public enum FailureKind
{
    /// <summary>Its regret (best option's utility minus its own) exceeds the threshold.</summary>
    Regret,
    /// <summary>A tolerance of the named power is breached.</summary>
    Breach,
}

/// <summary>
/// Which option to examine and what failing means: regret above <see cref="Threshold"/>, or a breach
/// of any tolerance of <see cref="Power"/>.
/// </summary>
/// <param name="Option">The option's id; null for the recommended option.</param>
/// <param name="Kind">Regret or breach.</param>
/// <param name="Power">For a breach: the power whose tolerances count.</param>
/// <param name="Threshold">For regret: the regret (in utility units) above which the option fails; default 0.05.</param>
public sealed record DiscoveryTarget(string? Option = null, FailureKind Kind = FailureKind.Regret, string? Power = null, double Threshold = 0.05);

/// <summary>
/// Scenario discovery on an appraisal's draws (Bryant &amp; Lempert 2010): the boxes of the input space
/// in which the option fails.
/// </summary>
/// <param name="Option">The option examined.</param>
/// <param name="Failure">What failing means, in words ("regret above 0.05", "a tolerance of RUS breached").</param>
/// <param name="Draws">The draws searched.</param>
/// <param name="Failures">The draws in which the option fails.</param>
/// <param name="Dimensions">The input dimensions searched, in order.</param>
/// <param name="Boxes">The boxes found, each with its trajectory (empty when the option never fails).</param>
public sealed record Discovery(string Option, string Failure, int Draws, int Failures, IReadOnlyList<PrimDimension> Dimensions, IReadOnlyList<PrimBox> Boxes);
