using System.Globalization;
using Fulcrum.Events.Reference;
using C = Fulcrum.Events.Schema.EventColumns;

namespace Fulcrum.Events.Reading.Internal;

internal sealed partial class HeaderRowParser
{
    private static bool TryField(GdeltField f, int at, ReadOnlySpan<byte> v, CanonicalRow row, ref RowState state, out string error)
    {
        error = "";
        // R writes a missing number as NA, pandas (sometimes) as NaN: both are NULL in a numeric field.
        if (f.Rule is not (FieldRule.Text or FieldRule.EventCode or FieldRule.BaseCode or FieldRule.RootCode) && IsMissing(v)) v = default;
        switch (f.Rule)
        {
            case FieldRule.Text:
                row.Set(f.Column, v);
                return true;
            case FieldRule.Id:
                return FieldWriter.Integer(row, f.Column, v, 1, long.MaxValue, required: true, out _, out error);
            case FieldRule.SqlDate:
                if (v.IsEmpty) return true;
                if (!Utf8Fields.TryDay(v, out state.Date))
                {
                    error = $"'{Utf8Fields.Show(v)}' is not a date (YYYYMMDD or YYYY-MM-DD)";
                    return false;
                }
                state.HasDate = true;
                FieldWriter.Date(row, f.Column, state.Date);
                return true;
            case FieldRule.MonthYear:
                if (v.IsEmpty) return true;
                if (!Utf8Fields.TryMonth(v, out state.Month))
                {
                    error = $"'{Utf8Fields.Show(v)}' is not a month (YYYYMM or YYYY-MM)";
                    return false;
                }
                return true;
            case FieldRule.Year:
                if (v.IsEmpty) return true;
                if (!Utf8Fields.TryInt64(v, out state.Year) || state.Year is < 1800 or > 2200)
                {
                    error = $"'{Utf8Fields.Show(v)}' is not a year (YYYY)";
                    return false;
                }
                return true; // written with MonthYear (TryDates)
            case FieldRule.Fraction:
                state.HasFraction = !v.IsEmpty;
                return FieldWriter.Number(row, f.Column, v, 0, 9999, required: false, out error);
            case FieldRule.RootFlag:
                return TryRootFlag(row, f.Column, v, out error);
            case FieldRule.EventCode:
                if (v.IsEmpty)
                {
                    error = "is empty; a CAMEO event code is required";
                    return false;
                }
                if (!FieldWriter.IsEventCode(v))
                {
                    error = $"'{Utf8Fields.Show(v)}' is not a CAMEO event code (2 to 4 digits, kept as text)";
                    return false;
                }
                if (QuadClasses.FromRoot(Utf8Fields.Number(v[..2])) is null)
                {
                    error = $"'{Utf8Fields.Show(v)}' is not a CAMEO event code: its root {Utf8Fields.Show(v[..2])} is not 01 to 20 " +
                        $"(did it lose a leading zero, '0{Utf8Fields.Show(v)}' read as a number? export EventCode as text)";
                    return false;
                }
                row.Set(f.Column, v);
                return true;
            case FieldRule.BaseCode or FieldRule.RootCode:
                return true; // checked against EventCode, and written from it (TryCodes)
            case FieldRule.Quad:
                state.HasQuad = !v.IsEmpty;
                return FieldWriter.Integer(row, f.Column, v, 1, 4, required: false, out state.Quad, out error);
            case FieldRule.Goldstein:
                state.HasGoldstein = !v.IsEmpty;
                return FieldWriter.Number(row, f.Column, v, -10, 10, required: false, out error);
            case FieldRule.Mentions or FieldRule.Count:
                return FieldWriter.Integer(row, f.Column, v, 0, int.MaxValue, required: false, out _, out error);
            case FieldRule.Tone:
                return FieldWriter.Number(row, f.Column, v, -100, 100, required: false, out error);
            case FieldRule.GeoType:
                return FieldWriter.Integer(row, f.Column, v, 0, 5, required: false, out _, out error);
            case FieldRule.Lat:
                return FieldWriter.Number(row, f.Column, v, -90, 90, required: false, out error);
            case FieldRule.Long:
                return FieldWriter.Number(row, f.Column, v, -180, 180, required: false, out error);
            case FieldRule.DateAdded14 or FieldRule.DateAdded8:
                if (v.IsEmpty) return true;
                if (!Utf8Fields.TryAdded(v, out var time))
                {
                    error = $"'{Utf8Fields.Show(v)}' is not a time (YYYYMMDDHHMMSS, YYYYMMDD or YYYY-MM-DD HH:MM:SS)";
                    return false;
                }
                FieldWriter.Timestamp(row, f.Column, time);
                return true;
            default:
                throw new InvalidOperationException($"no rule for {f.Rule} (column {at + 1})");
        }
    }

