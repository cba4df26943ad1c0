using System.Text;
using Fulcrum.Events.Schema;

namespace Fulcrum.Events.Reading;

/// <summary>
/// A validated event row in canonical text: one UTF-8 value per events-table column (see
/// <see cref="EventColumns"/>), empty meaning NULL. Integers are plain decimals, doubles decimal
/// (or with an exponent), dates <c>YYYY-MM-DD</c>, timestamps <c>YYYY-MM-DD HH:MM:SS</c>,
/// booleans <c>0</c>/<c>1</c>; text never holds a tab, CR or LF. A store loads rows either value by
/// value (the <c>As…</c> accessors give the typed values without parsing again) or as tab-separated
/// lines for its own bulk loader (<see cref="WriteTsv"/>). One instance is reused for every row.
/// </summary>
public sealed partial class CanonicalRow
{
    private readonly int[] _start = new int[EventColumns.Count];
    private readonly int[] _length = new int[EventColumns.Count];
    // The typed value a reader already parsed, so a loader does not parse the text again.
    private readonly TypedValue[] _typed = new TypedValue[EventColumns.Count];
    private readonly long[] _integer = new long[EventColumns.Count];
    private readonly double[] _number = new double[EventColumns.Count];
    private byte[] _buffer = new byte[1024];
    private int _used;

    /// <summary>The value of a column as canonical UTF-8 text; empty when NULL.</summary>
    public ReadOnlySpan<byte> this[int column] => _buffer.AsSpan(_start[column], _length[column]);

    public bool IsNull(int column) => _length[column] == 0;

    /// <summary>The value of a column as a string, or null.</summary>
    public string? Text(int column) => IsNull(column) ? null : Encoding.UTF8.GetString(this[column]);

    /// <summary>The length of <see cref="WriteTsv"/>'s output: every value, a tab between, a final LF.</summary>
    public int TsvLength
    {
        get
        {
            var n = EventColumns.Count;
            for (var c = 0; c < EventColumns.Count; c++) n += _length[c];
            return n;
        }
    }

    /// <summary>Writes the row as one tab-separated line ending in LF; returns the bytes written.</summary>
    public int WriteTsv(Span<byte> destination)
    {
        var at = 0;
        for (var c = 0; c < EventColumns.Count; c++)
        {
            this[c].CopyTo(destination[at..]);
            at += _length[c];
            destination[at++] = c == EventColumns.Count - 1 ? (byte)'\n' : (byte)'\t';
        }
        return at;
    }

    internal void Clear()
    {
        _used = 0;
        Array.Clear(_length);
        Array.Clear(_typed);
    }

    internal void SetInteger(int column, ReadOnlySpan<byte> text, long value)
    {
        Set(column, text);
        _integer[column] = value;
        _typed[column] = TypedValue.Integer;
    }

    internal void SetNumber(int column, ReadOnlySpan<byte> text, double value)
    {
        Set(column, text);
        _number[column] = value;
        _typed[column] = TypedValue.Number;
    }

    internal void SetDate(int column, DateOnly date)
    {
        Internal.Utf8Fields.WriteDate(date, Reserve(column, 10));
        _integer[column] = date.DayNumber;
        _typed[column] = TypedValue.Date;
    }

    internal void SetTimestamp(int column, DateTime time)
    {
        Internal.Utf8Fields.WriteTimestamp(time, Reserve(column, 19));
        _integer[column] = time.Ticks;
        _typed[column] = TypedValue.Timestamp;
    }

    private enum TypedValue : byte { None, Integer, Number, Date, Timestamp }

    internal void Set(int column, ReadOnlySpan<byte> value) => value.CopyTo(Reserve(column, value.Length));

    internal void Set(int column, string? value)
    {
        if (string.IsNullOrEmpty(value)) return;
        var span = Reserve(column, Encoding.UTF8.GetByteCount(value));
        Encoding.UTF8.GetBytes(value, span);
    }

    /// <summary>Space for a value of <paramref name="length"/> bytes, to be written by the caller.</summary>
    internal Span<byte> Reserve(int column, int length)
    {
        if (_used + length > _buffer.Length) Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _used + length));
        _start[column] = _used;
        _length[column] = length;
        _used += length;
        return _buffer.AsSpan(_start[column], length);
    }
}
