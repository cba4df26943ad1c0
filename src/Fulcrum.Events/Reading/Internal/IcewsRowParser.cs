using System.Globalization;
using System.Text;
using C = Fulcrum.Events.Schema.EventColumns;

namespace Fulcrum.Events.Reading.Internal;

/// <summary>
/// Reads ICEWS event rows into the GDELT-shaped canonical row: country names become CAMEO codes,
/// sectors a CAMEO type, the root code a quad class, Intensity the Goldstein score; "NA" is NULL.
/// </summary>
internal sealed partial class IcewsRowParser(IcewsLayout layout) : RowParser
{
    public override EventFormat Format => EventFormat.Icews;

    public override bool TryParse(ReadOnlySpan<byte> line, long lineNumber, CanonicalRow row, out RowProblem problem)
    {
        if (!TrySplit(line, out var fields, out problem)) return false;
        if (fields != layout.FieldCount)
        {
            problem = new RowProblem(0, "", $"{fields} tab-separated fields; the header names {layout.FieldCount}");
            return false;
        }
        row.Clear();
        row.Set(C.Dataset, "icews"u8);
        string? error;
        if (!FieldWriter.Integer(row, C.EventId, Get(line, "Event ID"), 1, long.MaxValue, required: true, out _, out var e))
            return Fail("Event ID", e, out problem);
        if (!TryDate(row, Get(line, "Event Date"), out error)) return Fail("Event Date", error, out problem);
        if (!TryActor(row, line, "Source", C.Actor1Code, C.Actor1Sectors, out var field, out error)) return Fail(field, error, out problem);
        if (!TryActor(row, line, "Target", C.Actor2Code, C.Actor2Sectors, out field, out error)) return Fail(field, error, out problem);
        if (!TryCode(row, Get(line, "CAMEO Code"), out error)) return Fail("CAMEO Code", error, out problem);
        if (!FieldWriter.Number(row, C.GoldsteinScale, Get(line, "Intensity"), -10, 10, required: true, out e))
            return Fail("Intensity", e, out problem);
        if (!TryOptional(row, line, out field, out error)) return Fail(field, error, out problem);
        row.Set(C.SourceFormat, "icews"u8);
        SetLine(row, lineNumber);
        return true;
    }

    private bool Fail(string field, string? reason, out RowProblem problem)
    {
        problem = new RowProblem(layout[field] + 1, field, reason ?? "is not valid");
        return false;
    }

    /// <summary>A field's value, with ICEWS's "NA" read as empty.</summary>
    private ReadOnlySpan<byte> Get(ReadOnlySpan<byte> line, string name)
    {
        var at = layout[name];
        if (at < 0) return default;
        var v = Field(line, at);
        return v.SequenceEqual("NA"u8) ? default : v;
    }

    private static string? Text(ReadOnlySpan<byte> v) => v.IsEmpty ? null : Encoding.UTF8.GetString(v);

    private static bool TryDate(CanonicalRow row, ReadOnlySpan<byte> v, out string? error)
    {
        error = null;
        if (!Utf8Fields.TryIsoDate(v, out var date))
        {
            error = $"'{Utf8Fields.Show(v)}' is not a date (YYYY-MM-DD)";
            return false;
        }
        FieldWriter.Date(row, C.EventDate, date);
        row.Set(C.MonthYear, ((date.Year * 100) + date.Month).ToString(CultureInfo.InvariantCulture));
        row.Set(C.Year, date.Year.ToString(CultureInfo.InvariantCulture));
        row.Set(C.FractionDate, FractionDate(date).ToString("0.####", CultureInfo.InvariantCulture));
        return true;
    }

    /// <summary>GDELT's FractionDate: YYYY + ((MM − 1)·30 + DD)/365 to four decimals (checked against real GDELT rows in the tests).</summary>
    public static double FractionDate(DateOnly date) =>
        Math.Round(date.Year + ((((date.Month - 1) * 30) + date.Day) / 365.0), 4, MidpointRounding.AwayFromZero);
}
