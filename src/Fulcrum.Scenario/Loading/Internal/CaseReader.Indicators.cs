using Fulcrum.Core.IO;
using Fulcrum.Core.Reference;
using Fulcrum.Core.Text;
using Fulcrum.Scenario.BuiltIn;
using Fulcrum.Scenario.Model;
using YamlDotNet.RepresentationModel;

namespace Fulcrum.Scenario.Loading.Internal;

/// <summary>Signpost indicators: event queries, series, UN votes and manual observations.</summary>
internal sealed partial class CaseReader
{
    private Indicator? ReadIndicator(MapReader parent, string id)
    {
        var map = MapReader.Of(parent.Get("indicator"), $"indicator of signpost '{id}'", _problems,
            "kind", "dyad", "directed", "roots", "measure", "by", "file", "series", "gaps", "pair", "important", "issue", "observations");
        if (map is null)
        {
            if (parent.Get("indicator") is null) parent.Problem(null, $"signpost '{id}' has no 'indicator'", "give indicator: {kind: events|series|unvotes|manual, …}");
            return null;
        }
        var kind = map.RequireString("kind", "events, series, unvotes or manual");
        if (kind is not ("series" or "") && map.Get("gaps") is { } gapsNode)
            map.Problem(gapsNode, $"'gaps' is for series indicators, not {Echo.Value(kind)}", kind == "events"
                ? "the event store knows the days its files cover: a day outside them is no data, never zero"
                : "remove it");
        switch (kind)
        {
            case "events": return ReadEventIndicator(map);
            case "series":
                var file = map.RequireString("file", "a CSV path relative to the case file, or builtin:gdelt-dyads");
                var series = map.RequireString("series", "the series name, e.g. RUS-UKR");
                if (file.Length > 0) CheckSeriesFile(map, map.Get("file")!, file);
                if (file == BuiltInSeries.GdeltDyads && series.Length > 0) CheckDyadSeriesName(map, series);
                return new SeriesIndicator(file, series) { Gaps = ReadGaps(map) };
            case "unvotes":
                var (a, b) = ReadPair(map, "pair");
                var measure = map.RequireString("measure", string.Join(", ", UnVoteMeasures));
                if (measure.Length > 0 && !UnVoteMeasures.Contains(measure)) UnknownId(map.Get("measure")!, "UN-vote measure", measure, UnVoteMeasures);
                var issue = map.OptionalString("issue");
                if (issue.Length > 0 && !UnVoteIssues.Contains(issue)) UnknownId(map.Get("issue")!, "UN-vote issue", issue, UnVoteIssues);
                return a is null ? null : new UnVoteIndicator(a, b!, measure, map.OptionalBool("important", false), issue.Length > 0 ? issue : null);
            case "manual": return ReadManual(map, id);
            case "": return null;
            default:
                map.Problem(map.Get("kind"), $"indicator kind '{Echo.Value(kind)}' is unknown", "use events, series, unvotes or manual");
                return null;
        }
    }

    /// <summary>A series indicator's <c>gaps:</c> (zero, skip or error), or null when not given.</summary>
    private static SeriesGaps? ReadGaps(MapReader map)
    {
        if (map.Get("gaps") is null) return null;
        switch (map.OptionalString("gaps"))
        {
            case "zero": return SeriesGaps.Zero;
            case "skip": return SeriesGaps.Skip;
            case "error": return SeriesGaps.Error;
            case var other:
                map.Problem(map.Get("gaps"), $"'gaps: {Echo.Value(other)}' is not a gap policy",
                    "use zero (a missing period means nothing happened: event counts and sums), skip (judge on the points present) or error");
                return null;
        }
    }

