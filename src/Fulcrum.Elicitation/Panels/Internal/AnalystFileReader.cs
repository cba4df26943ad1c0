using Fulcrum.Core.Problems;
using Fulcrum.Elicitation.Ahp;
using Fulcrum.Elicitation.Internal;
using Fulcrum.Elicitation.Swings;
using Fulcrum.Scenario.Model;

namespace Fulcrum.Elicitation.Panels.Internal;

/// <summary>Reads one analyst's file (docs/elicitation.md, "Many analysts") against the case.</summary>
internal sealed class AnalystFileReader(Case c, AhpOptions ahpOptions)
{
    /// <summary>Probabilities may stray from summing to 1 by rounding only (as the decision engine's).</summary>
    public const double SumTolerance = 1e-6;

    private static readonly string[] Fields = ["analyst", "analyst_weight", "weights", "ahp", "swing", "scenario_probabilities", "note"];
    private const string Hint = "an analyst file holds 'analyst: NAME', one of 'weights:', 'ahp: FILE' or 'swing: FILE', and/or 'scenario_probabilities:'";

    private readonly List<string> _interests = [.. c.Interests.Select(i => i.Id)];
    private readonly List<string> _scenarios = [.. c.Scenarios.Select(s => s.Id)];

    /// <summary>The analyst's inputs, or null with every problem in <paramref name="problems"/> (and in <paramref name="others"/> for the files it refers to).</summary>
    public AnalystInput? Read(string text, string file, string? directory, ProblemList problems, List<Problem> others)
    {
        var map = YamlMap.Load(text, problems, Hint, Fields);
        if (map is null) return null;
        var name = map.String("analyst");
        if (name is null && map.Get("analyst") is null) map.AtTop("no 'analyst:' name", "write analyst: followed by the analyst's name");
        var analystWeight = 1.0;
        if (map.Get("analyst_weight") is { } aw && map.Number(aw, "'analyst_weight'") is { } a)
        {
            if (a > 0) analystWeight = a;
            else map.At(aw, $"analyst_weight {a} must be positive", "1 is the default; an analyst who should not count is left out of the folder");
        }
        var sources = new[] { "weights", "ahp", "swing" }.Where(k => map.Get(k) is not null).ToList();
        if (sources.Count > 1)
            map.At(map.Get(sources[1])!, $"both '{sources[0]}' and '{sources[1]}' are given", "give the analyst's weights one way: weights, ahp or swing");
        if (sources.Count == 0 && map.Get("scenario_probabilities") is null)
            map.AtTop("neither weights nor scenario probabilities are given", Hint);

        var input = new AnalystInput { Name = name ?? "", File = file, AnalystWeight = analystWeight, Method = WeightMethod.None, Note = map.String("note") ?? "" };
        if (sources.Count == 1)
        {
            input = sources[0] switch
            {
                "weights" => input with { Method = WeightMethod.Direct, Weights = DirectWeights(map) },
                "ahp" => FromAhp(input, map, directory, others),
                _ => FromSwing(input, map, directory, others),
            };
        }
        if (map.Get("scenario_probabilities") is not null) input = input with { Probabilities = Probabilities(map) };
        return problems.Any || (sources.Count == 1 && input.Weights is null) ? null : input;
    }

    private double[]? DirectWeights(YamlMap map)
    {
        var given = Entries(map, "weights", _interests, "interest", "weights: {interest: weight, …}, every interest of the case");
        if (given is null) return null;
        var bad = false;
        foreach (var (node, v) in given.Values.Where(x => x.Value < 0))
        {
            map.At(node, $"weight {v} is negative", "weights are 0 or more");
            bad = true;
        }
        var sum = given.Values.Sum(x => Math.Max(0, x.Value));
        if (!bad && sum <= 0) map.At(map.Get("weights")!, "every weight is 0", "give at least one interest a positive weight");
        return bad || sum <= 0 ? null : [.. _interests.Select(id => given[id].Value / sum)];
    }

