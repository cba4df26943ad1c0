using Fulcrum.App.Discover;
using Fulcrum.Decision.Discovery;

namespace Fulcrum.App.Contracts;

/// <summary>
/// <c>discover</c> as JSON: the draws' identity and probabilities, the option examined and what
/// failing means, how often it fails, the dimensions searched, and the boxes PRIM found
/// (<c>boxes[{limits[], coverage, density, mass, trajectory[]}]</c>).
/// </summary>
public sealed record DiscoverContract(
    IdentityContract Identity,
    string Case, ulong Seed, int Draws, string ProbabilitySource, IReadOnlyList<string> ProbabilitiesMovedBy,
    IReadOnlyDictionary<string, double> Probabilities,
    string Option, string Failure, int Failures, double FailureShare,
    IReadOnlyList<PrimDimension> Dimensions, IReadOnlyList<PrimBox> Boxes) : Contract
{
    public static DiscoverContract Of(Discovered d)
    {
        ArgumentNullException.ThrowIfNull(d);
        var x = d.Discovery;
        var c = d.Case.Case;
        return new DiscoverContract(
            IdentityContract.Of(d.Identity),
            c.Id, d.Identity.Seed ?? 0, x.Draws, d.Probabilities.Source, d.Probabilities.MovedBy,
            c.Scenarios.Select((s, k) => (s.Id, p: d.Probabilities.Values[k])).ToDictionary(t => t.Id, t => t.p, StringComparer.Ordinal),
            x.Option, x.Failure, x.Failures, x.Draws > 0 ? (double)x.Failures / x.Draws : 0,
            x.Dimensions, x.Boxes);
    }
}
