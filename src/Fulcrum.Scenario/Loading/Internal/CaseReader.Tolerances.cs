using Fulcrum.Scenario.Model;

namespace Fulcrum.Scenario.Loading.Internal;

/// <summary>Tolerance bands, how relations are measured, and how weights are sampled.</summary>
internal sealed partial class CaseReader
{
    /// <summary>The UN-vote alignment measures a case may name.</summary>
    public static readonly string[] UnVoteMeasures = ["agree", "agree_voeten", "s", "kappa", "pi", "idealpoint_distance"];

    private List<Tolerance> ReadTolerances(MapReader top) =>
        ReadIdList(top, "tolerances", required: false, "tolerance",
            ["id", "power", "name", "breach_when", "max_breach_probability", "source"], ReadTolerance);

    private Tolerance? ReadTolerance(MapReader map, string id)
    {
        var power = map.RequireString("power", "name the power whose tolerance this is");
        if (power.Length > 0 && !_powers.Contains(power)) UnknownId(map.Get("power")!, "power", power, _powers);
        var name = map.RequireString("name", "state the band in words, e.g. \"Russia keeps deconflicting in Syria\"");
        var maxBreach = map.RequireNumber("max_breach_probability", "the largest probability of breach the focal state accepts, e.g. 0.1");
        if (maxBreach is < 0 or > 1)
            map.Problem(map.Get("max_breach_probability"), $"max_breach_probability {maxBreach} of tolerance '{id}' is outside [0, 1]", "a probability lies between 0 and 1");
        var source = map.RequireString("source", "say where the band comes from");
        var condition = ReadBreachCondition(map, id);
        if (condition is null || double.IsNaN(maxBreach) || !_powers.Contains(power)) return null;
        return new Tolerance(id, power, name, condition, maxBreach, source);
    }

    private BreachCondition? ReadBreachCondition(MapReader parent, string id)
    {
        var map = MapReader.Of(parent.Get("breach_when"), $"breach_when of tolerance '{id}'", _problems, "interest", "relation", "below", "above");
        if (map is null)
        {
            if (parent.Get("breach_when") is null)
                parent.Problem(null, $"tolerance '{id}' has no 'breach_when'", "write breach_when: {interest: ID, below: LEVEL} or {relation: POWER, below: SD}");
            return null;
        }
        var onInterest = map.Has("interest");
        if (onInterest == map.Has("relation"))
        {
            map.Problem(null, $"{map.What} must name exactly one of 'interest' and 'relation'", "e.g. {interest: syria_freedom, below: 50}");
            return null;
        }
        var target = map.RequireString(onInterest ? "interest" : "relation", "");
        if (onInterest && !_interests.ContainsKey(target)) { UnknownId(map.Get("interest")!, "interest", target, _interests.Keys); return null; }
        if (!onInterest && !_powers.Contains(target)) { UnknownId(map.Get("relation")!, "power", target, _powers); return null; }
        var below = map.Has("below");
        if (below == map.Has("above"))
        {
            map.Problem(null, $"{map.What} must give exactly one of 'below' and 'above'", "e.g. below: 50 breaches when the level falls under 50");
            return null;
        }
        var threshold = map.RequireNumber(below ? "below" : "above", "");
        return double.IsNaN(threshold) ? null
            : new BreachCondition(onInterest ? ConditionTarget.Interest : ConditionTarget.Relation, target, below, threshold);
    }

    private RelationMeasures ReadRelationMeasures(MapReader top)
    {
        var map = MapReader.Of(top.Get("relations"), "relations", _problems, "fast", "slow", "baseline_days");
        if (map is null) return RelationMeasures.Default;
        var d = RelationMeasures.Default;
        var fast = map.OptionalString("fast", d.Fast);
        if (fast.StartsWith("store:", StringComparison.Ordinal) && !DyadMeasures.Contains(fast["store:".Length..]))
            map.Problem(map.Get("fast"), $"'{fast}' names no dyad measure", $"use store:MEASURE with one of: {string.Join(", ", DyadMeasures)}");
        else if (!fast.StartsWith("store:", StringComparison.Ordinal)) CheckSeriesFile(map, map.Get("fast")!, fast);
        var slow = map.OptionalString("slow", d.Slow);
        if (!UnVoteMeasures.Contains(slow))
            map.Problem(map.Get("slow"), $"'{slow}' is not a UN-vote measure", $"use one of: {string.Join(", ", UnVoteMeasures)}");
        var days = map.OptionalNumber("baseline_days") ?? d.BaselineDays;
        if (days is < 7 or > 3650 || days != Math.Floor(days))
            map.Problem(map.Get("baseline_days"), $"baseline_days {days} must be a whole number of days from 7 to 3650", "60 days is the default");
        return new RelationMeasures(fast, slow, (int)Math.Clamp(days, 7, 3650));
    }

    private WeightSampling ReadWeightSampling(MapReader top)
    {
        var map = MapReader.Of(top.Get("weight_sampling"), "weight_sampling", _problems, "method", "concentration");
        if (map is null) return WeightSampling.Default;
        var method = map.RequireString("method", "ranges or dirichlet");
        if (method is not ("ranges" or "dirichlet"))
        {
            map.Problem(map.Get("method"), $"weight sampling method '{method}' is unknown", "use ranges (uniform within each range) or dirichlet");
            return WeightSampling.Default;
        }
        if (method == "ranges") return new WeightSampling("ranges", 0);
        var concentration = map.RequireNumber("concentration", "how tightly weights cluster around their points, e.g. 50");
        if (!(concentration > 0))
        {
            map.Problem(map.Get("concentration"), $"concentration {concentration} must be positive", "larger means weights stay closer to their points; 50 is moderate");
            return WeightSampling.Default;
        }
        return new WeightSampling("dirichlet", concentration);
    }
}
