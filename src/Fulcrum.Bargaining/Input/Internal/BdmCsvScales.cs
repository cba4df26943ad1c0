using System.Globalization;
using Fulcrum.Core.Problems;

namespace Fulcrum.Bargaining.Input.Internal;

/// <summary>The salience scale of a file, and each salience on 0–100.</summary>
internal static class BdmCsvScales
{
    /// <summary>
    /// Resolves <see cref="BdmSalienceScale.Auto"/>: fractions when every salience is at most 1.
    /// A column that mixes the two (0.8 beside 40) cannot be read either way: each fraction is
    /// reported, since one scale or the other is a typing slip.
    /// </summary>
    public static BdmSalienceScale SalienceScale(List<BdmCsvRow> rows, BdmSalienceScale declared, ProblemList problems)
    {
        if (declared != BdmSalienceScale.Auto || rows.Count == 0) return declared;
        var largest = rows.MaxBy(r => r.Salience)!;
        if (largest.Salience <= 1) return BdmSalienceScale.Fraction;
        foreach (var row in rows.Where(r => r.Salience is > 0 and < 1))
            problems.Add(row.Line, row.SalienceColumn,
                BdmCsvRows.Invariant($"salience {row.SalienceText} of '{row.Name}' looks like a fraction (0–1) but line {largest.Line} has {largest.SalienceText} (0–100)"),
                "write every salience on one scale: all 0–1 or all 0–100");
        return BdmSalienceScale.Percent;
    }

    public static double ToPercent(BdmCsvRow row, BdmSalienceScale scale, ProblemList problems)
    {
        var top = scale == BdmSalienceScale.Fraction ? 1 : 100;
        if (row.Salience < 0 || row.Salience > top)
        {
            problems.Add(row.Line, row.SalienceColumn,
                row.Salience < 0
                    ? BdmCsvRows.Invariant($"salience {row.SalienceText} of '{row.Name}' is below 0")
                    : BdmCsvRows.Invariant($"salience {row.SalienceText} of '{row.Name}' is over {top}"),
                scale == BdmSalienceScale.Fraction
                    ? "saliences are read as fractions (0–1) here: write them all as fractions, or all as percentages (0–100)"
                    : "saliences are percentages (0–100): how much the issue matters to the actor");
            return 0;
        }
        if (scale == BdmSalienceScale.Percent) return row.Salience;
        // ×100 in decimal, so that dividing by 100 again gives back the double that was written.
        return decimal.TryParse(row.SalienceText, NumberStyles.Float, CultureInfo.InvariantCulture, out var exact)
            ? (double)(exact * 100)
            : row.Salience * 100;
    }
}
