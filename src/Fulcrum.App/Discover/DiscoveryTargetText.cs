using System.Globalization;
using Fulcrum.Core.Problems;
using Fulcrum.Decision.Discovery;

namespace Fulcrum.App.Discover;

/// <summary>Reads a discovery target written as <c>regret</c> or <c>breach:POWER</c>; the power and option are checked against the case by the engine.</summary>
public static class DiscoveryTargetText
{
    public static Checked<DiscoveryTarget> Parse(DiscoverRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var text = request.Target.Trim();
        if (text.Equals("regret", StringComparison.OrdinalIgnoreCase))
        {
            var threshold = request.Threshold ?? DiscoverRequest.DefaultThreshold;
            if (!(threshold >= 0 && double.IsFinite(threshold)))
                return Checked<DiscoveryTarget>.Failure([Problem.About(Subjects.RegretThreshold,
                    $"regret threshold {threshold.ToString(CultureInfo.InvariantCulture)} must be a number of at least 0",
                    $"regret is in utility units (0 to 1); {DiscoverRequest.DefaultThreshold.ToString(CultureInfo.InvariantCulture)} is the default")]);
            return Checked<DiscoveryTarget>.Success(new DiscoveryTarget(request.Option, FailureKind.Regret, null, threshold));
        }
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && text[..colon].Trim().Equals("breach", StringComparison.OrdinalIgnoreCase) && text[(colon + 1)..].Trim() is { Length: > 0 } power)
        {
            if (request.Threshold is not null)
                return Checked<DiscoveryTarget>.Failure([Problem.About(Subjects.RegretThreshold,
                    "a regret threshold was given with a breach target", "a breach either happens or not: give the threshold only with the regret target")]);
            return Checked<DiscoveryTarget>.Success(new DiscoveryTarget(request.Option, FailureKind.Breach, power));
        }
        return Checked<DiscoveryTarget>.Failure([Problem.About(Subjects.Target, $"'{request.Target}' is not a discovery target",
            "write regret (the option's regret above the threshold) or breach:POWER (a tolerance of that power breached), e.g. breach:RUS")]);
    }
}
