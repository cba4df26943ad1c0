using System.Globalization;
using Fulcrum.Events.Reading.Internal;

namespace Fulcrum.Events.Reading;

public sealed partial class CanonicalRow
{
    // Typed values straight from the canonical text, without allocating: what a store's loader
    // needs to fill its own columns. Each returns null for NULL (an empty value).

    public long? AsInt64(int column) =>
        _typed[column] == TypedValue.Integer ? _integer[column] : Utf8Fields.TryInt64(this[column], out var v) ? v : null;

    public int? AsInt32(int column) =>
        _typed[column] == TypedValue.Integer ? (int)_integer[column] : Utf8Fields.TryInt32(this[column], out var v) ? v : null;

    public double? AsDouble(int column) =>
        _typed[column] == TypedValue.Number ? _number[column]
        : !IsNull(column) && double.TryParse(this[column], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;

    public bool? AsBool(int column) => IsNull(column) ? null : this[column][0] == '1';

    /// <summary>A canonical date, <c>YYYY-MM-DD</c>.</summary>
    public DateOnly? AsDate(int column) =>
        _typed[column] == TypedValue.Date ? DateOnly.FromDayNumber((int)_integer[column]) : IsNull(column) ? null : DateAt(this[column]);

    /// <summary>A canonical timestamp, <c>YYYY-MM-DD HH:MM:SS</c>, as UTC.</summary>
    public DateTime? AsTimestamp(int column)
    {
        if (_typed[column] == TypedValue.Timestamp) return new DateTime(_integer[column], DateTimeKind.Utc);
        if (IsNull(column)) return null;
        var s = this[column];
        return DateAt(s).ToDateTime(new TimeOnly(Two(s, 11), Two(s, 14), Two(s, 17)), DateTimeKind.Utc);
    }

    private static DateOnly DateAt(ReadOnlySpan<byte> s) => new((Two(s, 0) * 100) + Two(s, 2), Two(s, 5), Two(s, 8));

    private static int Two(ReadOnlySpan<byte> s, int at) => ((s[at] - '0') * 10) + (s[at + 1] - '0');
}
