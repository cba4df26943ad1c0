using Fulcrum.Core.Text;
using Fulcrum.Scenario.Model;
using YamlDotNet.RepresentationModel;

namespace Fulcrum.Scenario.Loading.Internal;

/// <summary>What a question is linked to: the factor or interest it sets (maps_to), and the options' shifts of its actors.</summary>
internal sealed partial class CaseReader
{
    /// <summary>Factors written without probabilities: a question must give them (checked once the questions are read).</summary>
    private readonly Dictionary<string, YamlNode> _factorsWithoutProbabilities = new(StringComparer.Ordinal);

    /// <summary>Each option's 'shifts' node, read once the questions' actors are known.</summary>
    private readonly Dictionary<string, (MapReader Option, YamlNode Node)> _shiftNodes = new(StringComparer.Ordinal);

    private readonly Dictionary<string, string> _answeredFactors = new(StringComparer.Ordinal);

    private QuestionTarget? ReadMapsTo(MapReader question, string id, QuestionModel? model)
    {
        var map = MapReader.Of(question.Get("maps_to"), $"'maps_to' of {question.What}", _problems, "factor", "levels", "interest", "effect");
        if (question.Get("maps_to") is null)
        {
            question.Problem(null, $"{question.What} has no 'maps_to'",
                "say what its forecast sets: {factor: ID, levels: {LEVEL: [low, high], ...}} or {interest: ID, effect: {from: [p1, p2], to: [e1, e2]}}");
            return null;
        }
        if (map is null) return null;
        if (map.Has("factor") == map.Has("interest"))
        {
            map.Problem(null, $"{map.What} must name exactly one of 'factor' and 'interest'",
                "a question sets a factor's level probabilities (factor, levels) or an interest's effect (interest, effect)");
            return null;
        }
        return map.Has("factor") ? ReadFactorTarget(map, id, model) : ReadInterestTarget(map, id);
    }

    private FactorTarget? ReadFactorTarget(MapReader map, string question, QuestionModel? model)
    {
        if (map.Has("effect")) map.Problem(map.Get("effect"), $"{map.What} names a factor: 'effect' belongs to a question that sets an interest", "remove it, or map to an interest");
        var factorId = map.RequireString("factor", "name the factor whose level probabilities the forecast sets");
        if (!_factors.TryGetValue(factorId, out var factor))
        {
            if (factorId.Length > 0) UnknownId(map.Get("factor")!, "factor", factorId, _factors.Keys);
            return null;
        }
        if (!_factorsWithoutProbabilities.ContainsKey(factorId))
        {
            map.Problem(map.Get("factor"), $"factor '{factorId}' writes its own probabilities, and question '{question}' would set them too",
                $"remove 'probabilities' from factor '{factorId}' (the question replaces them), or map the question to another factor");
            return null;
        }
        if (_answeredFactors.TryGetValue(factorId, out var other))
        {
            map.Problem(map.Get("factor"), $"factor '{factorId}' is already set by question '{other}'", "a factor takes its probabilities from one question");
            return null;
        }
        var ranges = new List<LevelRange>();
        foreach (var (key, value) in map.Pairs("levels", required: true))
        {
            var level = key.Value ?? "";
            if (!factor.Levels.Contains(level)) { UnknownId(key, $"level of factor '{factorId}'", level, factor.Levels); return null; }
            if (value is not YamlSequenceNode { Children.Count: 2 } pair)
            {
                map.Problem(value, $"the range of level '{level}' in {map.What} must be [low, high]", "write e.g. heavy: [50, 100]: the forecasts that mean this level");
                return null;
            }
            var (low, high) = (map.NumberOf(pair.Children[0], $"the range of level '{level}'"), map.NumberOf(pair.Children[1], $"the range of level '{level}'"));
            if (double.IsNaN(low) || double.IsNaN(high)) return null;
            if (low >= high) { map.Problem(value, $"the range of level '{level}' in {map.What} is [{Echo.Number(low)}, {Echo.Number(high)}]: low must be below high", "write [low, high]"); return null; }
            ranges.Add(new LevelRange(level, low, high));
        }
        if (map.Get("levels") is not YamlMappingNode) return null;
        var missing = factor.Levels.Where(l => ranges.All(r => r.Level != l)).ToList();
        if (missing.Count > 0)
        {
            map.Problem(map.Get("levels"), $"{map.What} gives no range for level{(missing.Count == 1 ? "" : "s")} {string.Join(", ", missing.Select(l => $"'{l}'"))} of factor '{factorId}'",
                "give every level of the factor its range of forecasts");
            return null;
        }
        ranges.Sort((a, b) => a.Low.CompareTo(b.Low));
        for (var k = 1; k < ranges.Count; k++)
            if (ranges[k].Low != ranges[k - 1].High)
            {
                var (a, b) = (ranges[k - 1], ranges[k]);
                map.Problem(map.Get("levels"), $"the ranges of levels '{a.Level}' [{Echo.Number(a.Low)}, {Echo.Number(a.High)}] and '{b.Level}' [{Echo.Number(b.Low)}, {Echo.Number(b.High)}] {(b.Low < a.High ? "overlap" : "leave a gap")}",
                    $"make them meet: a range ends where the next begins (e.g. [{Echo.Number(a.Low)}, {Echo.Number(b.Low)}] and [{Echo.Number(b.Low)}, {Echo.Number(b.High)}])");
                return null;
            }
        if (model == QuestionModel.Smp && (ranges[0].Low > 0 || ranges[^1].High < 100))
        {
            map.Problem(map.Get("levels"), $"the ranges of {map.What} cover [{Echo.Number(ranges[0].Low)}, {Echo.Number(ranges[^1].High)}]; the spatial model's forecasts can lie anywhere in [0, 100]",
                "start the lowest range at 0 (or below) and end the highest at 100 (or above)");
            return null;
        }
        _answeredFactors[factorId] = question;
        return new FactorTarget(factorId, ranges);
    }

