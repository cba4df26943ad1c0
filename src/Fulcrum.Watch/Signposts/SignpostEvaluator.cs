using Fulcrum.Scenario.Model;
using Fulcrum.Watch.Signposts.Internal;

namespace Fulcrum.Watch.Signposts;

/// <summary>
/// Judges one signpost as of a date, on data already loaded: nothing dated after the as-of date is
/// used. Change rules run the named detector with its documented defaults and count as fired while
/// the latest alarm in the recency window is in the rule's direction; threshold rules compare the
/// latest point; manual indicators take their latest observation. Pure: no I/O (the event store is
/// reached only through <see cref="SignpostData.Evidence"/>, for the events behind an alarm).
/// </summary>
public static class SignpostEvaluator
{
    public static SignpostReading Evaluate(Signpost signpost, SignpostData data, DateOnly asOf, SignpostEvaluationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(signpost);
        ArgumentNullException.ThrowIfNull(data);
        options ??= SignpostEvaluationOptions.Default;
        if (options.Check() is [var problem, ..]) throw new ArgumentException(problem, nameof(options));
        return (signpost.Indicator, signpost.Rule) switch
        {
            (ManualIndicator manual, ObservedRule) => ManualEvaluation.Evaluate(signpost, manual, asOf),
            (ManualIndicator, _) or (_, ObservedRule) =>
                throw new ArgumentException($"signpost '{signpost.Id}': rule kind 'observed' goes with manual indicators only (the case loader refuses other pairs)", nameof(signpost)),
            (_, ChangeRule change) => ChangeEvaluation.Evaluate(signpost, change, data, asOf, options),
            (_, ThresholdRule threshold) => ThresholdEvaluation.Evaluate(signpost, threshold, data, asOf, options),
            _ => throw new ArgumentException($"signpost '{signpost.Id}' has a rule of unknown kind {signpost.Rule.GetType().Name}", nameof(signpost)),
        };
    }
}
