using System.Xml.Linq;
using Fulcrum.Bargaining.Smp;
using Fulcrum.Core.Problems;
using Fulcrum.Core.Text;

namespace Fulcrum.Bargaining.Input.Internal;

/// <summary>KTAB's <c>ModelParameters</c> and <c>IdealAdjustment</c> elements.</summary>
internal static class KtabXmlParameters
{
    /// <summary>The nine parameters; without the element, KTAB's defaults. With it, KTAB requires all nine.</summary>
    public static SmpParameters Read(XElement? el, ProblemList p)
    {
        var d = new SmpParameters();
        if (el is null) return d;
        return d with
        {
            VictoryProbModel = One(el, "VictoryProbModel", d.VictoryProbModel, p),
            VotingRule = One(el, "VotingRule", d.VotingRule, p),
            PceModel = One(el, "PCEModel", d.PceModel, p),
            StateTransition = One(el, "StateTransitions", d.StateTransition, p),
            BigRRange = One(el, "BigRRange", d.BigRRange, p),
            BigRAdjust = One(el, "BigRAdjust", d.BigRAdjust, p),
            ThirdPartyCommit = One(el, "ThirdPartyCommit", d.ThirdPartyCommit, p),
            InterVecBargain = One(el, "InterVecBrgn", d.InterVecBargain, p),
            BargainModel = One(el, "BargnModel", d.BargainModel, p),
        };
    }

    private static T One<T>(XElement parent, string name, T fallback, ProblemList p) where T : struct, Enum
    {
        var valid = string.Join(", ", SmpParameterNames.All<T>());
        var el = parent.Element(name);
        if (el is null)
        {
            p.Add(XmlSpot.Line(parent), XmlSpot.Column(parent), $"<ModelParameters> has no <{name}>; KTAB requires all nine parameters when the element is present",
                $"add <{name}> with one of: {valid} (KTAB's default is {SmpParameterNames.Of(fallback)})");
            return fallback;
        }
        var text = el.Value.Trim();
        if (SmpParameterNames.TryParse<T>(text, out var value)) return value;
        p.Add(XmlSpot.Line(el), XmlSpot.Column(el), $"<{name}> is '{Echo.Value(text)}', not a KTAB {name}", $"use one of: {valid}");
        return fallback;
    }

    /// <summary>The accommodation entries; names must be actors, rates in [0, 1], each actor's row summing to at most 1.</summary>
    public static IReadOnlyList<IdealAdjustment> Accommodation(XElement? el, HashSet<string> names, ProblemList p)
    {
        if (el is null) return [];
        var entries = new List<IdealAdjustment>();
        var rows = new Dictionary<string, Dictionary<string, double>>(StringComparer.Ordinal);
        var lastLine = new Dictionary<string, (int Line, int Column)>(StringComparer.Ordinal);
        foreach (var pair in el.Elements("iaPair"))
        {
            int line = XmlSpot.Line(pair), column = XmlSpot.Column(pair);
            var who = KtabXmlLayout.Text(pair, "adjustingIdeal");
            var toward = KtabXmlLayout.Text(pair, "referencePos");
            var rateText = KtabXmlLayout.Text(pair, "adjust");
            var ok = true;
            foreach (var (field, actor) in new[] { ("adjustingIdeal", who), ("referencePos", toward) })
            {
                if (names.Contains(actor)) continue;
                p.Add(line, column, $"<iaPair> <{field}> is '{Echo.Value(actor)}', which is not an actor of this scenario", "use a name from <Actors> exactly as spelled there");
                ok = false;
            }
            if (!KtabRules.TryNumber(rateText, out var rate) || rate < 0 || rate > 1)
            {
                p.Add(line, column, $"<iaPair> <adjust> is '{Echo.Value(rateText)}'; it must be a number in [0, 1]", "give the share of the gap the ideal closes each turn");
                ok = false;
            }
            if (!ok) continue;
            entries.Add(new IdealAdjustment(who, toward, rate));
            if (!rows.TryGetValue(who, out var row)) rows[who] = row = new Dictionary<string, double>(StringComparer.Ordinal) { [who] = 1.0 };
            row[toward] = rate;
            lastLine[who] = (line, column);
        }
        foreach (var (who, row) in rows)
        {
            var sum = row.Values.Sum();
            if (sum <= 1.0 + 1e-10) continue;
            p.Add(lastLine[who].Line, lastLine[who].Column, $"the <adjust> rates of '{who}' sum to {KtabRules.Show(sum)} (its own entry is 1 unless given); they must sum to at most 1",
                $"give '{who}' an <iaPair> with itself as <referencePos> and a rate that leaves room for the others");
        }
        return entries;
    }
}
