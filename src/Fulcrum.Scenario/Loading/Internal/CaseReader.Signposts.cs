using Fulcrum.Core.Text;
using Fulcrum.Scenario.Model;

namespace Fulcrum.Scenario.Loading.Internal;

/// <summary>Signposts: indicator, rule and effect.</summary>
internal sealed partial class CaseReader
{
    /// <summary>The measures of the <c>dyad</c> command an event indicator may use.</summary>
    public static readonly string[] DyadMeasures =
        ["events", "n1", "n2", "n3", "n4", "goldstein_sum", "goldstein_pos", "goldstein_neg", "goldstein_mean", "netcoop", "tone"];

    private static readonly string[] ChangeMethods = ["cusum", "poisson-cusum", "bocpd"];
    private static readonly string[] UnVoteIssues = ["me", "nu", "di", "hr", "co", "ec"];

    private List<Signpost> ReadSignposts(MapReader top)
    {
        var list = ReadIdList(top, "signposts", required: false, "signpost", ["id", "name", "indicator", "rule", "effect", "fire_probability", "source", "group"], ReadSignpost);
        CheckRatioProducts(top, list);
        return list;
    }

    /// <summary>
    /// Bayes' rule multiplies the ratios of every fired signpost: on each scenario their product
    /// (or its inverse) must stay within 1e300 if all fire, or the posterior overflows to NaN.
    /// </summary>
    private static void CheckRatioProducts(MapReader top, List<Signpost> signposts)
    {
        var scenarios = signposts.SelectMany(s => s.Effect.LikelihoodRatios.Keys).Distinct(StringComparer.Ordinal);
        foreach (var scenario in scenarios)
        {
            var ratios = signposts.Select(s => s.Effect.LikelihoodRatios.GetValueOrDefault(scenario, 1)).ToList();
            var up = ratios.Where(r => r > 1).Sum(Math.Log10);
            var down = -ratios.Where(r => r < 1).Sum(Math.Log10);
            if (Math.Max(up, down) <= CaseNumbers.MaxRatioProductLog10) continue;
            top.Problem(top.Get("signposts"),
                $"the likelihood ratios on scenario '{scenario}' multiply to 1e{(up >= down ? "" : "-")}{Math.Max(up, down):0} when every signpost fires; the product must lie within 1e-{CaseNumbers.MaxRatioProductLog10:0} to 1e{CaseNumbers.MaxRatioProductLog10:0}",
                "a ratio states how much more likely the sign is under the scenario: ratios beyond 1e6 are rarely defensible");
        }
    }

    private Signpost? ReadSignpost(MapReader map, string id)
    {
        var name = map.RequireString("name", "say what is watched, in words");
        var source = map.RequireString("source", "say why this signpost means what its effect says");
        var indicator = ReadIndicator(map, id);
        var rule = ReadRule(map, id, indicator);
        // With fire probabilities the effect may be left out: its likelihood ratios follow from them.
        var effect = map.Has("effect") || !map.Has("fire_probability") ? ReadSignpostEffect(map, id) : new SignpostEffect(new Dictionary<string, double>(), "");
        if (effect is null) return null;
        var (fire, ratios) = ReadFireProbability(map, id, effect.LikelihoodRatios);
        var group = ReadGroup(map);
        if (indicator is null || rule is null) return null;
        return new Signpost(id, name, indicator, rule, effect with { LikelihoodRatios = ratios }, source) { FireProbability = fire, Group = group };
    }

    private SignpostRule? ReadRule(MapReader parent, string id, Indicator? indicator)
    {
        var map = MapReader.Of(parent.Get("rule"), $"rule of signpost '{id}'", _problems, "kind", "above", "below", "method", "direction", "clears", "clears_after");
        if (map is null)
        {
            if (parent.Get("rule") is null) parent.Problem(null, $"signpost '{id}' has no 'rule'", "give rule: {kind: threshold|change|observed, …}");
            return null;
        }
        var kind = map.RequireString("kind", "threshold, change or observed");
        if (ReadClearing(map, kind) is not { } clears) return null;
        if ((kind == "observed") != (indicator is ManualIndicator) && indicator is not null && kind.Length > 0)
        {
            map.Problem(map.Get("kind"), indicator is ManualIndicator ? "a manual indicator takes rule kind 'observed'" : "rule kind 'observed' is for manual indicators only",
                indicator is ManualIndicator ? "write rule: {kind: observed}" : "use threshold or change");
            return null;
        }
        switch (kind)
        {
            case "threshold":
                var above = map.Has("above");
                if (above == map.Has("below")) { map.Problem(null, $"{map.What} must give exactly one of 'above' and 'below'", "e.g. {kind: threshold, above: 40}"); return null; }
                var value = map.RequireNumber(above ? "above" : "below", "");
                return double.IsNaN(value) ? null : new ThresholdRule(above, value);
            case "change":
                var method = map.OptionalString("method", "cusum");
                if (!ChangeMethods.Contains(method)) { UnknownId(map.Get("method")!, "change method", method, ChangeMethods); return null; }
                var direction = map.OptionalString("direction", "both");
                if (direction is not ("up" or "down" or "both")) { map.Problem(map.Get("direction"), $"direction '{Echo.Value(direction)}' is unknown", "use up, down or both"); return null; }
                return new ChangeRule(method, direction) { Clears = clears };
            case "observed": return new ObservedRule();
            case "": return null;
            default:
                map.Problem(map.Get("kind"), $"rule kind '{Echo.Value(kind)}' is unknown", "use threshold, change or observed");
                return null;
        }
    }

    private SignpostEffect? ReadSignpostEffect(MapReader parent, string id)
    {
        var map = MapReader.Of(parent.Get("effect"), $"effect of signpost '{id}'", _problems, "likelihood_ratios", "flag");
        if (map is null)
        {
            if (parent.Get("effect") is null) parent.Problem(null, $"signpost '{id}' has no 'effect'", "give effect: {likelihood_ratios: {scenario: ratio, …}} or {flag: text}");
            return null;
        }
        var ratios = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (key, value) in map.Pairs("likelihood_ratios", required: false))
        {
            if (!_scenarios.ContainsKey(key.Value ?? "")) { UnknownId(key, "scenario", key.Value ?? "", _scenarios.Keys); continue; }
            var lr = map.NumberOf(value, $"likelihood ratio of '{key.Value}'");
            if (double.IsNaN(lr)) continue;
            if (!(lr > 0)) map.Problem(value, $"likelihood ratio {Echo.Number(lr)} of '{key.Value}' must be positive", "1 means no change; below 1 makes the scenario less likely");
            else ratios[key.Value!] = lr;
        }
        var flag = map.OptionalString("flag");
        if (ratios.Count == 0 && flag.Length == 0)
            map.Problem(null, $"{map.What} does nothing", "give likelihood_ratios on scenarios, a flag, or both");
        else if (ratios.Count > 0)
        {
            var given = map.Pairs("likelihood_ratios", required: false).Select(p => p.Key.Value).ToHashSet(StringComparer.Ordinal);
            foreach (var missing in _scenarios.Keys.Where(s => !given.Contains(s)))
                map.Problem(map.Get("likelihood_ratios"), $"{map.What} gives no likelihood ratio for scenario '{missing}'", "give every scenario a ratio (1 = unchanged)");
        }
        return new SignpostEffect(ratios, flag);
    }

}
