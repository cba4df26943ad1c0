using System.Globalization;

namespace Fulcrum.Events.Reading.Internal;

/// <summary>Checks one field's text and writes its canonical form into a row; the error names the value.</summary>
internal static class FieldWriter
{
    public static bool Integer(CanonicalRow row, int column, ReadOnlySpan<byte> v, long min, long max, bool required, out long value, out string error)
    {
        error = "";
        value = 0;
        if (v.IsEmpty)
        {
            if (required) error = "is empty; a whole number is required";
            return !required;
        }
        if (!Utf8Fields.TryInt64(v, out value))
        {
            error = $"'{Utf8Fields.Show(v)}' is not a whole number";
            return false;
        }
        if (value < min || value > max)
        {
            error = $"{value} is outside {min}..{max}";
            return false;
        }
        row.SetInteger(column, v, value);
        return true;
    }

    public static bool Number(CanonicalRow row, int column, ReadOnlySpan<byte> v, double min, double max, bool required, out string error)
    {
        error = "";
        if (v.IsEmpty)
        {
            if (required) error = "is empty; a number is required";
            return !required;
        }
        if (!Utf8Fields.TryDouble(v, out var value, out var plain))
        {
            error = $"'{Utf8Fields.Show(v)}' is not a number";
            return false;
        }
        if (value < min || value > max)
        {
            error = $"{value.ToString(CultureInfo.InvariantCulture)} is outside {min.ToString(CultureInfo.InvariantCulture)}..{max.ToString(CultureInfo.InvariantCulture)}";
            return false;
        }
        if (plain)
        {
            row.SetNumber(column, v, value);
            return true;
        }
        // Accepted but unusual (+5, .5, 5.): written in the one form every store reads.
        Span<byte> text = stackalloc byte[32];
        value.TryFormat(text, out var n, "R", CultureInfo.InvariantCulture);
        row.SetNumber(column, text[..n], value);
        return true;
    }

    public static void Date(CanonicalRow row, int column, DateOnly date) => row.SetDate(column, date);

    public static void Timestamp(CanonicalRow row, int column, DateTime time) => row.SetTimestamp(column, time);

    /// <summary>A CAMEO event code: 2 to 4 digits, kept as text.</summary>
    public static bool IsEventCode(ReadOnlySpan<byte> v) => v.Length is >= 2 and <= 4 && Utf8Fields.IsDigits(v);
}