    private InterestTarget? ReadInterestTarget(MapReader map, string question)
    {
        if (map.Has("levels")) map.Problem(map.Get("levels"), $"{map.What} names an interest: 'levels' belong to a question that sets a factor", "remove them, or map to a factor");
        var interest = map.RequireString("interest", "name the interest whose effect the forecast sets");
        if (!_interests.ContainsKey(interest))
        {
            if (interest.Length > 0) UnknownId(map.Get("interest")!, "interest", interest, _interests.Keys);
            return null;
        }
        if (_answeredInterests.TryGetValue(interest, out var other))
        {
            map.Problem(map.Get("interest"), $"the effect on interest '{interest}' is already set by question '{other}'", "an interest's effect comes from one question");
            return null;
        }
        var effect = MapReader.Of(map.Get("effect"), $"'effect' of {map.What}", _problems, "from", "to");
        if (map.Get("effect") is null)
        {
            map.Problem(null, $"{map.What} has no 'effect'", $"give the straight line from forecast to effect on '{interest}': effect: {{from: [p1, p2], to: [e1, e2]}} (position p1 gives effect e1, p2 gives e2)");
            return null;
        }
        if (effect is null) return null;
        var from = Pair(effect, "from", "two positions on the question's scale, e.g. from: [0, 100]");
        var to = Pair(effect, "to", $"the effects on '{interest}' at those positions, in its unit ({_interests[interest].Unit}), e.g. to: [0, -30]");
        if (from is null || to is null) return null;
        if (from.Value.A == from.Value.B)
        {
            effect.Problem(effect.Get("from"), $"'from' of {effect.What} names one position twice", "give two different positions");
            return null;
        }
        _answeredInterests[interest] = question;
        return new InterestTarget(interest, new LinearMap(from.Value.A, from.Value.B, to.Value.A, to.Value.B));
    }

    private static (double A, double B)? Pair(MapReader map, string key, string hint)
    {
        var node = map.Get(key);
        if (node is not YamlSequenceNode { Children.Count: 2 } seq)
        {
            map.Problem(node, node is null ? $"{map.What} has no '{key}'" : $"'{key}' of {map.What} must be two numbers", hint);
            return null;
        }
        var (a, b) = (map.NumberOf(seq.Children[0], $"'{key}' of {map.What}"), map.NumberOf(seq.Children[1], $"'{key}' of {map.What}"));
        return double.IsNaN(a) || double.IsNaN(b) ? null : (a, b);
    }

