using Fulcrum.Core.Problems;
using Fulcrum.Core.Text;

namespace Fulcrum.Bargaining.Input.Internal;

/// <summary>The line-by-line rules of KTAB's CSV layout (see <see cref="KtabCsvReader"/>).</summary>
internal static class KtabCsvLayout
{
    private const string LayoutHint = "KTAB's layout: line 1 'scenario,description,nActors,nDims,'; line 2 'Actor,Description,Power,Pstn1,Sal1,...'; then one row per actor";

    public static ActorTable? Read(string[] lines, ProblemList p)
    {
        if (lines.Length < 2 || lines.All(l => l.Trim().Length == 0))
        {
            p.Add(0, 0, "the file is empty", LayoutHint);
            return null;
        }
        var head = CsvLine.Split(lines[0]);
        if (head.Count < 4 || !int.TryParse(head[2].Text, out var nActors) || !int.TryParse(head[3].Text, out var nDims))
        {
            p.Add(1, 1, $"line 1 must be 'scenario,description,nActors,nDims' with whole numbers; found '{Echo.Value(lines[0].Trim())}'", LayoutHint);
            return null;
        }
        if (nDims < 1) p.Add(1, head[3].Column, $"number of dimensions is {nDims}; it must be at least 1", "declare how many dimension (position, salience) column pairs the file has");
        if (nActors < KtabRules.MinActors) p.Add(1, head[2].Column, $"number of actors is {nActors}; KTAB needs at least {KtabRules.MinActors}", "declare how many actor rows follow the header");
        if (p.Any) return null;

        var header = CsvLine.WithoutTrailingEmpties(CsvLine.Split(lines[1]));
        var expected = 3 + (2 * nDims);
        if (header.Count != expected)
        {
            p.Add(2, 1, $"the header has {header.Count} columns but line 1 declares {nDims} dimension(s), which needs {expected}: Actor, Description, Power, then a position and a salience column per dimension",
                "make the header and the declared number of dimensions agree");
            return null;
        }
        var dims = new string[nDims];
        for (var d = 0; d < nDims; d++) dims[d] = header[3 + (2 * d)].Text;

        var actors = new List<BargainingActor>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var rows = 0;
        for (var k = 2; k < lines.Length; k++)
        {
            var fields = CsvLine.WithoutTrailingEmpties(CsvLine.Split(lines[k]));
            if (fields.Count == 0) continue;
            rows++;
            if (rows > nActors)
            {
                p.Add(k + 1, 1, $"line 1 declares {nActors} actors but this is actor row {rows}", "correct the number of actors on line 1, or remove the extra rows");
                continue;
            }
            var actor = ReadActor(fields, k + 1, dims, p, seen);
            if (actor is not null) actors.Add(actor);
        }
        if (rows < nActors)
        {
            p.Add(1, head[2].Column, $"line 1 declares {nActors} actors but the file has {rows} actor row(s)", "correct the number of actors on line 1, or add the missing rows");
        }
        return p.Any ? null : new ActorTable { Scenario = head[0].Text, Description = head[1].Text, Dimensions = dims, Actors = actors };
    }

    private static BargainingActor? ReadActor(List<CsvField> f, int line, string[] dims, ProblemList p, Dictionary<string, int> seen)
    {
        var expected = 3 + (2 * dims.Length);
        var before = p.Count;
        if (f.Count != expected)
        {
            p.Add(line, 1, $"actor row has {f.Count} fields; the header needs {expected} (name, description, capability, then position and salience for each of {dims.Length} dimension(s))",
                "give every actor a value in every column");
            return null;
        }
        var name = f[0].Text;
        KtabRules.Name(p, line, f[0].Column, name);
        KtabRules.Unique(p, seen, line, f[0].Column, name);
        KtabRules.Description(p, line, f[1].Column, name, f[1].Text);
        var capability = Number(f[2], line, name, "capability", p);
        if (capability is { } c) KtabRules.Capability(p, line, f[2].Column, name, c);
        var positions = new double[dims.Length];
        var saliences = new double[dims.Length];
        for (var d = 0; d < dims.Length; d++)
        {
            var pos = f[3 + (2 * d)];
            var sal = f[4 + (2 * d)];
            if (Number(pos, line, name, $"position on '{dims[d]}'", p) is { } x) { KtabRules.Position(p, line, pos.Column, name, dims[d], x); positions[d] = x; }
            if (Number(sal, line, name, $"salience on '{dims[d]}'", p) is { } s) { KtabRules.Salience(p, line, sal.Column, name, dims[d], s); saliences[d] = s; }
        }
        if (p.Count == before) KtabRules.SalienceTotal(p, line, f[4].Column, name, saliences.Sum());
        return p.Count == before ? new BargainingActor(name, f[1].Text, capability!.Value, positions, saliences) : null;
    }

    private static double? Number(CsvField f, int line, string actor, string field, ProblemList p)
    {
        if (KtabRules.TryNumber(f.Text, out var x)) return x;
        p.Add(line, f.Column, $"{field} of '{Echo.Value(actor)}' is '{Echo.Value(f.Text)}', not a number", "write a plain decimal number such as 42.5");
        return null;
    }
}