    private double[]? Probabilities(YamlMap map)
    {
        var given = Entries(map, "scenario_probabilities", _scenarios, "scenario", "scenario_probabilities: {scenario: p, …}, every scenario of the case");
        if (given is null) return null;
        var bad = false;
        foreach (var (node, p) in given.Values.Where(x => x.Value is < 0 or > 1))
        {
            map.At(node, $"probability {p} is outside [0, 1]", "a probability lies between 0 and 1");
            bad = true;
        }
        if (bad) return null;
        var sum = given.Values.Sum(x => x.Value);
        if (Math.Abs(sum - 1) > SumTolerance)
        {
            map.At(map.Get("scenario_probabilities")!, $"scenario probabilities sum to {sum:0.######}, not 1",
                sum > 0 ? $"make them sum to 1, e.g. {string.Join(", ", _scenarios.Select(s => $"{s}: {given[s].Value / sum:0.###}"))}" : "give at least one scenario a positive probability");
            return null;
        }
        return [.. _scenarios.Select(s => given[s].Value / sum)];
    }

    /// <summary>A mapping of every one of <paramref name="ids"/> to a number; null (with problems) otherwise.</summary>
    private static Dictionary<string, (YamlDotNet.RepresentationModel.YamlNode Node, double Value)>? Entries(
        YamlMap map, string key, List<string> ids, string what, string hint)
    {
        var given = new Dictionary<string, (YamlDotNet.RepresentationModel.YamlNode, double)>(StringComparer.Ordinal);
        var ok = true;
        foreach (var (k, v) in map.Entries(key, hint))
        {
            var id = k.Value ?? "";
            if (!ids.Contains(id))
            {
                map.At(k, $"unknown {what} '{id}'", Ids.UnknownHint(id, ids, what + "s"));
                ok = false;
            }
            else if (map.Number(v, $"'{key}' of {id}") is { } x) given[id] = (v, x);
            else ok = false;
        }
        if (map.Get(key) is { } node && ids.Where(id => !given.ContainsKey(id)).ToList() is { Count: > 0 } missing && ok)
        {
            map.At(node, $"no {key.Replace('_', ' ')} for {what}{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing)}", hint);
            ok = false;
        }
        return ok && map.Get(key) is not null && given.Count == ids.Count ? given : null;
    }

    private AnalystInput FromAhp(AnalystInput input, YamlMap map, string? directory, List<Problem> others)
    {
        if (Referenced(map, "ahp", directory) is not { } path) return input;
        var read = AhpCsvReader.Read(path, _interests);
        if (read.Value is not { } matrix)
        {
            others.AddRange(read.Problems);
            map.At(map.Get("ahp")!, $"the judgements in {path} cannot be read", "see the problems reported for that file");
            return input;
        }
        var ordered = matrix.Reorder(_interests);
        var result = AhpAnalysis.Analyze(ordered, ahpOptions);
        return input with { Method = WeightMethod.Ahp, Judgements = ordered, Ahp = result, Weights = result.Weights };
    }

    private AnalystInput FromSwing(AnalystInput input, YamlMap map, string? directory, List<Problem> others)
    {
        if (Referenced(map, "swing", directory) is not { } path) return input;
        var read = SwingCsvReader.Read(path, _interests);
        if (read.Value is not { } swing)
        {
            others.AddRange(read.Problems);
            map.At(map.Get("swing")!, $"the swing ratings in {path} cannot be read", "see the problems reported for that file");
            return input;
        }
        return input with { Method = WeightMethod.Swing, Swing = swing, Weights = swing.Weights };
    }

    /// <summary>The path a field names, relative to the analyst file's folder; null (with a problem) when missing.</summary>
    private static string? Referenced(YamlMap map, string key, string? directory)
    {
        var value = map.String(key);
        if (value is null) return null;
        var path = directory is null || Path.IsPathRooted(value) ? value : Path.Combine(directory, value);
        if (File.Exists(path)) return path;
        map.At(map.Get(key)!, $"file '{value}' not found", $"the path is relative to the analyst file's folder{(directory is null ? "" : $" ({directory})")}");
        return null;
    }
}
