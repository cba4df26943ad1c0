using System.Globalization;
using System.Xml.Linq;
using Fulcrum.Bargaining.Smp;
using Fulcrum.Core.Problems;
using Fulcrum.Core.Text;

namespace Fulcrum.Bargaining.Input.Internal;

/// <summary>The element-by-element rules of KTAB's XML scenario layout (see <see cref="KtabXmlReader"/>).</summary>
internal static class KtabXmlLayout
{
    public static KtabScenario? Read(XDocument doc, ProblemList p)
    {
        var root = doc.Root!;
        if (root.Name.LocalName != "Scenario")
        {
            p.Add(XmlSpot.Line(root), XmlSpot.Column(root), $"the root element is <{root.Name.LocalName}>; a KTAB scenario starts with <Scenario>", "use KTAB's smpSchema.xsd layout");
            return null;
        }
        var name = Text(root, "name");
        if (name.Length == 0) p.Add(XmlSpot.Line(root), XmlSpot.Column(root), "the scenario has no <name>", "add <name>…</name> inside <Scenario>");
        var seed = Seed(root, p);
        var parameters = KtabXmlParameters.Read(root.Element("ModelParameters"), p);
        var dims = Dimensions(root, p);
        if (dims.Length == 0) return null;
        var actors = Actors(root, dims, p);
        if (actors.Count == 0) return null;
        var accommodation = KtabXmlParameters.Accommodation(root.Element("IdealAdjustment"), ActorNames(root), p);
        if (p.Any) return null;
        var table = new ActorTable { Scenario = name, Description = Text(root, "desc"), Dimensions = dims, Actors = actors };
        return new KtabScenario(table, parameters with { Accommodation = accommodation }, seed);
    }

    // Every actor's name, including actors with bad data, so that one bad number is one problem.
    private static HashSet<string> ActorNames(XElement root) =>
        (root.Element("Actors")?.Elements("Actor") ?? []).Select(a => Text(a, "name")).ToHashSet(StringComparer.Ordinal);

    public static string Text(XElement parent, string child) => parent.Element(child)?.Value.Trim() ?? "";

    // KTAB writes the seed as 20 decimal digits; a missing seed means KTAB's default.
    private static ulong Seed(XElement root, ProblemList p)
    {
        var el = root.Element("prngSeed");
        if (el is null) return SmpParameters.KtabDefaultSeed;
        if (ulong.TryParse(el.Value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var seed)) return seed;
        p.Add(XmlSpot.Line(el), XmlSpot.Column(el), $"<prngSeed> is '{Echo.Value(el.Value.Trim())}', not a whole number in [0, 18446744073709551615]", "write the seed as decimal digits, e.g. 15455440707583219804");
        return 0;
    }

    private static string[] Dimensions(XElement root, ProblemList p)
    {
        var names = root.Element("Dimensions")?.Elements("dName").ToList() ?? [];
        if (names.Count == 0)
        {
            p.Add(XmlSpot.Line(root), XmlSpot.Column(root), "the scenario has no <Dimensions> with a <dName>", "list each dimension as <dName>…</dName> inside <Dimensions>");
            return [];
        }
        foreach (var d in names.Where(d => d.Value.Trim().Length == 0))
        {
            p.Add(XmlSpot.Line(d), XmlSpot.Column(d), "a <dName> is empty", "name every dimension");
        }
        return [.. names.Select(d => d.Value.Trim())];
    }

    private static List<BargainingActor> Actors(XElement root, string[] dims, ProblemList p)
    {
        var elements = root.Element("Actors")?.Elements("Actor").ToList() ?? [];
        if (elements.Count < KtabRules.MinActors)
        {
            p.Add(XmlSpot.Line(root.Element("Actors") ?? root), 0, $"the scenario has {elements.Count} <Actor> element(s); KTAB needs at least {KtabRules.MinActors}", "list the actors inside <Actors>");
            return [];
        }
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var actors = new List<BargainingActor>();
        foreach (var el in elements)
        {
            var before = p.Count;
            var nameEl = el.Element("name");
            var name = nameEl?.Value.Trim() ?? "";
            KtabRules.Name(p, XmlSpot.Line(nameEl ?? el), XmlSpot.Column(nameEl ?? el), name);
            KtabRules.Unique(p, seen, XmlSpot.Line(nameEl ?? el), XmlSpot.Column(nameEl ?? el), name);
            var descEl = el.Element("description");
            var desc = descEl?.Value.Trim() ?? "";
            KtabRules.Description(p, XmlSpot.Line(descEl ?? el), XmlSpot.Column(descEl ?? el), name, desc);
            var capEl = el.Element("capability");
            var cap = Number(capEl, el, $"capability of '{name}'", "<capability>", p);
            if (cap is { } c) KtabRules.Capability(p, XmlSpot.Line(capEl), XmlSpot.Column(capEl), name, c);
            var pos = Vector(el, "Position", "dCoord", dims, name, p, KtabRules.Position);
            var sal = Vector(el, "Salience", "dSal", dims, name, p, KtabRules.Salience);
            if (p.Count == before) KtabRules.SalienceTotal(p, XmlSpot.Line(el.Element("Salience")), XmlSpot.Column(el.Element("Salience")), name, sal.Sum());
            if (p.Count == before) actors.Add(new BargainingActor(name, desc, cap!.Value, pos, sal));
        }
        return actors;
    }

    private static double[] Vector(
        XElement actor, string group, string item, string[] dims, string name, ProblemList p,
        Action<ProblemList, int, int, string, string, double> check)
    {
        var values = new double[dims.Length];
        var groupEl = actor.Element(group);
        var items = groupEl?.Elements(item).ToList() ?? [];
        if (items.Count != dims.Length)
        {
            var at = groupEl ?? actor;
            p.Add(XmlSpot.Line(at), XmlSpot.Column(at), $"'{name}' has {items.Count} <{item}> in <{group}> but the scenario declares {dims.Length} dimension(s)",
                $"give one <{item}> per <dName>, in the same order");
            return values;
        }
        for (var d = 0; d < dims.Length; d++)
        {
            var what = $"{(group == "Position" ? "position" : "salience")} of '{name}' on '{dims[d]}'";
            if (Number(items[d], actor, what, $"<{item}> {d + 1} of {dims.Length}", p) is { } x)
            {
                check(p, XmlSpot.Line(items[d]), XmlSpot.Column(items[d]), name, dims[d], x);
                values[d] = x;
            }
        }
        return values;
    }

    private static double? Number(XElement? el, XElement actor, string what, string element, ProblemList p)
    {
        var at = el ?? actor;
        var text = el?.Value.Trim() ?? "";
        if (text.Length == 0)
        {
            p.Add(XmlSpot.Line(at), XmlSpot.Column(at), $"{what} is {(el is null ? "missing" : "empty")} ({element})", "write a number on the 0–100 scale");
            return null;
        }
        if (KtabRules.TryNumber(text, out var x)) return x;
        p.Add(XmlSpot.Line(at), XmlSpot.Column(at), $"{what} is '{Echo.Value(text)}', not a number ({element})", "write a plain decimal number such as 42.5");
        return null;
    }
}
