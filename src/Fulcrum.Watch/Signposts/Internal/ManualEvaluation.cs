using Fulcrum.Core.Time;
using Fulcrum.Scenario.Model;
using static Fulcrum.Watch.Internal.Dates;

namespace Fulcrum.Watch.Signposts.Internal;

/// <summary>A manual indicator: the latest observation on or before the as-of date decides.</summary>
internal static class ManualEvaluation
{
    public static SignpostReading Evaluate(Signpost signpost, ManualIndicator indicator, DateOnly asOf)
    {
        var rule = RuleText.Of(signpost.Rule);
        // Stable: observations of one date keep the case's order, and the last written decides.
        var known = indicator.Observations.Where(o => o.Date <= asOf).OrderBy(o => o.Date).ToList();
        if (known.Count == 0)
        {
            var why = indicator.Observations.Count == 0
                ? "no observation recorded"
                : $"the first observation is dated {D(indicator.Observations.Min(o => o.Date), Period.Day)}, after as_of {D(asOf, Period.Day)}";
            return SeriesWindow.NoData(signpost, SignpostData.Manual, rule, Period.Day, null, why);
        }
        var latest = known[^1];
        var first = known.Count - 1;
        while (first > 0 && known[first - 1].Fired == latest.Fired) first--;
        var reason = $"the latest observation ({D(latest.Date, Period.Day)}, {latest.Source}) says {(latest.Fired ? "seen" : "not seen")}: {latest.Note}";
        return new SignpostReading(signpost, latest.Fired ? SignpostState.Fired : SignpostState.Quiet, known[first].Date, rule,
            null, null, Period.Day, latest.Date, reason, new SignpostEvidence(SignpostData.Manual.Origin, null, [], latest));
    }
}
