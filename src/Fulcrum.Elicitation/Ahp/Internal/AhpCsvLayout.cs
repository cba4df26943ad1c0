using Fulcrum.Core.Problems;
using Fulcrum.Core.Text;
using Fulcrum.Elicitation.Internal;

namespace Fulcrum.Elicitation.Ahp.Internal;

/// <summary>The layout of a judgement CSV: the header, the rows and their ids, then the cells (<see cref="AhpCsvCells"/>).</summary>
internal sealed class AhpCsvLayout(ProblemList problems, IReadOnlyList<string>? interests)
{
    private const string LayoutHint = "the first line names the interests, e.g. ',a,b,c'; then one line per interest, e.g. 'a,1,3,1/2'";

    public PairwiseMatrix? Read(List<(int Line, List<CsvField> Fields)> rows)
    {
        if (rows.Count == 0)
        {
            problems.Add(0, 0, "file is empty", LayoutHint);
            return null;
        }
        var (headerLine, header) = (rows[0].Line, CsvLine.WithoutTrailingEmpties(rows[0].Fields));
        var data = rows.GetRange(1, rows.Count - 1);
        // Rows carry their ids when the first data row starts with a name; a judgement starts with a digit.
        var rowIds = data.Count > 0 && data[0].Fields[0].Text is { Length: > 0 } first && char.IsLetter(first[0]);
        var corner = rowIds && header.Count > 0 && (header[0].Text.Length == 0 || !data.Any(r => r.Fields[0].Text == header[0].Text));
        var columns = corner ? header.GetRange(1, header.Count - 1) : header;
        var ids = ReadIds(headerLine, columns);
        if (ids is null) return null;
        var placed = PlaceRows(headerLine, data, ids, rowIds);
        if (placed is null) return null;
        return new AhpCsvCells(problems, ids, placed, rowIds ? 1 : 0).Build();
    }

    private List<string>? ReadIds(int line, List<CsvField> columns)
    {
        if (columns.Count == 0)
        {
            problems.Add(line, 0, "the header names no interests", LayoutHint);
            return null;
        }
        var ids = new List<string>();
        var ok = true;
        foreach (var field in columns)
        {
            var id = field.Text;
            if (!Ids.IsValid(id))
            {
                problems.Add(line, field.Column, id.Length == 0 ? "an empty id in the header" : $"'{id}' is not an interest id",
                    "name every column by an interest id: a letter, then letters, digits, '_' or '-'");
                ok = false;
            }
            else if (ids.Contains(id))
            {
                problems.Add(line, field.Column, $"interest '{id}' is named twice in the header", "name each interest once");
                ok = false;
            }
            else if (interests is not null && !interests.Contains(id))
            {
                problems.Add(line, field.Column, $"unknown interest '{id}'", Ids.UnknownHint(id, interests, "interests"));
                ok = false;
            }
            ids.Add(id);
        }
        if (interests is not null && interests.Where(i => !ids.Contains(i)).ToList() is { Count: > 0 } missing)
        {
            problems.Add(line, 0, $"no judgements for interest{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing)}",
                "every interest of the case is compared with every other: add a column and a row for each");
            ok = false;
        }
        return ok ? ids : null;
    }

    /// <summary>The data rows by the index of their id; null (with problems) when they do not make a square.</summary>
    private (int Line, List<CsvField> Fields)[]? PlaceRows(int headerLine, List<(int Line, List<CsvField> Fields)> data, List<string> ids, bool rowIds)
    {
        var n = ids.Count;
        var placed = new (int Line, List<CsvField> Fields)[n];
        var ok = true;
        for (var r = 0; r < data.Count; r++)
        {
            var (line, fields) = data[r];
            var width = CsvLine.WithoutTrailingEmpties(fields).Count - (rowIds ? 1 : 0);
            if (width > n)
            {
                var extra = fields[n + (rowIds ? 1 : 0)];
                problems.Add(line, extra.Column, $"this row has {width} judgements but the header names {n} interests",
                    "the matrix is square: one column per interest of the header");
                ok = false;
            }
            int index;
            if (rowIds)
            {
                var id = fields[0].Text;
                index = ids.IndexOf(id);
                if (index < 0)
                {
                    problems.Add(line, fields[0].Column, id.Length == 0 ? "this row has no id" : $"row '{id}' is not an interest of the header",
                        Ids.Nearest(id, ids) is { } near ? $"did you mean '{near}'?" : $"the header names: {string.Join(", ", ids)}");
                    ok = false;
                    continue;
                }
                if (placed[index].Fields is not null)
                {
                    problems.Add(line, fields[0].Column, $"row '{id}' is given twice (also on line {placed[index].Line})", "give each interest one row");
                    ok = false;
                    continue;
                }
            }
            else if (r >= n)
            {
                problems.Add(line, 0, $"the header names {n} interests but there are {data.Count} rows", "the matrix is square: one row per interest");
                ok = false;
                break;
            }
            else
            {
                index = r;
            }
            placed[index] = (line, fields);
        }
        var missing = ids.Where((_, i) => placed[i].Fields is null).ToList();
        if (ok && missing.Count > 0)
        {
            problems.Add(data.Count > 0 ? data[^1].Line : headerLine, 0, $"no row for interest{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing)}",
                rowIds ? "add a row for each, starting with its id" : $"the matrix is square: {n} rows, in the header's order");
            ok = false;
        }
        return ok ? placed : null;
    }
}
