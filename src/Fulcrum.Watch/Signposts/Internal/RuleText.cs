using Fulcrum.Scenario.Model;

namespace Fulcrum.Watch.Signposts.Internal;

/// <summary>A rule in words, when no series says what its window is.</summary>
internal static class RuleText
{
    public static string Of(SignpostRule rule) => rule switch
    {
        ChangeRule c => $"{c.Method} {c.Direction}",
        ThresholdRule t => $"latest value {(t.Above ? "above" : "below")} {Fulcrum.Watch.Internal.Dates.N(t.Value)}",
        ObservedRule => "latest observation",
        _ => rule.GetType().Name,
    };
}