    /// <summary>Every factor written without probabilities must be set by a question.</summary>
    private void CheckFactorsAnswered()
    {
        foreach (var (factor, node) in _factorsWithoutProbabilities)
            if (!_answeredFactors.ContainsKey(factor) && _factors.ContainsKey(factor))
                MapReader.At(_problems, node, $"factor '{factor}' gives no probabilities",
                    "give 'probabilities' per scenario, or let a question set them (a question with maps_to: {factor: " + factor + ", levels: ...})");
    }

    /// <summary>The options with their shifts, read now that the questions' actors are known.</summary>
    private List<PolicyOption> WithShifts(List<PolicyOption> options, IReadOnlyList<Question> questions)
    {
        if (_shiftNodes.Count == 0) return options;
        var written = questions.Where(q => q.ActorsFile is null).ToList();
        var anyFile = questions.Any(q => q.ActorsFile is not null) || questions.Count < Declared("question").Count;
        var result = new List<PolicyOption>(options.Count);
        foreach (var option in options)
        {
            if (!_shiftNodes.TryGetValue(option.Id, out var entry)) { result.Add(option); continue; }
            var shifts = new Dictionary<string, ActorShift>(StringComparer.Ordinal);
            foreach (var (key, value) in entry.Option.Pairs("shifts", required: false))
            {
                var actor = key.Value ?? "";
                var shift = ReadShift(value, $"the shift of '{actor}' under option '{option.Id}'");
                if (shift is null) continue;
                var inTables = written.Where(q => q.Actors.Any(a => a.Name == actor)).ToList();
                if (inTables.Count == 0 && !anyFile)
                {
                    var names = written.SelectMany(q => q.Actors.Select(a => a.Name)).Distinct().ToList();
                    MapReader.At(_problems, key, $"option '{option.Id}' shifts '{Echo.Value(actor)}', who is not an actor of any question",
                        Suggest.Nearest(actor, names) is { } near ? $"did you mean '{near}'?" : $"the questions' actors are: {string.Join(", ", names.Take(20))}");
                    continue;
                }
                foreach (var q in inTables) CheckShifted(key, q, q.Actors.First(a => a.Name == actor), shift, option.Id);
                shifts[actor] = shift;
            }
            result.Add(option with { Shifts = shifts });
        }
        return result;
    }

    private ActorShift? ReadShift(YamlNode node, string what)
    {
        var map = MapReader.Of(node, what, _problems, "position", "salience", "source");
        if (map is null) return null;
        var position = map.OptionalNumber("position");
        var salience = map.OptionalNumber("salience");
        var source = map.RequireString("source", "say why the option moves this actor (\"analyst estimate\" is honest)");
        if (position is null && salience is null)
        {
            map.Problem(null, $"{what} moves nothing", "give the change of its position and/or salience, e.g. {position: -20, source: ...}");
            return null;
        }
        if (position is double.NaN || salience is double.NaN || source.Length == 0) return null;
        return new ActorShift(position, salience, source);
    }

    /// <summary>A shift may not take an actor written in the case off the model's scale: nothing is clamped.</summary>
    private void CheckShifted(YamlNode at, Question q, QuestionActor actor, ActorShift shift, string option)
    {
        var position = actor.Position + (shift.Position ?? 0);
        var salience = actor.Salience + (shift.Salience ?? 0);
        var where = $"option '{option}' moves actor '{actor.Name}' of question '{q.Id}'";
        if (q.Model == QuestionModel.Smp && position is < 0 or > 100)
            MapReader.At(_problems, at, $"{where} to position {Echo.Number(position)}, off the spatial model's 0-100 scale",
                $"its position is {Echo.Number(actor.Position)}: shift it by {Echo.Number(-actor.Position)} to {Echo.Number(100 - actor.Position)}");
        if (salience is < 0 or > 100 || (q.Model == QuestionModel.Smp && salience == 0))
            MapReader.At(_problems, at, $"{where} to salience {Echo.Number(salience)}, outside {(q.Model == QuestionModel.Smp ? "(0, 100]" : "[0, 100]")}",
                $"its salience is {Echo.Number(actor.Salience)}: keep the shifted salience within the scale");
    }
}
