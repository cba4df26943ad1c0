using Fulcrum.Core.Text;
using Fulcrum.Scenario.Model;
using YamlDotNet.RepresentationModel;

namespace Fulcrum.Scenario.Loading.Internal;

/// <summary>Scenarios with their priors, and the further factors of the world.</summary>
internal sealed partial class CaseReader
{
    /// <summary>How far probabilities that should sum to 1 may stray: rounding only.</summary>
    public const double SumTolerance = 1e-9;

    private List<ScenarioState> ReadScenarios(MapReader top)
    {
        var list = ReadIdList(top, "scenarios", required: true, "scenario",
            ["id", "name", "description", "prior", "prior_range", "source"], ReadScenario);
        foreach (var s in list) _scenarios[s.Id] = s;
        var sum = list.Sum(s => s.Prior);
        if (list.Count > 0 && list.Count == Declared("scenario").Count && Math.Abs(sum - 1) > SumTolerance)
            top.Problem(top.Get("scenarios"), $"scenario priors sum to {sum:G12}, not 1",
                $"make them sum to 1 (within {SumTolerance:0e0}); e.g. {string.Join(", ", list.Select(s => $"{s.Id} {s.Prior / sum:0.###}"))}");
        return list;
    }

    private ScenarioState? ReadScenario(MapReader map, string id)
    {
        var name = map.RequireString("name", "name the state of the world in a few words");
        var prior = map.RequireNumber("prior", "give its prior probability, between 0 and 1");
        var source = map.RequireString("source", "say where the prior comes from (\"analyst estimate\" is honest)");
        if (double.IsNaN(prior)) return null;
        if (prior is < 0 or > 1)
        {
            map.Problem(map.Get("prior"), $"prior of scenario '{id}' is {prior}, outside [0, 1]", "a probability lies between 0 and 1");
            return null;
        }
        Model.Interval? range = null;
        if (map.Has("prior_range"))
        {
            range = ReadRange(map, "prior_range", "the range of priors an analyst would accept", allowNegative: false);
            if (range is not null && (range.High > 1 || prior < range.Low || prior > range.High))
                map.Problem(map.Get("prior_range"), $"prior_range [{range.Low}, {range.High}] of scenario '{id}' must lie in [0, 1] and contain the prior {prior}",
                    "widen the range or move the prior into it");
        }
        return new ScenarioState(id, name, map.OptionalString("description"), prior, range, source);
    }

    private List<Factor> ReadFactors(MapReader top)
    {
        var list = ReadIdList(top, "factors", required: false, "factor", ["id", "name", "levels", "probabilities", "source"], ReadFactor);
        foreach (var f in list) _factors[f.Id] = f;
        return list;
    }

    private Factor? ReadFactor(MapReader map, string id)
    {
        var name = map.RequireString("name", "say what the factor is");
        var source = map.RequireString("source", "say where its probabilities come from");
        var levels = new List<string>();
        foreach (var node in map.Sequence("levels", required: true))
        {
            var level = map.StringOf(node, "levels");
            if (level is null) continue;
            if (!MapReader.IsId(level)) map.Problem(node, $"level '{level}' of factor '{id}' is not a valid identifier", "use letters, digits, '_' or '-'");
            else if (levels.Contains(level)) map.Problem(node, $"level '{level}' of factor '{id}' is listed twice", "list each level once");
            else levels.Add(level);
        }
        if (levels.Count < 2)
        {
            map.Problem(map.Get("levels"), $"factor '{id}' needs at least two levels", "list its levels, e.g. [moderate, heavy]");
            return null;
        }
        var probabilities = new Dictionary<string, IReadOnlyDictionary<string, double>>(StringComparer.Ordinal);
        if (!map.Has("probabilities"))
        {
            // A question may set them (checked once the questions are read).
            _factorsWithoutProbabilities[id] = map.Node;
            return new Factor(id, name, levels, probabilities, source);
        }
        foreach (var (key, value) in map.Pairs("probabilities", required: true))
        {
            var scenario = key.Value ?? "";
            if (!_scenarios.ContainsKey(scenario))
            {
                UnknownId(key, "scenario", scenario, _scenarios.Keys);
                continue;
            }

            if (ReadLevelProbabilities(map, value, id, scenario, levels) is { } p) probabilities[scenario] = p;
        }
        foreach (var missing in _scenarios.Keys.Where(s => !probabilities.ContainsKey(s)))
            map.Problem(map.Get("probabilities"), $"factor '{id}' gives no probabilities for scenario '{missing}'",
                $"add '{missing}: {{{string.Join(", ", levels.Select(l => $"{l}: p"))}}}'");
        return new Factor(id, name, levels, probabilities, source);
    }

    private Dictionary<string, double>? ReadLevelProbabilities(MapReader map, YamlNode node, string factor, string scenario, List<string> levels)
    {
        var what = $"probabilities of factor '{factor}' under '{scenario}'";
        var inner = MapReader.Of(node, what, _problems, [.. levels]);
        if (inner is null) return null;
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var level in levels)
        {
            var p = inner.RequireNumber(level, $"give the probability of level '{level}'");
            if (double.IsNaN(p)) return null;
            if (p is < 0 or > 1) inner.Problem(inner.Get(level), $"probability {p} of level '{level}' in {what} is outside [0, 1]", "a probability lies between 0 and 1");
            result[level] = p;
        }
        var sum = result.Values.Sum();
        if (Math.Abs(sum - 1) > SumTolerance) inner.Problem(null, $"{what} sum to {sum:R}, not 1", "make them sum to 1");
        return result;
    }

    /// <summary>Reports an unknown reference, unless it names an item that was declared but failed to read.</summary>
    private void UnknownId(YamlNode node, string kind, string id, IEnumerable<string> known)
    {
        if (_declared.TryGetValue(kind, out var declared) && declared.Contains(id)) return;
        var near = Suggest.Nearest(id, known);
        UnknownReference(kind, id, node, $"unknown {kind} '{Echo.Value(id)}'", near is not null ? $"did you mean '{near}'?" : OneOf(known));
    }

    /// <summary>"use one of: a, b, c", or, for a long list (a case may have thousands of options), its first few.</summary>
    private static string OneOf(IEnumerable<string> known)
    {
        const int shown = 12;
        var list = known.Take(shown + 1).ToList();
        return list.Count <= shown ? $"use one of: {string.Join(", ", list)}" : $"use one of the case's ids, e.g. {string.Join(", ", list.Take(shown))}";
    }
}
