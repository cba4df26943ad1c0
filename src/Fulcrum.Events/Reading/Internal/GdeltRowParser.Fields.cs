using C = Fulcrum.Events.Schema.EventColumns;

namespace Fulcrum.Events.Reading.Internal;

internal sealed partial class GdeltRowParser
{
    private static bool TryField(GdeltField f, ReadOnlySpan<byte> v, CanonicalRow row, ref RowState state, out string error)
    {
        error = "";
        switch (f.Rule)
        {
            case FieldRule.Text:
                row.Set(f.Column, v);
                return true;
            case FieldRule.Id:
                return FieldWriter.Integer(row, f.Column, v, 1, long.MaxValue, required: true, out _, out error);
            case FieldRule.SqlDate:
                if (!Utf8Fields.TryDate8(v, out state.Date))
                {
                    error = $"'{Utf8Fields.Show(v)}' is not a date (YYYYMMDD)";
                    return false;
                }
                FieldWriter.Date(row, f.Column, state.Date);
                return true;
            case FieldRule.MonthYear:
                state.MonthYearAt = f.Position + 1;
                return FieldWriter.Integer(row, f.Column, v, 0, 999999, required: true, out state.MonthYear, out error);
            case FieldRule.Year:
                state.YearAt = f.Position + 1;
                return FieldWriter.Integer(row, f.Column, v, 0, 9999, required: true, out state.Year, out error);
            case FieldRule.Fraction:
                return FieldWriter.Number(row, f.Column, v, 0, 9999, required: false, out error);
            case FieldRule.RootFlag:
                if (v.Length != 1 || (v[0] != '0' && v[0] != '1'))
                {
                    error = $"'{Utf8Fields.Show(v)}' is not 0 or 1";
                    return false;
                }
                row.Set(f.Column, v);
                return true;
            case FieldRule.EventCode:
                if (!FieldWriter.IsEventCode(v))
                {
                    error = $"'{Utf8Fields.Show(v)}' is not a CAMEO event code (2 to 4 digits, kept as text)";
                    return false;
                }
                row.Set(f.Column, v);
                return true;
            case FieldRule.BaseCode or FieldRule.RootCode:
                row.Set(f.Column, v);
                return true;
            case FieldRule.Quad:
                return FieldWriter.Integer(row, f.Column, v, 1, 4, required: true, out _, out error);
            case FieldRule.Goldstein:
                return FieldWriter.Number(row, f.Column, v, -10, 10, required: true, out error);
            case FieldRule.Mentions:
                return FieldWriter.Integer(row, f.Column, v, 0, int.MaxValue, required: true, out _, out error);
            case FieldRule.Count:
                return FieldWriter.Integer(row, f.Column, v, 0, int.MaxValue, required: false, out _, out error);
            case FieldRule.Tone:
                return FieldWriter.Number(row, f.Column, v, -100, 100, required: false, out error);
            case FieldRule.GeoType:
                return FieldWriter.Integer(row, f.Column, v, 0, 5, required: false, out _, out error);
            case FieldRule.Lat:
                return FieldWriter.Number(row, f.Column, v, -90, 90, required: false, out error);
            case FieldRule.Long:
                return FieldWriter.Number(row, f.Column, v, -180, 180, required: false, out error);
            case FieldRule.DateAdded14:
                if (!Utf8Fields.TryTimestamp14(v, out var time))
                {
                    error = $"'{Utf8Fields.Show(v)}' is not a time (YYYYMMDDHHMMSS)";
                    return false;
                }
                FieldWriter.Timestamp(row, f.Column, time);
                return true;
            case FieldRule.DateAdded8:
                if (!Utf8Fields.TryDate8(v, out var day))
                {
                    error = $"'{Utf8Fields.Show(v)}' is not a date (YYYYMMDD)";
                    return false;
                }
                FieldWriter.Timestamp(row, f.Column, day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
                return true;
            default:
                throw new InvalidOperationException($"no rule for {f.Rule}");
        }
    }

    /// <summary>The checks across fields that catch shifted columns and codes that lost their leading zeros.</summary>
    private bool TryCrossChecks(CanonicalRow row, RowState s, out RowProblem problem)
    {
        problem = default;
        if (s.MonthYear != (s.Date.Year * 100) + s.Date.Month)
        {
            problem = new RowProblem(s.MonthYearAt, "MonthYear", $"{s.MonthYear} does not match SQLDATE {s.Date:yyyyMMdd}");
            return false;
        }
        if (s.Year != s.Date.Year)
        {
            problem = new RowProblem(s.YearAt, "Year", $"{s.Year} does not match SQLDATE {s.Date:yyyyMMdd}");
            return false;
        }
        var code = row[C.EventCode];
        var expectedBase = code.Length > 3 ? code[..3] : code;
        if (!row[C.EventBaseCode].SequenceEqual(expectedBase))
        {
            problem = CodeProblem("EventBaseCode", "the first three digits of", row[C.EventBaseCode], code);
            return false;
        }
        if (!row[C.EventRootCode].SequenceEqual(code[..2]))
        {
            problem = CodeProblem("EventRootCode", "the first two digits of", row[C.EventRootCode], code);
            return false;
        }
        return true;
    }

    private RowProblem CodeProblem(string name, string what, ReadOnlySpan<byte> value, ReadOnlySpan<byte> code)
    {
        var position = _layout.First(f => f.Name == name).Position + 1;
        return new RowProblem(position, name,
            $"'{Utf8Fields.Show(value)}' is not {what} EventCode '{Utf8Fields.Show(code)}'" +
            " (codes that lost their leading zeros were read as numbers somewhere, e.g. in a spreadsheet: use the original file)");
    }
}
