using System.Globalization;
using Fulcrum.Core.IO;
using Fulcrum.Core.Text;
using Fulcrum.Scenario.Model;
using YamlDotNet.RepresentationModel;

namespace Fulcrum.Scenario.Loading.Internal;

/// <summary>
/// Questions: contested questions answered by a bargaining model, each setting a factor's level
/// probabilities or an interest's effects (docs/case-format.md#questions).
/// </summary>
internal sealed partial class CaseReader
{
    /// <summary>Most runs per option: each is a whole bargaining run, and examine makes them for every option.</summary>
    public const int MaxQuestionRuns = 10_000;

    /// <summary>Most actors in a table written in the case (a larger table belongs in a file).</summary>
    public const int MaxQuestionActors = 1_000;

    /// <summary>The largest salience SD (saliences lie on 0-100) and capability SD (exp(5) is a factor of 150) of a perturbation.</summary>
    private const double MaxSalienceSd = 100, MaxCapabilitySd = 5;

    private static readonly string[] QuestionFields =
        ["id", "name", "model", "actors", "runs", "perturb", "seed", "maps_to", "source", "note"];

    private readonly Dictionary<string, Question> _questions = new(StringComparer.Ordinal);

    /// <summary>Interests whose effects a question gives (the reactions leave them out), with the question's id.</summary>
    private readonly Dictionary<string, string> _answeredInterests = new(StringComparer.Ordinal);

    private List<Question> ReadQuestions(MapReader top)
    {
        var list = ReadIdList(top, "questions", required: false, "question", QuestionFields, ReadQuestion);
        foreach (var q in list) _questions[q.Id] = q;
        return list;
    }

    private Question? ReadQuestion(MapReader map, string id)
    {
        var name = map.RequireString("name", "ask the question in words, e.g. how hard will Washington press Israel to take a side");
        var source = map.RequireString("source", "say where the actor table and the mapping come from (\"analyst estimate\" is honest)");
        var model = ReadQuestionModel(map);
        var runs = ReadRuns(map);
        var perturb = ReadPerturbation(map);
        var seed = ReadSeed(map);
        string? file = null;
        List<QuestionActor> actors = [];
        switch (map.Get("actors"))
        {
            case null:
                map.Problem(null, $"{map.What} has no 'actors'", "list the actors ({name, capability, position, salience, source}) or name a bargaining file");
                break;
            case YamlScalarNode { Value: { } path } node:
                file = path;
                CheckActorsFile(map, node, path);
                break;
            case YamlSequenceNode seq:
                actors = ReadQuestionActors(map, seq, model, source);
                break;
            default:
                map.Problem(map.Get("actors"), $"'actors' of {map.What} must be a list of actors or the path of a bargaining file",
                    "write the actors as a list ({name, capability, position, salience, source}), or actors: FILE (a KTAB CSV or XML scenario, or a BDM CSV)");
                break;
        }
        var target = ReadMapsTo(map, id, model);
        if (model is null || runs is null || perturb is null || target is null || (file is null && actors.Count == 0)) return null;
        return new Question
        {
            Id = id,
            Name = name,
            Model = model.Value,
            Actors = actors,
            ActorsFile = file,
            Runs = runs.Value,
            Perturb = perturb,
            Seed = seed,
            MapsTo = target,
            Source = source,
            Note = map.OptionalString("note"),
        };
    }

    private static QuestionModel? ReadQuestionModel(MapReader map)
    {
        var text = map.RequireString("model", "name the bargaining model: smp (KTAB's spatial model) or bdm (Bueno de Mesquita's)");
        switch (text)
        {
            case "smp": return QuestionModel.Smp;
            case "bdm": return QuestionModel.Bdm;
            case "": return null;
            default:
                map.Problem(map.Get("model"), $"unknown model '{Echo.Value(text)}' in {map.What}", "use smp (KTAB's spatial model) or bdm (Bueno de Mesquita's)");
                return null;
        }
    }

    private static int? ReadRuns(MapReader map)
    {
        var runs = map.RequireNumber("runs", $"give the number of perturbed runs per option, e.g. 200 (1-{MaxQuestionRuns:N0})");
        if (double.IsNaN(runs)) return null;
        if (runs != Math.Floor(runs) || runs is < 1 or > MaxQuestionRuns)
        {
            map.Problem(map.Get("runs"), $"'runs' of {map.What} is {Echo.Number(runs)}; it must be a whole number from 1 to {MaxQuestionRuns:N0}",
                "200 runs give level probabilities within about ±0.035");
            return null;
        }
        return (int)runs;
    }

