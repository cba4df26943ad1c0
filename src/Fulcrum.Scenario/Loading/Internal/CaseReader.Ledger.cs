using Fulcrum.Scenario.Model;
using YamlDotNet.RepresentationModel;

namespace Fulcrum.Scenario.Loading.Internal;

/// <summary>The interest ledger, the options and the context facts.</summary>
internal sealed partial class CaseReader
{
    private List<Interest> ReadInterests(MapReader top)
    {
        var list = ReadIdList(top, "interests", required: true, "interest",
            ["id", "name", "unit", "baseline", "depends_on", "weight", "value", "source", "note"], ReadInterest);
        foreach (var i in list) _interests[i.Id] = i;
        if (list.Count > 0 && list.All(i => i.Weight.High == 0))
            top.Problem(top.Get("interests"), "every interest weight is 0, so the weights cannot be normalised", "give at least one interest a positive weight");
        return list;
    }

    private Interest? ReadInterest(MapReader map, string id)
    {
        var name = map.RequireString("name", "say what the interest is in a few words");
        var unit = map.RequireString("unit", "give the unit of its baseline and effects, e.g. 'USD bn per year' or 'index 0-100'");
        var baseline = ReadRange(map, "baseline", "its level today", allowNegative: true);
        var dependsOn = map.RequireString("depends_on", "name the power this interest depends on");
        if (dependsOn.Length > 0 && !_powers.Contains(dependsOn))
            map.Problem(map.Get("depends_on"), $"interest '{id}' depends on '{dependsOn}', which is not a power of the case",
                $"use one of: {string.Join(", ", _powers)}");
        var weight = ReadRange(map, "weight", "its weight", allowNegative: false);
        var value = ReadValueFunction(map);
        var source = map.RequireString("source", "say where the numbers come from: the seed, a document, or \"analyst estimate\"");
        if (baseline is null || weight is null || value is null) return null;
        return new Interest
        {
            Id = id,
            Name = name,
            Unit = unit,
            Baseline = baseline,
            DependsOn = dependsOn,
            Weight = weight,
            Value = value,
            Source = source,
            Note = map.OptionalString("note"),
        };
    }

    /// <summary>A number (a point) or <c>[low, high]</c>.</summary>
    private static Model.Interval? ReadRange(MapReader map, string key, string what, bool allowNegative)
    {
        var node = map.Get(key);
        if (node is null)
        {
            map.Problem(null, $"{map.What} has no '{key}'", $"give {what} as a number, or [low, high] when uncertain");
            return null;
        }
        Model.Interval? range = null;
        if (node is YamlSequenceNode { Children.Count: 2 } seq)
        {
            var (low, high) = (map.NumberOf(seq.Children[0], $"'{key}' of {map.What}"), map.NumberOf(seq.Children[1], $"'{key}' of {map.What}"));
            if (double.IsNaN(low) || double.IsNaN(high)) return null;
            if (low > high)
            {
                map.Problem(node, $"'{key}' of {map.What} is reversed: [{low}, {high}]", "write [low, high]");
                return null;
            }
            range = new Model.Interval(low, high);
        }
        else if (node is YamlScalarNode)
        {
            var v = map.NumberOf(node, $"'{key}' of {map.What}");
            if (double.IsNaN(v)) return null;
            range = new Model.Interval(v, v);
        }
        else
        {
            map.Problem(node, $"'{key}' of {map.What} must be a number or [low, high]", $"write e.g. {key}: 0.2 or {key}: [0.1, 0.3]");
            return null;
        }
        if (!allowNegative && range.Low < 0)
        {
            map.Problem(node, $"'{key}' of {map.What} is negative ({range.Low})", "weights are 0 or more; give the interest a smaller weight instead");
            return null;
        }
        return range;
    }

    /// <summary>The most points of a piecewise-linear value function (each draw searches them for every interest).</summary>
    public const int MaxValuePoints = 100;

