using Fulcrum.Core.Problems;
using Fulcrum.Core.Text;

namespace Fulcrum.Elicitation.Ahp.Internal;

/// <summary>The cells of a judgement CSV once its rows are placed: the diagonal, each pair from either triangle, reciprocity.</summary>
internal sealed class AhpCsvCells(ProblemList problems, List<string> ids, (int Line, List<CsvField> Fields)[] rows, int offset)
{
    /// <summary>How far a given lower cell may stray from the reciprocal of the upper: 0.33 for 1/3 passes, 0.3 does not.</summary>
    public const double ReciprocalTolerance = 0.015;

    private readonly int _n = ids.Count;

    public PairwiseMatrix? Build()
    {
        var values = new double?[_n, _n];
        for (var r = 0; r < _n; r++)
            for (var c = 0; c < _n; c++)
                values[r, c] = r == c ? Diagonal(r) : Cell(r, c);
        if (problems.Any) return null;
        var upper = new List<double>();
        for (var i = 0; i < _n; i++)
        {
            for (var j = i + 1; j < _n; j++)
            {
                var (u, l) = (values[i, j], values[j, i]);
                if (u is null && l is null)
                {
                    At(i, j, $"no judgement for {ids[i]} against {ids[j]}",
                        $"fill row {ids[i]}, column {ids[j]}: how many times more {ids[i]} matters than {ids[j]} (1/9 … 9)");
                }
                else if (u is { } a && l is { } b && Math.Abs(a * b - 1) > ReciprocalTolerance)
                {
                    At(j, i, $"{ids[j]} against {ids[i]} is {SaatyScale.Format(b)}, not the reciprocal of {ids[i]} against {ids[j]} ({SaatyScale.Format(a)})",
                        $"write {SaatyScale.Format(1 / a)} below the diagonal, or leave it empty");
                }
                upper.Add(u ?? 1 / (l ?? 1));
            }
        }
        return problems.Any ? null : PairwiseMatrix.FromUpperTriangle(ids, upper);
    }

    private double? Diagonal(int r)
    {
        var text = Text(r, r);
        if (text.Length == 0) return 1;
        var parsed = SaatyScale.Parse(text);
        if (!parsed.Ok || Math.Abs(parsed.Value - 1) > 1e-9)
            At(r, r, $"{ids[r]} against itself is '{text}'; the diagonal is 1", "write 1 on the diagonal, or leave it empty");
        return 1;
    }

    private double? Cell(int r, int c)
    {
        var text = Text(r, c);
        if (text.Length == 0) return null;
        var parsed = SaatyScale.Parse(text);
        if (parsed.Ok) return parsed.Value;
        At(r, c, $"{ids[r]} against {ids[c]}: {parsed.Error}", parsed.Hint);
        return null;
    }

    private string Text(int r, int c)
    {
        var fields = rows[r].Fields;
        return c + offset < fields.Count ? fields[c + offset].Text : "";
    }

    /// <summary>A problem at cell (<paramref name="r"/>, <paramref name="c"/>), or at its row when the line stops short of it.</summary>
    private void At(int r, int c, string message, string hint)
    {
        var (line, fields) = rows[r];
        problems.Add(line, c + offset < fields.Count ? fields[c + offset].Column : 0, message, hint);
    }
}
