namespace Fulcrum.Events.Reading.Internal;

internal static partial class Utf8Fields
{
    // The forms dates take in files with a header: GDELT's own digits (BigQuery exports SQLDATE,
    // MonthYear and DATEADDED as integers) or ISO text (a date parsed by pandas, R or BigQuery SQL).

    /// <summary>A day: <c>YYYYMMDD</c> or <c>YYYY-MM-DD</c>.</summary>
    public static bool TryDay(ReadOnlySpan<byte> s, out DateOnly date) =>
        s.Length == 8 ? TryDate8(s, out date) : TryIsoDate(s, out date);

    /// <summary>A month as <c>YYYYMM</c> (GDELT's MonthYear) or <c>YYYY-MM</c>; the value is YYYYMM.</summary>
    public static bool TryMonth(ReadOnlySpan<byte> s, out int yyyymm)
    {
        yyyymm = 0;
        int year, month;
        if (s.Length == 6 && IsDigits(s)) (year, month) = (Number(s[..4]), Number(s[4..]));
        else if (s.Length == 7 && s[4] == '-' && IsDigits(s[..4]) && IsDigits(s[5..])) (year, month) = (Number(s[..4]), Number(s[5..]));
        else return false;
        if (year is < 1800 or > 2200 || month is < 1 or > 12) return false;
        yyyymm = (year * 100) + month;
        return true;
    }

    /// <summary>
    /// When GDELT added an event: <c>YYYYMMDDHHMMSS</c> (2.0), <c>YYYYMMDD</c> (1.0, midnight), or
    /// <c>YYYY-MM-DD HH:MM:SS</c> (a <c>T</c> for the space, and a trailing <c>Z</c>, <c>+00:00</c> or
    /// <c> UTC</c> as BigQuery writes timestamps, accepted); always UTC.
    /// </summary>
    public static bool TryAdded(ReadOnlySpan<byte> s, out DateTime time)
    {
        time = default;
        if (s.Length == 14) return TryTimestamp14(s, out time);
        if (s.Length == 8)
        {
            if (!TryDate8(s, out var day)) return false;
            time = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            return true;
        }
        if (s.EndsWith(" UTC"u8)) s = s[..^4];
        else if (s.EndsWith("+00:00"u8)) s = s[..^6];
        else if (s.EndsWith("Z"u8)) s = s[..^1];
        if (s.Length != 19 || (s[10] != ' ' && s[10] != 'T') || s[13] != ':' || s[16] != ':') return false;
        if (!TryIsoDate(s[..10], out var date) || !IsDigits(s[11..13]) || !IsDigits(s[14..16]) || !IsDigits(s[17..19])) return false;
        int h = Number(s[11..13]), m = Number(s[14..16]), sec = Number(s[17..19]);
        if (h > 23 || m > 59 || sec > 59) return false;
        time = date.ToDateTime(new TimeOnly(h, m, sec), DateTimeKind.Utc);
        return true;
    }
}
