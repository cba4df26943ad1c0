using Fulcrum.Core.Text;
using YamlDotNet.RepresentationModel;

namespace Fulcrum.Scenario.Loading.Internal;

/// <summary>
/// One mistake, one problem. A duplicate id and an unknown reference are collected while the case
/// is read and reported at the end: an unknown id once, at its first place, saying how many more
/// name it; and when a list has exactly one duplicate id while references name an id that list
/// lacks, the likeliest story is one item whose id was copied instead of renamed (us_backing
/// written as syria_freedom), so it is one problem, at the duplicate, naming the lost id and its
/// references, not one per reference.
/// </summary>
internal sealed partial class CaseReader
{
    /// <summary>Unknown references by (kind, id), first seen first; kind <see cref="AnyKind"/> for a context fact's bears_on.</summary>
    private readonly Dictionary<(string Kind, string Id), Reference> _unknown = [];
    private readonly List<(string Kind, string Id)> _unknownOrder = [];
    private readonly List<(string Kind, string Id, YamlNode Node)> _duplicates = [];

    private const string AnyKind = "*";

    private sealed record Reference(YamlNode First, string Message, string Hint)
    {
        public List<YamlNode> More { get; } = [];
    }

    private void UnknownReference(string kind, string id, YamlNode node, string message, string hint)
    {
        if (_unknown.TryGetValue((kind, id), out var seen)) seen.More.Add(node);
        else
        {
            _unknown[(kind, id)] = new Reference(node, message, hint);
            _unknownOrder.Add((kind, id));
        }
    }

    private void DuplicateId(string kind, string id, YamlNode node) => _duplicates.Add((kind, id, node));

    /// <summary>Reports the duplicates and unknown references collected, folded as the summary says.</summary>
    private void ReportReferences()
    {
        var folded = new HashSet<(string, string)>();
        foreach (var (kind, id, node) in _duplicates)
        {
            var lost = _duplicates.Count(d => d.Kind == kind) == 1
                ? _unknownOrder.Where(k => k.Kind == kind || (k.Kind == AnyKind && _duplicates.Count == 1)).ToList()
                : [];
            var lostIds = lost.Select(k => k.Id).Distinct(StringComparer.Ordinal).ToList();
            var hint = $"give each {kind} its own id";
            if (lostIds.Count == 1)
            {
                var places = lost.Sum(k => 1 + _unknown[k].More.Count);
                hint += $"; was this one meant to be '{Echo.Value(lostIds[0])}'? {places} {(places == 1 ? "place names" : "places name")} it " +
                    $"(first at line {lost.Min(k => _unknown[k].First.Start.Line)}) and no {kind} has that id";
                folded.UnionWith(lost);
            }
            MapReader.At(_problems, node, $"duplicate {kind} id '{Echo.Value(id)}'", hint);
        }
        foreach (var key in _unknownOrder.Where(k => !folded.Contains(k)))
        {
            var r = _unknown[key];
            var more = r.More.Count == 0 ? ""
                : $" (named in {r.More.Count} more {(r.More.Count == 1 ? "place" : "places")}: line {string.Join(", ", r.More.Select(n => n.Start.Line).Distinct().Take(8))}{(r.More.Count > 8 ? ", …" : "")})";
            MapReader.At(_problems, r.First, r.Message, r.Hint + more);
        }
    }
}