    private static bool IsMissing(ReadOnlySpan<byte> v) => v.Length is 2 or 3 && (v.SequenceEqual("NA"u8) || v.SequenceEqual("NaN"u8) || v.SequenceEqual("nan"u8));

    private static bool TryRootFlag(CanonicalRow row, int column, ReadOnlySpan<byte> v, out string error)
    {
        error = "";
        if (v.IsEmpty) return true;
        if (v.SequenceEqual("1"u8) || v.SequenceEqual("0"u8)) row.Set(column, v);
        else if (System.Text.Ascii.EqualsIgnoreCase(v, "true"u8)) row.Set(column, "1"u8);
        else if (System.Text.Ascii.EqualsIgnoreCase(v, "false"u8)) row.Set(column, "0"u8);
        else
        {
            error = $"'{Utf8Fields.Show(v)}' is not 0 or 1";
            return false;
        }
        return true;
    }

    /// <summary>
    /// The date at its precision: a day (MonthYear and Year, where given, must agree with it; where
    /// not, they are derived, with FractionDate), or only a month (event_date NULL, Year derived).
    /// </summary>
    private bool TryDates(CanonicalRow row, ref RowState s, out RowProblem problem)
    {
        problem = default;
        if (s.HasDate)
        {
            var month = (s.Date.Year * 100) + s.Date.Month;
            if (s.Month != 0 && s.Month != month)
            {
                problem = ProblemAt("MonthYear", $"{s.Month} does not match {_header.Layout.NameOf("SQLDATE")} {s.Date:yyyyMMdd}");
                return false;
            }
            s.Month = month;
            if (!s.HasFraction) row.Set(C.FractionDate, IcewsRowParser.FractionDate(s.Date).ToString("0.####", CultureInfo.InvariantCulture));
        }
        else if (s.Month == 0)
        {
            problem = new RowProblem(0, "", HasDay
                ? $"no date: {_header.Layout.NameOf("SQLDATE")}{(Has("MonthYear") ? " and " + _header.Layout.NameOf("MonthYear") + " are" : " is")} empty"
                : $"no month: {_header.Layout.NameOf("MonthYear")} is empty");
            return false;
        }
        var year = s.Month / 100;
        if (s.Year != 0 && s.Year != year)
        {
            problem = ProblemAt("Year", $"{s.Year} does not match {(s.HasDate ? $"{_header.Layout.NameOf("SQLDATE")} {s.Date:yyyyMMdd}" : $"{_header.Layout.NameOf("MonthYear")} {s.Month}")}");
            return false;
        }
        WriteNumber(row, C.MonthYear, s.Month);
        WriteNumber(row, C.Year, year);
        return true;
    }

