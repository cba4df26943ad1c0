using System.Globalization;

namespace Fulcrum.Events.Reading.Internal;

/// <summary>
/// Strict parsing of field text straight from UTF-8 bytes (no string per field). Every form a parser
/// here accepts is one the stores' own loaders read the same way, so what is validated is what is stored.
/// </summary>
internal static partial class Utf8Fields
{
    public static bool IsDigit(byte b) => b is >= (byte)'0' and <= (byte)'9';

    public static bool IsDigits(ReadOnlySpan<byte> s)
    {
        if (s.IsEmpty) return false;
        foreach (var b in s)
            if (!IsDigit(b)) return false;
        return true;
    }

    /// <summary>An optional minus and 1–18 digits (no plus, spaces or separators).</summary>
    public static bool TryInt64(ReadOnlySpan<byte> s, out long value)
    {
        value = 0;
        var negative = s.Length > 0 && s[0] == '-';
        var digits = negative ? s[1..] : s;
        if (digits.Length is 0 or > 18 || !IsDigits(digits)) return false;
        long v = 0;
        foreach (var b in digits) v = (v * 10) + (b - '0');
        value = negative ? -v : v;
        return true;
    }

    public static bool TryInt32(ReadOnlySpan<byte> s, out int value)
    {
        value = 0;
        if (!TryInt64(s, out var v) || v is < int.MinValue or > int.MaxValue) return false;
        value = (int)v;
        return true;
    }

    /// <summary>A finite number; <paramref name="plain"/> says it is written <c>-?\d+(\.\d+)?([eE][-+]?\d+)?</c>.</summary>
    public static bool TryDouble(ReadOnlySpan<byte> s, out double value, out bool plain)
    {
        plain = IsPlainNumber(s);
        if (!double.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
                CultureInfo.InvariantCulture, out value)) return false;
        return double.IsFinite(value);
    }

    private static bool IsPlainNumber(ReadOnlySpan<byte> s)
    {
        var i = 0;
        if (i < s.Length && s[i] == '-') i++;
        var start = i;
        while (i < s.Length && IsDigit(s[i])) i++;
        if (i == start) return false;
        if (i < s.Length && s[i] == '.')
        {
            var frac = ++i;
            while (i < s.Length && IsDigit(s[i])) i++;
            if (i == frac) return false;
        }
        if (i < s.Length && (s[i] == 'e' || s[i] == 'E'))
        {
            i++;
            if (i < s.Length && (s[i] == '-' || s[i] == '+')) i++;
            var exp = i;
            while (i < s.Length && IsDigit(s[i])) i++;
            if (i == exp) return false;
        }
        return i == s.Length;
    }

    /// <summary>Exactly eight digits forming a real date, YYYYMMDD, year 1800–2200.</summary>
    public static bool TryDate8(ReadOnlySpan<byte> s, out DateOnly date)
    {
        date = default;
        if (s.Length != 8 || !IsDigits(s)) return false;
        return TryDate(Number(s[..4]), Number(s[4..6]), Number(s[6..8]), out date);
    }

    /// <summary>Exactly fourteen digits forming a real date and time, YYYYMMDDHHMMSS.</summary>
    public static bool TryTimestamp14(ReadOnlySpan<byte> s, out DateTime time)
    {
        time = default;
        if (s.Length != 14 || !IsDigits(s) || !TryDate8(s[..8], out var date)) return false;
        int h = Number(s[8..10]), m = Number(s[10..12]), sec = Number(s[12..14]);
        if (h > 23 || m > 59 || sec > 59) return false;
        time = date.ToDateTime(new TimeOnly(h, m, sec), DateTimeKind.Utc);
        return true;
    }

    /// <summary>An ISO date, YYYY-MM-DD (ICEWS).</summary>
    public static bool TryIsoDate(ReadOnlySpan<byte> s, out DateOnly date)
    {
        date = default;
        if (s.Length != 10 || s[4] != '-' || s[7] != '-') return false;
        if (!IsDigits(s[..4]) || !IsDigits(s[5..7]) || !IsDigits(s[8..10])) return false;
        return TryDate(Number(s[..4]), Number(s[5..7]), Number(s[8..10]), out date);
    }

    internal static bool TryDate(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year is < 1800 or > 2200 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    internal static int Number(ReadOnlySpan<byte> digits)
    {
        var v = 0;
        foreach (var b in digits) v = (v * 10) + (b - '0');
        return v;
    }

    /// <summary>Writes <c>YYYY-MM-DD</c> (10 bytes).</summary>
    public static void WriteDate(DateOnly date, Span<byte> dest)
    {
        Write4(date.Year, dest);
        dest[4] = (byte)'-';
        Write2(date.Month, dest[5..]);
        dest[7] = (byte)'-';
        Write2(date.Day, dest[8..]);
    }

    /// <summary>Writes <c>YYYY-MM-DD HH:MM:SS</c> (19 bytes).</summary>
    public static void WriteTimestamp(DateTime time, Span<byte> dest)
    {
        WriteDate(DateOnly.FromDateTime(time), dest);
        dest[10] = (byte)' ';
        Write2(time.Hour, dest[11..]);
        dest[13] = (byte)':';
        Write2(time.Minute, dest[14..]);
        dest[16] = (byte)':';
        Write2(time.Second, dest[17..]);
    }

    private static void Write4(int v, Span<byte> d)
    {
        d[0] = (byte)('0' + (v / 1000));
        d[1] = (byte)('0' + (v / 100 % 10));
        d[2] = (byte)('0' + (v / 10 % 10));
        d[3] = (byte)('0' + (v % 10));
    }

    private static void Write2(int v, Span<byte> d)
    {
        d[0] = (byte)('0' + (v / 10));
        d[1] = (byte)('0' + (v % 10));
    }

    /// <summary>A field's text for a message: at most 40 characters, invalid UTF-8 replaced.</summary>
    public static string Show(ReadOnlySpan<byte> s)
    {
        var text = System.Text.Encoding.UTF8.GetString(s.Length > 160 ? s[..160] : s);
        return text.Length > 40 ? text[..40] + "…" : text;
    }
}
