using Fulcrum.App.Examine;
using Fulcrum.Core.Problems;

namespace Fulcrum.App.Discover;

/// <summary>
/// One scenario discovery to run: the examination whose draws are searched (case, data, where the
/// probabilities come from, draws, seed), the option examined and what counts as its failing.
/// </summary>
/// <param name="Examination">The examination whose draws PRIM searches.</param>
public sealed record DiscoverRequest(ExamineRequest Examination)
{
    /// <summary>The default regret threshold, in utility units.</summary>
    public const double DefaultThreshold = 0.05;

    /// <summary>The option examined; null for the recommended option.</summary>
    public string? Option { get; init; }

    /// <summary>What failing means: <c>regret</c> (regret above <see cref="Threshold"/>) or <c>breach:POWER</c> (a tolerance of POWER breached).</summary>
    public string Target { get; init; } = "regret";

    /// <summary>With a regret target: the regret above which the option fails (default <see cref="DefaultThreshold"/>).</summary>
    public double? Threshold { get; init; }

    /// <summary>What is wrong with the request before any data are read.</summary>
    public IReadOnlyList<Problem> Check() => [.. Examination.Check(), .. DiscoveryTargetText.Parse(this).Problems];
}