    private QuestionPerturbation? ReadPerturbation(MapReader parent)
    {
        if (parent.Get("perturb") is null)
        {
            parent.Problem(null, $"{parent.What} has no 'perturb'", "say how much each run shakes the inputs, e.g. perturb: {position: 5, salience: 5, capability: 0.2}");
            return null;
        }
        var map = MapReader.Of(parent.Get("perturb"), $"'perturb' of {parent.What}", _problems, "position", "salience", "capability");
        if (map is null) return null;
        double Sd(string key, double largest, string why)
        {
            var v = map.OptionalNumber(key) ?? 0;
            if (double.IsNaN(v)) return v;
            if (v < 0 || v > largest)
            {
                map.Problem(map.Get(key), $"the {key} SD of {parent.What} is {Echo.Number(v)}; it must lie in [0, {largest}]", why);
                return double.NaN;
            }
            return v;
        }
        var position = Sd("position", CaseNumbers.Largest, "positions are perturbed additively, in the question's units");
        var salience = Sd("salience", MaxSalienceSd, "saliences lie on 0-100: an SD past 100 only clamps them");
        var capability = Sd("capability", MaxCapabilitySd, "capability is multiplied by exp(SD·Z): 0.2 is about ±20 % at one SD");
        if (double.IsNaN(position) || double.IsNaN(salience) || double.IsNaN(capability)) return null;
        if (position == 0 && salience == 0 && capability == 0)
        {
            map.Problem(null, $"'perturb' of {parent.What} shakes nothing: every run would repeat the table",
                "give at least one SD above 0, e.g. {position: 5, salience: 5, capability: 0.2}");
            return null;
        }
        return new QuestionPerturbation(position, salience, capability);
    }

    private static ulong? ReadSeed(MapReader map)
    {
        if (map.Get("seed") is not { } node) return null;
        if (node is YamlScalarNode { Value: { } text } && ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seed)) return seed;
        map.Problem(node, $"'seed' of {map.What} must be a whole number from 0 to {ulong.MaxValue}", "write e.g. seed: 42, or leave it out for KTAB's default seed");
        return null;
    }

    private void CheckActorsFile(MapReader map, YamlNode node, string file)
    {
        if (file.Length == 0)
        {
            map.Problem(node, $"'actors' of {map.What} is empty", "list the actors, or name a bargaining file next to the case file");
            return;
        }
        if (_caseDirectory is null) return;
        var path = Path.Combine(_caseDirectory, file);
        if (!File.Exists(path) && !Directory.Exists(path))
            map.Problem(node, $"actor file '{Echo.Value(file)}' not found next to the case file", "give a path relative to the case file's folder");
        else if (BoundedInput.Check(path, InputKind.BargainingTable) is { } refused)
            map.Problem(node, $"actor file '{Echo.Value(file)}' {refused.Message}", refused.Hint);
    }

    private List<QuestionActor> ReadQuestionActors(MapReader question, YamlSequenceNode seq, QuestionModel? model, string source)
    {
        var actors = new List<QuestionActor>();
        if (seq.Children.Count > MaxQuestionActors)
        {
            question.Problem(seq, $"{question.What} lists {seq.Children.Count:N0} actors; a case may write at most {MaxQuestionActors:N0}",
                "put a larger table in a bargaining file and name it: actors: FILE");
            return actors;
        }
        var names = new HashSet<string>(StringComparer.Ordinal);
        var ok = true;
        foreach (var node in seq.Children)
        {
            var map = MapReader.Of(node, $"an actor of {question.What}", _problems, "name", "description", "capability", "position", "salience", "source");
            if (map is null) { ok = false; continue; }
            var name = map.RequireString("name", "name the actor (an option's shifts refer to it by this name)");
            var what = $"actor '{name}' of {question.What}";
            var named = map.Named(what);
            var capability = named.RequireNumber("capability", "its power over the question, a number above 0 (only ratios matter)");
            var position = named.RequireNumber("position", "the outcome it wants, on the question's scale (0-100 for smp)");
            var salience = named.RequireNumber("salience", "how much the question matters to it, 0-100");
            var actorSource = named.OptionalString("source", source);
            if (name.Length > 0 && !names.Add(name)) { named.Problem(map.Get("name"), $"actor '{name}' is listed twice in {question.What}", "give each actor its own name"); ok = false; }
            if (double.IsNaN(capability) || double.IsNaN(position) || double.IsNaN(salience) || name.Length == 0) { ok = false; continue; }
            if (capability <= 0) { named.Problem(map.Get("capability"), $"capability of {what} is {Echo.Number(capability)}; it must be above 0", "give every actor some capability"); ok = false; }
            if (model == QuestionModel.Smp && position is < 0 or > 100)
            { named.Problem(map.Get("position"), $"position of {what} is {Echo.Number(position)}; the spatial model's positions lie in [0, 100]", "put the question on a 0-100 scale"); ok = false; }
            if (salience is < 0 or > 100 || (model == QuestionModel.Smp && salience == 0))
            {
                named.Problem(map.Get("salience"), $"salience of {what} is {Echo.Number(salience)}; it must lie in {(model == QuestionModel.Smp ? "(0, 100] for the spatial model" : "[0, 100]")}",
                    "an actor who does not care about the question can be left out");
                ok = false;
            }
            if (string.IsNullOrWhiteSpace(actorSource)) { named.Problem(node, $"{what} has no source", "add source: (the seed, a document, or \"analyst estimate\") here or on the question"); ok = false; }
            actors.Add(new QuestionActor(name, capability, position, salience, actorSource) { Description = named.OptionalString("description") });
        }
        if (ok && actors.Count < 2) question.Problem(seq, $"{question.What} has {actors.Count} actor{(actors.Count == 1 ? "" : "s")}; bargaining needs at least two", "add the other stakeholders");
        if (ok && model == QuestionModel.Bdm && actors.Count > 0 && actors.All(a => a.Salience == 0))
            question.Problem(seq, $"every actor of {question.What} has salience 0", "give the actors who care about the question a salience above 0");
        return ok ? actors : [];
    }
}