    private EventIndicator? ReadEventIndicator(MapReader map)
    {
        var (a, b) = ReadPair(map, "dyad");
        var roots = new List<string>();
        foreach (var node in map.Sequence("roots", required: false))
        {
            var root = map.StringOf(node, "roots");
            if (root is null) continue;
            if (root.Length != 2 || !int.TryParse(root, out var n) || n is < 1 or > 20)
                map.Problem(node, $"'{Echo.Value(root)}' is not a CAMEO root code", "write two-digit roots from \"01\" to \"20\", quoted");
            else roots.Add(root);
        }
        var measure = map.OptionalString("measure", "events");
        if (!DyadMeasures.Contains(measure)) UnknownId(map.Get("measure")!, "dyad measure", measure, DyadMeasures);
        var by = map.OptionalString("by", "day");
        if (by is not ("day" or "week")) map.Problem(map.Get("by"), $"'by: {Echo.Value(by)}' is not a period signposts use", "use day or week");
        return a is null ? null : new EventIndicator(a, b!, map.OptionalBool("directed", false), roots, measure, by);
    }

    private (string? A, string? B) ReadPair(MapReader map, string key)
    {
        var items = map.Sequence(key, required: true);
        if (items.Count != 2)
        {
            if (map.Get(key) is YamlSequenceNode) map.Problem(map.Get(key), $"'{key}' of {map.What} must name two actors", $"write {key}: [RUS, UKR]");
            return (null, null);
        }
        var codes = items.Select(n => (Node: n, Code: map.StringOf(n, key) ?? "")).ToList();
        var ok = codes.All(c => CheckActor(c.Node, c.Code));
        return ok ? (codes[0].Code, codes[1].Code) : (null, null);
    }

    private ManualIndicator? ReadManual(MapReader map, string id)
    {
        var observations = new List<Observation>();
        foreach (var node in map.Sequence("observations", required: false))
        {
            var o = MapReader.Of(node, $"observation of signpost '{id}'", _problems, "date", "fired", "note", "source");
            if (o is null) continue;
            var date = o.RequireDate("date");
            var note = o.RequireString("note", "say what was observed");
            var source = o.RequireString("source", "say where the observation comes from");
            if (date is { } d && d > _asOf && _asOf != default)
                o.Problem(o.Get("date"), $"observation dated {d:yyyy-MM-dd} is after the case's as_of {_asOf:yyyy-MM-dd}", "a case knows nothing after its as_of date; move as_of or the observation");
            if (date is { } ok) observations.Add(new Observation(ok, o.OptionalBool("fired", false), note, source));
        }
        return new ManualIndicator([.. observations.OrderBy(x => x.Date)]);
    }

    private void CheckSeriesFile(MapReader map, YamlNode node, string file)
    {
        if (BuiltInName.Is(file))
        {
            if (file != BuiltInSeries.GdeltDyads) map.Problem(node, $"'{Echo.Value(file)}' is not a built-in series", $"the built-in series is {BuiltInSeries.GdeltDyads}");
            return;
        }
        if (_caseDirectory is null) return;
        var path = Path.Combine(_caseDirectory, file);
        if (!File.Exists(path) && !Directory.Exists(path))
            map.Problem(node, $"series file '{Echo.Value(file)}' not found next to the case file", "give a path relative to the case file's folder");
        // Checked without opening it: a named pipe named here must not block the check.
        else if (BoundedInput.Check(path, InputKind.SeriesCsv) is { } refused)
            map.Problem(node, $"series file '{Echo.Value(file)}' {refused.Message}", refused.Hint);
    }

    private void CheckDyadSeriesName(MapReader map, string series)
    {
        var parts = series.Split('-');
        // Either way round: the pair is undirected, and the series is found as UKR-RUS or RUS-UKR.
        if (parts.Length != 2 || !parts.All(CameoCountries.IsKnown) || parts[0] == parts[1])
            map.Problem(map.Get("series"), $"'{Echo.Value(series)}' is not a dyad of the built-in GDELT dyad scores",
                "name an undirected pair of two CAMEO country codes as AAA-BBB, e.g. RUS-UKR (or UKR-RUS)");
    }
}
