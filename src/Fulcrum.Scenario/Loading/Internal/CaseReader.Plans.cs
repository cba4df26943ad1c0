using System.Globalization;
using Fulcrum.Scenario.Model;
using YamlDotNet.RepresentationModel;

namespace Fulcrum.Scenario.Loading.Internal;

/// <summary>Adaptive plans, and the firing probabilities of the signposts they watch.</summary>
internal sealed partial class CaseReader
{
    /// <summary>How far likelihood ratios may stray from the ratios of the firing probabilities: rounding of hand-written numbers.</summary>
    private const double RatioTolerance = 0.02;

    /// <summary>
    /// Reads <c>fire_probability: {scenario: p}</c> (every scenario, each in (0, 1]). When the effect
    /// gives likelihood ratios too they must be proportional to these; when it gives none, they are
    /// derived (p over the largest p). Returns the probabilities, and the ratios to use.
    /// </summary>
    private (Dictionary<string, double> Fire, IReadOnlyDictionary<string, double> Ratios) ReadFireProbability(
        MapReader map, string id, IReadOnlyDictionary<string, double> ratios)
    {
        var fire = new Dictionary<string, double>(StringComparer.Ordinal);
        if (!map.Has("fire_probability")) return (fire, ratios);
        var ok = true;
        foreach (var (key, value) in map.Pairs("fire_probability", required: false))
        {
            if (!_scenarios.ContainsKey(key.Value ?? "")) { UnknownId(key, "scenario", key.Value ?? "", _scenarios.Keys); ok = false; continue; }
            var p = map.NumberOf(value, $"fire probability of '{key.Value}'");
            if (double.IsNaN(p)) { ok = false; continue; }
            if (!(p is > 0 and <= 1))
            {
                map.Problem(value, $"fire probability {F(p)} of '{key.Value}' in signpost '{id}' must be in (0, 1]",
                    "a signpost that can never fire under a scenario would rule it out when it fires; use a small probability such as 0.01");
                ok = false;
                continue;
            }
            fire[key.Value!] = p;
        }
        foreach (var missing in _scenarios.Keys.Where(s => !fire.ContainsKey(s) && ok))
        {
            map.Problem(map.Get("fire_probability"), $"signpost '{id}' gives no fire probability for scenario '{missing}'", "give every scenario the probability that the signpost fires under it");
            ok = false;
        }
        if (!ok) return ([], ratios);
        var max = fire.Values.Max();
        var implied = fire.ToDictionary(kv => kv.Key, kv => kv.Value / max, StringComparer.Ordinal);
        if (ratios.Count == 0) return (fire, implied);
        var ratioMax = ratios.Values.Max();
        var disagree = implied.Where(kv => ratios.TryGetValue(kv.Key, out var r) && Math.Abs(r / ratioMax - kv.Value) > RatioTolerance * Math.Max(r / ratioMax, kv.Value)).ToList();
        if (disagree.Count > 0)
            map.Problem(map.Get("fire_probability"),
                $"the likelihood ratios of signpost '{id}' disagree with its fire probabilities (scenario '{disagree[0].Key}')",
                $"ratios must be proportional to the fire probabilities: e.g. {string.Join(", ", implied.Select(kv => $"{kv.Key}: {F(kv.Value)}"))}; or give only fire_probability");
        return (fire, ratios);
    }

    private List<Plan> ReadPlans(MapReader top, IReadOnlyList<Signpost> signposts) =>
        ReadIdList(top, "plans", required: false, "plan", ["id", "name", "start", "switch", "source"],
            (map, id) => ReadPlan(map, id, signposts));

    private Plan? ReadPlan(MapReader map, string id, IReadOnlyList<Signpost> signposts)
    {
        var name = map.RequireString("name", "say what the plan does, in words");
        var source = map.RequireString("source", "say where the plan comes from (the seed, a document, or \"analyst estimate\")");
        var start = map.RequireString("start", "name the option the plan takes now");
        var ok = start.Length > 0;
        if (ok && !_options.ContainsKey(start)) { UnknownId(map.Get("start")!, "option", start, _options.Keys); ok = false; }
        var switches = new List<PlanSwitch>();
        var nodes = map.Sequence("switch", required: true);
        if (map.Get("switch") is YamlSequenceNode && nodes.Count == 0)
            map.Problem(map.Get("switch"), $"plan '{id}' never switches", "give at least one switch: {when: SIGNPOST fires, to: OPTION}; a plan that never switches is its start option");
        foreach (var node in nodes)
        {
            if (ReadSwitch(node, id, start, source, signposts) is { } s) switches.Add(s);
            else ok = false;
        }
        return ok && switches.Count > 0 ? new Plan(id, name, start, switches, source) : null;
    }

    private PlanSwitch? ReadSwitch(YamlNode node, string plan, string start, string source, IReadOnlyList<Signpost> signposts)
    {
        var map = MapReader.Of(node, $"switch of plan '{plan}'", _problems, "when", "to", "cost");
        if (map is null) return null;
        var when = map.RequireString("when", "write when: SIGNPOST fires (or clears)");
        var to = map.RequireString("to", "name the option switched to");
        var parts = when.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        PlanSwitch? result = null;
        if (when.Length > 0 && (parts.Length != 2 || parts[1] is not ("fires" or "clears")))
            map.Problem(map.Get("when"), $"'{when}' in {map.What} is not 'SIGNPOST fires' or 'SIGNPOST clears'", "e.g. when: rus_ukr_conflict fires");
        else if (when.Length > 0)
        {
            var signpost = signposts.FirstOrDefault(s => s.Id == parts[0]);
            if (signpost is null) UnknownId(map.Get("when")!, "signpost", parts[0], signposts.Select(s => s.Id));
            else if (signpost.FireProbability.Count == 0)
                map.Problem(map.Get("when"), $"signpost '{parts[0]}' is watched by plan '{plan}' but states no fire_probability",
                    "add fire_probability: {scenario: p, …} to the signpost: how likely it is to fire under each scenario");
            else result = new PlanSwitch(parts[0], parts[1] == "fires", to, new Dictionary<string, Effect>());
        }
        if (to.Length > 0 && !_options.ContainsKey(to)) { UnknownId(map.Get("to")!, "option", to, _options.Keys); return null; }
        if (to.Length > 0 && to == start)
            map.Problem(map.Get("to"), $"{map.What} switches to its own start '{to}'", "switch to another option, or remove the switch");
        var cost = ReadEffectTable(map, "cost", "interest", _interests.Keys, source, complete: false);
        if (result is null || cost is null || to.Length == 0 || to == start) return null;
        return result with { To = to, Cost = cost };
    }

    private static string F(double x) => x.ToString("0.###", CultureInfo.InvariantCulture);
}
