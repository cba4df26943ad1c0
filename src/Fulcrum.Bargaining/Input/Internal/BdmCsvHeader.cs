using Fulcrum.Core.Problems;
using Fulcrum.Core.Text;

namespace Fulcrum.Bargaining.Input.Internal;

/// <summary>The four columns of a BDM file, in the order the header gives them.</summary>
internal enum BdmColumn { Actor, Capability, Position, Salience }

/// <summary>
/// Maps a header line to the columns. Names are matched without regard to case, with the aliases
/// the replications use: Actor | Name | Stakeholder | Player; Capability | Capabilities | Resources |
/// Power | Clout | Influence; Position | Pos; Salience | Importance. An optional Description column
/// is read and ignored.
/// </summary>
internal sealed class BdmCsvHeader
{
    private static readonly Dictionary<string, BdmColumn> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["actor"] = BdmColumn.Actor,
        ["name"] = BdmColumn.Actor,
        ["stakeholder"] = BdmColumn.Actor,
        ["player"] = BdmColumn.Actor,
        ["capability"] = BdmColumn.Capability,
        ["capabilities"] = BdmColumn.Capability,
        ["resources"] = BdmColumn.Capability,
        ["power"] = BdmColumn.Capability,
        ["clout"] = BdmColumn.Capability,
        ["influence"] = BdmColumn.Capability,
        ["position"] = BdmColumn.Position,
        ["pos"] = BdmColumn.Position,
        ["salience"] = BdmColumn.Salience,
        ["importance"] = BdmColumn.Salience,
    };

    private const string Expected = "Actor,Capability,Position,Salience";

    private BdmCsvHeader(int fieldCount, Dictionary<BdmColumn, int> index, string positionName)
    {
        FieldCount = fieldCount;
        _index = index;
        PositionName = positionName;
    }

    private readonly Dictionary<BdmColumn, int> _index;

    public int FieldCount { get; }

    /// <summary>The position column's name as written (the dimension's name).</summary>
    public string PositionName { get; }

    public int this[BdmColumn column] => _index[column];

    public static BdmCsvHeader? Parse(BdmCsvLine line, BdmCsvLine? second, ProblemList problems)
    {
        if (LooksLikeKtab(line, second))
        {
            problems.Add(line.Number, 1,
                "this is KTAB's CSV layout (a scenario line, then Actor,Description,Power,Position,Salience…), not the BDM layout",
                "read it with the KTAB reader (fulcrum bargain reads both); the BDM model runs a KTAB table that has one dimension");
            return null;
        }
        var index = new Dictionary<BdmColumn, int>();
        var positionName = "Position";
        var ok = true;
        for (var f = 0; f < line.Fields.Count; f++)
        {
            var field = line.Fields[f];
            if (field.Text.Equals("description", StringComparison.OrdinalIgnoreCase)) continue;
            if (!Aliases.TryGetValue(field.Text, out var column))
            {
                problems.Add(line.Number, field.Column, $"unknown column '{Echo.Value(field.Text)}' in the header",
                    $"the BDM layout is {Expected} (a Description column may be added)");
                ok = false;
                continue;
            }
            if (!index.TryAdd(column, f))
            {
                problems.Add(line.Number, field.Column, $"column '{Echo.Value(field.Text)}' repeats the {column.ToString().ToLowerInvariant()} column",
                    $"keep one of each: {Expected}");
                ok = false;
                continue;
            }
            if (column == BdmColumn.Position) positionName = field.Text;
        }
        foreach (var column in Enum.GetValues<BdmColumn>())
        {
            if (index.ContainsKey(column)) continue;
            problems.Add(line.Number, 0, $"the header has no {column.ToString().ToLowerInvariant()} column",
                $"the first line must name the columns: {Expected}");
            ok = false;
        }
        return ok ? new BdmCsvHeader(line.Fields.Count, index, positionName) : null;
    }

    private static bool LooksLikeKtab(BdmCsvLine first, BdmCsvLine? second) =>
        second is { Fields.Count: >= 5 }
        && second.Fields[0].Text.Equals("actor", StringComparison.OrdinalIgnoreCase)
        && second.Fields[1].Text.Equals("description", StringComparison.OrdinalIgnoreCase)
        && !Aliases.ContainsKey(first.Fields[0].Text);
}
