using Fulcrum.Core.Problems;
using Fulcrum.Core.Reference;
using Fulcrum.Core.Text;
using Fulcrum.Scenario.Model;
using YamlDotNet.RepresentationModel;

namespace Fulcrum.Scenario.Loading.Internal;

/// <summary>
/// Turns a parsed case document into a <see cref="Case"/>, checking every field and every
/// reference between sections; records all problems instead of stopping at the first.
/// Sections that define ids are read before the ones that refer to them.
/// </summary>
internal sealed partial class CaseReader
{
    private static readonly string[] TopFields =
    [
        "fulcrum", "id", "title", "summary", "focal", "powers", "actors", "as_of", "context", "interests",
        "options", "scenarios", "factors", "questions", "reactions", "tolerances", "signposts", "plans", "relations", "weight_sampling",
    ];

    private readonly ProblemList _problems;
    private readonly string? _caseDirectory;
    private readonly HashSet<string> _actors = new(StringComparer.Ordinal);
    private readonly List<string> _powers = [];
    private readonly Dictionary<string, Interest> _interests = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PolicyOption> _options = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ScenarioState> _scenarios = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Factor> _factors = new(StringComparer.Ordinal);
    private DateOnly _asOf;

    /// <summary>
    /// Every id declared per kind ("interest", "option" …), valid or not: a reference to an item
    /// that failed to read is not reported again as unknown, so one mistake gives one problem.
    /// </summary>
    private readonly Dictionary<string, HashSet<string>> _declared = new(StringComparer.Ordinal);

    private HashSet<string> Declared(string kind) =>
        _declared.TryGetValue(kind, out var set) ? set : _declared[kind] = new HashSet<string>(StringComparer.Ordinal);

    public CaseReader(ProblemList problems, string? caseDirectory)
    {
        _problems = problems;
        _caseDirectory = caseDirectory;
    }

    public Case? Read(YamlNode root)
    {
        var top = MapReader.Of(root, "the case", _problems, TopFields);
        if (top is null) return null;
        ReadFormatVersion(top);
        var id = top.RequireId("id");
        var title = top.RequireString("title", "add a one-line title");
        var actors = ReadActors(top);
        var focal = ReadActorRef(top, "focal");
        ReadPowers(top, focal);
        _asOf = top.RequireDate("as_of") ?? default;

        var interests = ReadInterests(top);
        var options = ReadOptions(top);
        var scenarios = ReadScenarios(top);
        var factors = ReadFactors(top);
        var questions = ReadQuestions(top);
        CheckFactorsAnswered();
        options = WithShifts(options, questions);
        var reactions = ReadReactions(top);
        var tolerances = ReadTolerances(top);
        var signposts = ReadSignposts(top);
        var plans = ReadPlans(top, signposts);
        var context = ReadContext(top, tolerances, signposts);
        var relations = ReadRelationMeasures(top);
        var weightSampling = ReadWeightSampling(top);
        ReportReferences();

        return new Case
        {
            Id = id,
            Title = title,
            Focal = focal,
            Powers = [.. _powers],
            Actors = actors,
            AsOf = _asOf,
            Summary = top.OptionalString("summary"),
            Context = context,
            Interests = interests,
            Options = options,
            Scenarios = scenarios,
            Factors = factors,
            Questions = questions,
            Reactions = reactions,
            Tolerances = tolerances,
            Signposts = signposts,
            Plans = plans,
            Relations = relations,
            WeightSampling = weightSampling,
        };
    }

    private void ReadFormatVersion(MapReader top)
    {
        var version = top.RequireNumber("fulcrum", "start the file with 'fulcrum: 1' (the case-format version)");
        if (!double.IsNaN(version) && version != 1)
            top.Problem(top.Get("fulcrum"), $"case-format version {version} is not supported", "this Fulcrum reads 'fulcrum: 1'");
    }

    private List<string> ReadActors(MapReader top)
    {
        var list = new List<string>();
        foreach (var node in top.Sequence("actors", required: true))
        {
            var code = top.StringOf(node, "actors");
            if (code is null) continue;
            if (!CameoCountries.IsKnown(code)) UnknownActor(node, code);
            else if (!_actors.Add(code)) MapReader.At(_problems, node, $"actor '{code}' is listed twice", "list each actor once");
            else list.Add(code);
        }
        return list;
    }

    private string ReadActorRef(MapReader map, string key)
    {
        var code = map.RequireString(key, "give a CAMEO country code listed under actors, e.g. ISR");
        CheckActor(map.Get(key), code);
        return code;
    }

    private void ReadPowers(MapReader top, string focal)
    {
        foreach (var node in top.Sequence("powers", required: true))
        {
            var code = top.StringOf(node, "powers");
            if (code is null || !CheckActor(node, code)) continue;
            if (code == focal) MapReader.At(_problems, node, $"the focal state {code} cannot also be a power", "list the powers it balances between");
            else if (_powers.Contains(code)) MapReader.At(_problems, node, $"power '{code}' is listed twice", "list each power once");
            else _powers.Add(code);
        }
        if (top.Get("powers") is YamlSequenceNode && _powers.Count < 2)
            top.Problem(top.Get("powers"), "a case needs at least two powers", "list the powers the focal state balances between, first power first");
    }

    /// <summary>Checks that <paramref name="code"/> is one of the case's actors; records a problem if not.</summary>
    private bool CheckActor(YamlNode? node, string code)
    {
        if (code.Length == 0) return false;
        if (_actors.Contains(code)) return true;
        if (!CameoCountries.IsKnown(code)) UnknownActor(node, code);
        else MapReader.At(_problems, node ?? new YamlScalarNode(), $"actor '{code}' is not listed under actors", $"add {code} to actors");
        return false;
    }

    private void UnknownActor(YamlNode? node, string code)
    {
        var near = Suggest.Nearest(code, CameoCountries.All.Keys);
        var hint = near is null ? "use a CAMEO country code such as ISR, USA or RUS"
            : $"did you mean {near} ({CameoCountries.NameOf(near)})?";
        MapReader.At(_problems, node ?? new YamlScalarNode(), $"unknown actor '{Echo.Value(code)}': not a CAMEO country code", hint);
    }

    /// <summary>Reads a list of items with ids, reporting duplicates; items that fail to read are dropped.</summary>
    private List<T> ReadIdList<T>(MapReader top, string key, bool required, string what, string[] fields,
        Func<MapReader, string, T?> readItem) where T : class
    {
        var items = new List<T>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in top.Sequence(key, required))
        {
            var map = MapReader.Of(node, what, _problems, fields);
            if (map is null) continue;
            var id = map.RequireId("id");
            if (id.Length > 0) Declared(what).Add(id);
            var named = map.Named($"{what} '{id}'");
            if (id.Length > 0 && !seen.Add(id))
            {
                DuplicateId(what, id, map.Get("id") ?? node);
                continue;
            }
            if (readItem(named, id) is { } item) items.Add(item);
        }
        if (required && top.Get(key) is YamlSequenceNode && items.Count == 0 && seen.Count == 0)
            top.Problem(top.Get(key), $"'{key}' is empty", $"a case needs at least one {what}");
        return items;
    }
}