    /// <summary>
    /// EventBaseCode and EventRootCode must be EventCode's first three and two digits — or the same
    /// numbers with their leading zeros lost (<c>46</c> for <c>046</c>, as pandas and spreadsheets write
    /// them): EventCode keeps its zeros as text, so the codes are written from it. QuadClass, where
    /// given, must be the root's (it always is in GDELT's own rows); where not, it is the root's, and
    /// GoldsteinScale the code's in GDELT's CAMEO table.
    /// </summary>
    private bool TryCodes(ReadOnlySpan<byte> line, CanonicalRow row, RowState s, out RowProblem problem)
    {
        problem = default;
        if (!HasCode)
        {
            if (s.HasQuad) return true;
            problem = ProblemAt("QuadClass", "is empty; without EventCode the quad class is required");
            return false;
        }
        var code = row[C.EventCode];
        var baseCode = code.Length > 3 ? code[..3] : code;
        var root = code[..2];
        if (!SameCode("EventBaseCode", line, baseCode, "the first three digits of", code, out problem)) return false;
        if (!SameCode("EventRootCode", line, root, "the first two digits of", code, out problem)) return false;
        row.Set(C.EventBaseCode, baseCode);
        row.Set(C.EventRootCode, root);
        var quad = QuadClasses.FromRoot(Utf8Fields.Number(root))!.Value;
        if (s.HasQuad && s.Quad != quad)
        {
            var zero = code.Length < 4 && QuadClasses.FromRoot(Utf8Fields.Number(code[..1])) == s.Quad
                ? $"; did EventCode lose a leading zero ('0{Utf8Fields.Show(code)}')?" : "";
            problem = ProblemAt("QuadClass", $"{s.Quad} does not match EventCode '{Utf8Fields.Show(code)}' (root {Utf8Fields.Show(root)} is {QuadClasses.Label(quad)}, quad class {quad}){zero}");
            return false;
        }
        if (!s.HasQuad) row.Reserve(C.QuadClass, 1)[0] = (byte)('0' + quad);
        if (!s.HasGoldstein)
        {
            if (CameoGoldstein(code) is not { } g)
            {
                problem = ProblemAt("GoldsteinScale", $"is not given, and EventCode '{Utf8Fields.Show(code)}' is not in GDELT's CAMEO table to give it");
                return false;
            }
            WriteGoldstein(row, g);
        }
        return true;
    }

    private bool SameCode(string gdelt, ReadOnlySpan<byte> line, ReadOnlySpan<byte> expected, string what, ReadOnlySpan<byte> code, out RowProblem problem)
    {
        problem = default;
        var at = At(gdelt);
        if (at < 0) return true;
        var given = _fields[line, at];
        if (given.IsEmpty || given.SequenceEqual(expected)) return true;
        // The same number without its leading zeros: a code read as a number on its way here.
        if (given.Length < expected.Length && Utf8Fields.IsDigits(given) && Utf8Fields.Number(given) == Utf8Fields.Number(expected)) return true;
        problem = new RowProblem(at + 1, _header.Names[at], $"'{Utf8Fields.Show(given)}' is not {what} EventCode '{Utf8Fields.Show(code)}'");
        return false;
    }

    private static void WriteNumber(CanonicalRow row, int column, long value)
    {
        Span<byte> digits = stackalloc byte[20];
        System.Buffers.Text.Utf8Formatter.TryFormat(value, digits, out var n);
        row.SetInteger(column, digits[..n], value);
    }

    private static void WriteGoldstein(CanonicalRow row, double value)
    {
        Span<byte> text = stackalloc byte[32];
        value.TryFormat(text, out var n, "R", CultureInfo.InvariantCulture);
        row.SetNumber(C.GoldsteinScale, text[..n], value);
    }

    // GDELT's Goldstein score per code, by (length, number): no string per row.
    private static readonly double[] Goldstein = BuildGoldstein();

    private static double? CameoGoldstein(ReadOnlySpan<byte> code)
    {
        var g = Goldstein[((code.Length - 2) * 10_000) + Utf8Fields.Number(code)];
        return double.IsNaN(g) ? null : g;
    }

    private static double[] BuildGoldstein()
    {
        var table = new double[30_000];
        Array.Fill(table, double.NaN);
        foreach (var c in CameoEventCodes.All.Values)
            if (c.Goldstein is { } g) table[((c.Code.Length - 2) * 10_000) + int.Parse(c.Code, CultureInfo.InvariantCulture)] = g;
        return table;
    }
}
