using System.Globalization;
using Fulcrum.Core.Problems;
using Fulcrum.Core.Text;

namespace Fulcrum.Bargaining.Input.Internal;

/// <summary>One actor row as read, with where each value came from.</summary>
internal sealed record BdmCsvRow(int Line, string Name, int NameColumn, double Capability, int CapabilityColumn,
    double Position, int PositionColumn, double Salience, string SalienceText, int SalienceColumn);

/// <summary>Parses actor rows and checks them against each other and the options.</summary>
internal static class BdmCsvRows
{
    public static List<BdmCsvRow> Parse(IEnumerable<BdmCsvLine> lines, BdmCsvHeader header, ProblemList problems)
    {
        var rows = new List<BdmCsvRow>();
        foreach (var line in lines)
        {
            if (line.Fields.Count != header.FieldCount)
            {
                problems.Add(line.Number, 0,
                    $"this line has {line.Fields.Count} field{(line.Fields.Count == 1 ? "" : "s")}; the header has {header.FieldCount}",
                    "write one value per header column, separated by commas (quote a name that contains a comma)");
                continue;
            }
            var name = line.Fields[header[BdmColumn.Actor]];
            var ok = true;
            if (name.Text.Length == 0)
            {
                problems.Add(line.Number, name.Column, "the actor name is empty", "name every actor");
                ok = false;
            }
            ok &= Number(line, header[BdmColumn.Capability], "capability", problems, out var capability);
            ok &= Number(line, header[BdmColumn.Position], "position", problems, out var position);
            ok &= Number(line, header[BdmColumn.Salience], "salience", problems, out var salience);
            if (!ok) continue;
            var f = line.Fields;
            rows.Add(new BdmCsvRow(line.Number, name.Text, name.Column,
                capability, f[header[BdmColumn.Capability]].Column, position, f[header[BdmColumn.Position]].Column,
                salience, f[header[BdmColumn.Salience]].Text, f[header[BdmColumn.Salience]].Column));
        }
        return rows;
    }

    /// <summary>Checks the rows against each other and the options; returns each row's salience on 0–100.</summary>
    public static double[] Validate(List<BdmCsvRow> rows, BdmCsvOptions options, ProblemList problems)
    {
        var saliences = new double[rows.Count];
        var scale = BdmCsvScales.SalienceScale(rows, options.SalienceScale, problems);
        var percentPositions = options.PositionScale == BdmPositionScale.Percent
            || (options.PositionScale == BdmPositionScale.FollowSalience && scale == BdmSalienceScale.Percent);
        var firstLine = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            if (!firstLine.TryAdd(row.Name, row.Line))
                problems.Add(row.Line, row.NameColumn, $"actor '{row.Name}' is already on line {firstLine[row.Name]}",
                    "give each actor a unique name (names differing only in case count as the same)");
            if (row.Capability <= 0)
                problems.Add(row.Line, row.CapabilityColumn, Invariant($"capability {row.Capability} of '{row.Name}' is not above 0"),
                    "capability is the actor's power or resources on the issue: a positive number");
            else if (!(row.Capability is >= TableNumbers.MinCapability and <= TableNumbers.MaxCapability))
                problems.Add(row.Line, row.CapabilityColumn, Invariant($"capability {row.Capability} of '{row.Name}' must lie {TableNumbers.CapabilityRange}"),
                    "the model multiplies and sums capabilities: rescale them all (only their ratios matter)");
            if (Math.Abs(row.Position) > TableNumbers.MaxPosition)
                problems.Add(row.Line, row.PositionColumn, Invariant($"position {row.Position} of '{row.Name}' is too large: positions are at most 1e12 in size (|x| ≤ 1e12)"),
                    "write the positions in a larger unit");
            if (percentPositions && row.Position is < 0 or > 100)
                problems.Add(row.Line, row.PositionColumn, Invariant($"position {row.Position} of '{row.Name}' is outside [0, 100]"),
                    options.PositionScale == BdmPositionScale.Percent
                        ? "positions are declared on the 0–100 scale"
                        : "this file's saliences are on 0–100, so its positions are read on the 0–100 scale too; rescale them, or write saliences as fractions (0–1) to keep the issue's own units");
            saliences[r] = BdmCsvScales.ToPercent(row, scale, problems);
        }
        return saliences;
    }

    private static bool Number(BdmCsvLine line, int index, string field, ProblemList problems, out double value)
    {
        var cell = line.Fields[index];
        value = 0;
        if (cell.Text.Length == 0)
        {
            problems.Add(line.Number, cell.Column, $"the {field} is empty", $"write a number for the {field}");
            return false;
        }
        if (!double.TryParse(cell.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) || !double.IsFinite(value))
        {
            problems.Add(line.Number, cell.Column, $"the {field} '{Echo.Value(cell.Text)}' is not a number",
                $"write the {field} as a plain number with a decimal point, e.g. 0.25");
            return false;
        }
        return true;
    }

    internal static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
