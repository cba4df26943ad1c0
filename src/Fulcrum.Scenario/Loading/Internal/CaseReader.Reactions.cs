using Fulcrum.Scenario.Model;
using YamlDotNet.RepresentationModel;

namespace Fulcrum.Scenario.Loading.Internal;

/// <summary>Reactions: one per option × scenario, each with an effect on every interest and power.</summary>
internal sealed partial class CaseReader
{
    private List<Reaction> ReadReactions(MapReader top)
    {
        var list = new List<Reaction>();
        var seen = new Dictionary<(string, string), YamlNode>();
        foreach (var node in top.Sequence("reactions", required: true))
        {
            var map = MapReader.Of(node, "reaction", _problems, "option", "scenario", "responses", "effects", "relations", "when", "source");
            if (map is null) continue;
            var option = map.RequireString("option", "name the option this reaction is to");
            var scenario = map.RequireString("scenario", "name the scenario it happens in");
            var known = true;
            if (option.Length > 0 && !_options.ContainsKey(option)) { UnknownId(map.Get("option")!, "option", option, _options.Keys); known = false; }
            if (scenario.Length > 0 && !_scenarios.ContainsKey(scenario)) { UnknownId(map.Get("scenario")!, "scenario", scenario, _scenarios.Keys); known = false; }
            if (!known || option.Length == 0 || scenario.Length == 0) continue;
            if (seen.TryGetValue((option, scenario), out var first))
            {
                map.Problem(null, $"second reaction to option '{option}' under scenario '{scenario}' (the first is on line {first.Start.Line})",
                    "merge them into one reaction");
                continue;
            }
            seen[(option, scenario)] = node;
            if (ReadReaction(map.Named($"reaction to '{option}' under '{scenario}'"), option, scenario) is { } r) list.Add(r);
        }
        if (top.Get("reactions") is YamlSequenceNode)
            foreach (var o in _options.Keys)
                foreach (var s in _scenarios.Keys.Where(s => !seen.ContainsKey((o, s))))
                    top.Problem(top.Get("reactions"), $"no reaction to option '{o}' under scenario '{s}'",
                        $"add a reaction with option: {o}, scenario: {s} and an effect on every interest");
        return list;
    }

    private Reaction? ReadReaction(MapReader map, string option, string scenario)
    {
        var source = map.OptionalString("source");
        var responses = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in map.Pairs("responses", required: false))
        {
            if (!_powers.Contains(key.Value ?? "")) { UnknownId(key, "power", key.Value ?? "", _powers); continue; }
            responses[key.Value!] = map.StringOf(value, key.Value!) ?? "";
        }
        var effects = ReadEffectTable(map, "effects", "interest", _interests.Keys, source, complete: true);
        var relations = ReadEffectTable(map, "relations", "power", _powers, source, complete: true);
        var when = new List<FactorOverride>();
        foreach (var node in map.Sequence("when", required: false))
            if (ReadOverride(node, map.What, source) is { } o) when.Add(o);
        if (effects is null || relations is null) return null;
        return new Reaction
        {
            Option = option,
            Scenario = scenario,
            Responses = responses,
            Effects = effects,
            Relations = relations,
            When = when,
            Source = source,
        };
    }

    /// <summary>Reads <c>key: {id: effect, …}</c>; when <paramref name="complete"/>, every known id must be there.</summary>
    private Dictionary<string, Effect>? ReadEffectTable(MapReader map, string key, string kind, IEnumerable<string> known,
        string source, bool complete)
    {
        var knownList = known.ToList();
        var knownSet = knownList.ToHashSet(StringComparer.Ordinal); // one lookup per effect: a case may have 10,000 interests
        var table = new Dictionary<string, Effect>(StringComparer.Ordinal);
        var ok = true;
        foreach (var (k, value) in map.Pairs(key, required: complete))
        {
            var id = k.Value ?? "";
            if (kind == "interest" && _answeredInterests.TryGetValue(id, out var question))
            {
                MapReader.At(_problems, k, $"the effect on '{id}' comes from question '{question}', so {map.What} may not give one",
                    $"remove '{id}' here: the question's forecasts set it under every option and scenario");
                ok = false;
                continue;
            }
            if (!knownSet.Contains(id)) { UnknownId(k, kind, id, knownList); ok = false; continue; }

            var effect = EffectReader.Read(value, $"{key} on '{id}' in {map.What}", source, _problems);
            if (effect is null) ok = false;
            else table[id] = effect;
        }
        if (complete && map.Get(key) is YamlMappingNode)
            foreach (var missing in knownList.Where(id => !table.ContainsKey(id) && ok && !(kind == "interest" && _answeredInterests.ContainsKey(id))))
            {
                map.Problem(map.Get(key), $"{map.What} has no effect on {kind} '{missing}'",
                    $"add '{missing}:' under {key} (write 0 for no change)");
                ok = false;
            }
        return ok ? table : null;
    }

    private FactorOverride? ReadOverride(YamlNode node, string reaction, string source)
    {
        var map = MapReader.Of(node, $"'when' of {reaction}", _problems, "factor", "level", "effects", "relations");
        if (map is null) return null;
        var factorId = map.RequireString("factor", "name the factor whose level changes the effects");
        var level = map.RequireString("level", "name the level at which these effects apply");
        if (!_factors.TryGetValue(factorId, out var factor))
        {
            if (factorId.Length > 0) UnknownId(map.Get("factor")!, "factor", factorId, _factors.Keys);
            return null;
        }
        if (!factor.Levels.Contains(level))
        {
            if (level.Length > 0) UnknownId(map.Get("level")!, $"level of factor '{factorId}'", level, factor.Levels);
            return null;
        }
        var effects = ReadEffectTable(map, "effects", "interest", _interests.Keys, source, complete: false);
        var relations = ReadEffectTable(map, "relations", "power", _powers, source, complete: false);
        if (effects is null || relations is null) return null;
        if (effects.Count + relations.Count == 0)
            map.Problem(null, $"{map.What} changes nothing", "give the effects or relations that differ at this level, or remove it");
        return new FactorOverride(factorId, level, effects, relations);
    }
}