    private static ValueFunction? ReadValueFunction(MapReader parent)
    {
        var map = MapReader.Of(parent.Get("value"), $"value function of {parent.What}", parent.Problems, "worst", "best", "points");
        if (parent.Get("value") is null)
        {
            parent.Problem(null, $"{parent.What} has no 'value'", "give value: {worst: LEVEL, best: LEVEL}: the levels worth 0 and 1");
            return null;
        }
        if (map is null) return null;
        var worst = map.RequireNumber("worst", "the level worth 0");
        var best = map.RequireNumber("best", "the level worth 1");
        if (double.IsNaN(worst) || double.IsNaN(best)) return null;
        if (worst == best)
        {
            map.Problem(null, $"worst and best of {parent.What} are both {worst}", "they must differ: value grows from worst to best");
            return null;
        }
        var points = new List<ValuePoint>();
        var given = map.Sequence("points", required: false);
        if (given.Count > MaxValuePoints)
        {
            map.Problem(map.Get("points"), $"the value function of {parent.What} has {given.Count:N0} points; it may have at most {MaxValuePoints}",
                "a few points shape a value function: the engine looks the level up among them in every draw");
            return null;
        }
        foreach (var node in given)
        {
            if (node is not YamlSequenceNode { Children.Count: 2 } pair)
            {
                map.Problem(node, $"a point of {map.What} must be [level, value]", "write points: [[0, 0], [50, 0.8], [100, 1]]");
                return null;
            }
            var (level, value) = (map.NumberOf(pair.Children[0], "a point's level"), map.NumberOf(pair.Children[1], "a point's value"));
            if (double.IsNaN(level) || double.IsNaN(value)) return null;
            if (value is < 0 or > 1) map.Problem(pair, $"value {value} of a point is outside [0, 1]", "values run from 0 (worst) to 1 (best)");
            if (points.Count > 0 && level <= points[^1].Level)
                map.Problem(pair, $"points of {map.What} must have increasing levels", "sort the points by level");
            points.Add(new ValuePoint(level, value));
        }
        return new ValueFunction(worst, best, points);
    }

    private List<PolicyOption> ReadOptions(MapReader top)
    {
        var list = ReadIdList(top, "options", required: true, "option", ["id", "name", "description", "source", "shifts"], (map, id) =>
        {
            if (map.Get("shifts") is { } shifts) _shiftNodes[id] = (map, shifts);
            return new PolicyOption(id, map.RequireString("name", "name the option in a few words"),
                map.OptionalString("description"), map.OptionalString("source"));
        });
        foreach (var o in list) _options[o.Id] = o;
        return list;
    }

    private List<ContextFact> ReadContext(MapReader top, IReadOnlyList<Tolerance> tolerances, IReadOnlyList<Signpost> signposts)
    {
        var known = _interests.Keys.Concat(_options.Keys).Concat(_scenarios.Keys).Concat(_factors.Keys).Concat(_questions.Keys)
            .Concat(tolerances.Select(t => t.Id)).Concat(signposts.Select(s => s.Id)).ToHashSet(StringComparer.Ordinal);
        return ReadIdList(top, "context", required: false, "context fact", ["id", "text", "source", "bears_on"], (map, id) =>
        {
            var text = map.RequireString("text", "state the fact");
            var source = map.RequireString("source", "say where the fact comes from");
            var bearsOn = new List<string>();
            foreach (var node in map.Sequence("bears_on", required: false))
            {
                var target = map.StringOf(node, "bears_on");
                if (target is null) continue;
                if (!known.Contains(target))
                    UnknownReference(AnyKind, target, node, $"context fact '{id}' bears on '{target}', which is not an id of the case",
                        Suggest.Nearest(target, known) is { } near ? $"did you mean '{near}'?" : "use the id of an interest, option, scenario, factor, question, tolerance or signpost");
                else bearsOn.Add(target);
            }
            return new ContextFact(id, text, source, bearsOn);
        });
    }
}
