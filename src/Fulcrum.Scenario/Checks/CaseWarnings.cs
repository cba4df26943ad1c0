using System.Globalization;
using Fulcrum.Core.Problems;
using Fulcrum.Scenario.Model;

namespace Fulcrum.Scenario.Checks;

/// <summary>
/// What a valid case may still have wrong, the mistakes analysts make that the format cannot forbid:
/// a weight on another scale from the others (25 among 0.05-0.35 takes 97% of the weight and
/// decides the recommendation alone), an effect that takes an interest beyond the range its value
/// function can tell apart, a tolerance no draw can breach (or every draw does). Warnings, not
/// errors: each can be meant. Each names the item, the numbers and what to check.
/// </summary>
public static class CaseWarnings
{
    /// <summary>A weight this many times the median of the others (or as small in proportion) is on another scale.</summary>
    public const double ScaleRatio = 10;

    /// <param name="c">The loaded case.</param>
    /// <param name="origin">The case file (or built-in name) the warnings are about.</param>
    public static IReadOnlyList<Problem> Of(Case c, string origin)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(origin);
        return [.. WeightScales(c, origin), .. EffectRanges(c, origin), .. UnreachableTolerances(c, origin)];
    }

    /// <summary>Each interest's share of the total weight (weights at their midpoints), in the case's order.</summary>
    public static IReadOnlyList<(string Interest, double Share)> WeightShares(Case c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var total = c.Interests.Sum(i => i.Weight.Mid);
        return [.. c.Interests.Select(i => (i.Id, total > 0 ? i.Weight.Mid / total : 0))];
    }

    private static IEnumerable<Problem> WeightScales(Case c, string origin)
    {
        if (c.Interests.Count < 3) yield break;
        var shares = WeightShares(c).ToDictionary(s => s.Interest, s => s.Share, StringComparer.Ordinal);
        foreach (var i in c.Interests)
        {
            var others = c.Interests.Where(o => o.Id != i.Id).Select(o => o.Weight.Mid).Order().ToList();
            var median = others.Count % 2 == 1 ? others[others.Count / 2] : (others[others.Count / 2 - 1] + others[others.Count / 2]) / 2;
            if (median <= 0 || i.Weight.Mid <= 0) continue;
            var ratio = i.Weight.Mid / median;
            if (ratio < ScaleRatio && ratio > 1 / ScaleRatio) continue;
            yield return new Problem(origin, 0, 0,
                $"the weight of interest '{i.Id}' ({N(i.Weight.Mid)}) is {(ratio >= 1 ? $"{N(ratio)} times" : $"1/{N(1 / ratio)} of")} the median of the others' ({N(median)}; they range {N(others[0])}-{N(others[^1])}): " +
                $"it takes {(shares[i.Id] * 100).ToString("0", CultureInfo.InvariantCulture)}% of the total weight",
                "weights are relative: write them all on one scale (0.25, not 25); case show prints each interest's share");
        }
    }

    /// <summary>
    /// Beyond its value range a level is worth the same as at the range's end, so a little past it is
    /// a modelling choice (a gain the case does not value further); this far past it (a quarter of the
    /// range's width) looks like an effect written as a level, or on another scale.
    /// </summary>
    public const double FarOutside = 0.25;

    private static IEnumerable<Problem> EffectRanges(Case c, string origin)
    {
        foreach (var i in c.Interests)
        {
            var levels = i.Value.Points.Count > 0 ? i.Value.Points.Select(p => p.Level).ToList() : [i.Value.Worst, i.Value.Best];
            var (low, high) = (levels.Min(), levels.Max());
            var slack = (high - low) * FarOutside;
            var far = EffectsOn(c, i.Id)
                .Select(e => (e.Reaction, e.Effect, Min: i.Baseline.Mid + e.Effect.Distribution.Min, Max: i.Baseline.Mid + e.Effect.Distribution.Max))
                .Where(e => (double.IsFinite(e.Min) && e.Min < low - slack) || (double.IsFinite(e.Max) && e.Max > high + slack))
                .OrderByDescending(e => Math.Max(low - e.Min, e.Max - high))
                .ToList();
            if (far.Count == 0) continue;
            var (reaction, effect, min, max) = far[0];
            var beyond = min < low - slack ? $"down to {N(min)}" : $"up to {N(max)}";
            yield return new Problem(origin, 0, 0,
                $"the effect on interest '{i.Id}' in reaction to '{reaction.Option}' under '{reaction.Scenario}' ({effect.Distribution.Describe()} on the baseline {N(i.Baseline.Mid)}) " +
                $"takes it {beyond}, far outside its value range {N(low)}-{N(high)}" + (far.Count > 1 ? $" ({far.Count - 1} more reactions do too)" : ""),
                "an effect is a change from the baseline, on the interest's own unit: check its sign and size (a level written as a change?), or widen the value range");
        }
    }

    private static IEnumerable<Problem> UnreachableTolerances(Case c, string origin)
    {
        foreach (var t in c.Tolerances)
        {
            var b = t.BreachWhen;
            var ranges = b.Target == ConditionTarget.Interest
                ? c.Interests.FirstOrDefault(i => i.Id == b.Id) is { } interest
                    ? EffectsOn(c, b.Id).Select(e => (interest.Baseline.Mid + e.Effect.Distribution.Min, interest.Baseline.Mid + e.Effect.Distribution.Max)).ToList()
                    : []
                : RelationsOf(c, b.Id).Select(e => (e.Distribution.Min, e.Distribution.Max)).ToList();
            if (ranges.Count == 0) continue;
            var (min, max) = (ranges.Min(r => r.Item1), ranges.Max(r => r.Item2));
            var what = $"{(b.Target == ConditionTarget.Interest ? "interest" : "relation")} '{b.Id}'";
            if (b.Below ? min >= b.Threshold : max <= b.Threshold)
                yield return new Problem(origin, 0, 0,
                    $"tolerance '{t.Id}' is breached when {what} is {(b.Below ? "below" : "above")} {N(b.Threshold)}, but no draw can take it there (it ranges {N(min)} to {N(max)} over every reaction)",
                    "the tolerance can never be breached: check its threshold against the effects' ranges");
            else if (b.Below ? max < b.Threshold : min > b.Threshold)
                yield return new Problem(origin, 0, 0,
                    $"tolerance '{t.Id}' is breached when {what} is {(b.Below ? "below" : "above")} {N(b.Threshold)}, which every draw is (it ranges {N(min)} to {N(max)} over every reaction)",
                    "every option breaches it in every draw: check its threshold against the effects' ranges");
        }
    }

    /// <summary>Every effect on an interest: each reaction's, and each factor override's.</summary>
    private static IEnumerable<(Reaction Reaction, Effect Effect)> EffectsOn(Case c, string interest) =>
        c.Reactions.SelectMany(r => (r.Effects.TryGetValue(interest, out var e) ? new[] { (r, e) } : [])
            .Concat(r.When.Where(w => w.Effects.ContainsKey(interest)).Select(w => (r, w.Effects[interest]))));

    private static IEnumerable<Effect> RelationsOf(Case c, string power) =>
        c.Reactions.SelectMany(r => (r.Relations.TryGetValue(power, out var e) ? new[] { e } : [])
            .Concat(r.When.Where(w => w.Relations.ContainsKey(power)).Select(w => w.Relations[power])));

    /// <summary>Rounding in a hand-written range is no mistake: a level within 1% of the range past its end passes.</summary>
    private static double Slack(double low, double high) => (high - low) * 0.01;

    private static string N(double x) => x.ToString("0.###", CultureInfo.InvariantCulture);
}
