using System.Buffers;
using System.Text;

namespace Fulcrum.Events.Reading.Internal;

/// <summary>How a record split.</summary>
internal enum CsvSplit
{
    /// <summary>Every field found.</summary>
    Done,
    /// <summary>A quoted field is still open at the end: the record goes on on the next line.</summary>
    Open,
    /// <summary>Text follows a closing quote before the delimiter (<see cref="CsvFields.BadField"/> says which field).</summary>
    Bad,
}

/// <summary>
/// Splits one record of a delimited file with a header (RFC 4180 quoting, as BigQuery, pandas and R
/// write it): a field that begins with a double quote runs to the next quote not doubled, and may hold
/// the delimiter, quotes (doubled) and line breaks; a quote anywhere else is an ordinary character (as
/// in GDELT's own files). A tab, CR or LF left in a value becomes a space: the store's text never
/// holds one. Values are views of the record, or of this object's buffer for fields it had to
/// rewrite; valid until the next split. One instance per reader.
/// </summary>
internal sealed class CsvFields(byte delimiter)
{
    private static readonly SearchValues<byte> SpecialInCsv = SearchValues.Create("\"\t\r\n"u8);
    private static readonly SearchValues<byte> SpecialInTsv = SearchValues.Create("\"\r\n"u8);
    private static readonly SearchValues<byte> Rewritten = SearchValues.Create("\t\r\n"u8);

    private int[] _start = new int[64];
    private int[] _end = new int[64];
    private bool[] _copied = new bool[64];
    private byte[] _scratch = new byte[4096];
    private int _used;

    public byte Delimiter => delimiter;

    /// <summary>The number of fields of the last split.</summary>
    public int Count { get; private set; }

    /// <summary>The 1-based field a <see cref="CsvSplit.Bad"/> split stopped at.</summary>
    public int BadField { get; private set; }

    /// <summary>Field <paramref name="i"/> of the record last split.</summary>
    public ReadOnlySpan<byte> this[ReadOnlySpan<byte> record, int i] =>
        _copied[i] ? _scratch.AsSpan(_start[i], _end[i] - _start[i]) : record[_start[i].._end[i]];

    /// <summary>Splits <paramref name="record"/> (its line breaks as LF).</summary>
    public CsvSplit Split(ReadOnlySpan<byte> record)
    {
        Count = 0;
        _used = 0;
        // Most records hold nothing to unquote or rewrite: split them on the delimiter alone.
        if (record.IndexOfAny(delimiter == '\t' ? SpecialInTsv : SpecialInCsv) < 0)
        {
            var start = 0;
            while (true)
            {
                var at = record[start..].IndexOf(delimiter);
                var end = at < 0 ? record.Length : start + at;
                Add(start, end, copied: false);
                if (at < 0) return CsvSplit.Done;
                start = end + 1;
            }
        }
        return SplitCarefully(record);
    }

    private CsvSplit SplitCarefully(ReadOnlySpan<byte> record)
    {
        var pos = 0;
        while (true)
        {
            if (pos < record.Length && record[pos] == '"')
            {
                var from = _used;
                var p = pos + 1;
                while (true)
                {
                    var q = record[p..].IndexOf((byte)'"');
                    if (q < 0) return CsvSplit.Open;
                    Append(record.Slice(p, q));
                    p += q + 1;
                    if (p < record.Length && record[p] == '"')
                    {
                        Append("\""u8);
                        p++;
                        continue;
                    }
                    break;
                }
                Clean(_scratch.AsSpan(from, _used - from));
                Add(from, _used, copied: true);
                if (p == record.Length) return CsvSplit.Done;
                if (record[p] != delimiter)
                {
                    BadField = Count;
                    return CsvSplit.Bad;
                }
                pos = p + 1;
            }
            else
            {
                var at = record[pos..].IndexOf(delimiter);
                var end = at < 0 ? record.Length : pos + at;
                var value = record[pos..end];
                if (value.IndexOfAny(Rewritten) >= 0)
                {
                    var from = _used;
                    Append(value);
                    Clean(_scratch.AsSpan(from, value.Length));
                    Add(from, _used, copied: true);
                }
                else Add(pos, end, copied: false);
                if (at < 0) return CsvSplit.Done;
                pos = end + 1;
            }
        }
    }

    /// <summary>Whether a record ends inside a quoted field (it goes on on the next line).</summary>
    public bool EndsOpen(ReadOnlySpan<byte> record)
    {
        // An even number of quotes closes every quoted field of a well-formed record: only an odd one needs the full scan.
        if ((record.Count((byte)'"') & 1) == 0) return false;
        var saved = (Count, _used);
        var open = SplitCarefully(record) == CsvSplit.Open;
        (Count, _used) = saved;
        return open;
    }

    /// <summary>The names of a header row (unquoted, trimmed, a byte order mark removed).</summary>
    public static string[] SplitHeader(ReadOnlySpan<byte> line, byte delimiter)
    {
        var fields = new CsvFields(delimiter);
        fields.Split(line);
        var names = new string[fields.Count];
        for (var i = 0; i < names.Length; i++) names[i] = Encoding.UTF8.GetString(fields[line, i]).Trim().Trim('\uFEFF').Trim();
        return names;
    }

    private static void Clean(Span<byte> value)
    {
        value.Replace((byte)'\n', (byte)' ');
        value.Replace((byte)'\r', (byte)' ');
        value.Replace((byte)'\t', (byte)' ');
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        if (_used + bytes.Length > _scratch.Length) Array.Resize(ref _scratch, Math.Max(_scratch.Length * 2, _used + bytes.Length));
        bytes.CopyTo(_scratch.AsSpan(_used));
        _used += bytes.Length;
    }

    private void Add(int start, int end, bool copied)
    {
        if (Count == _start.Length)
        {
            Array.Resize(ref _start, Count * 2);
            Array.Resize(ref _end, Count * 2);
            Array.Resize(ref _copied, Count * 2);
        }
        _start[Count] = start;
        _end[Count] = end;
        _copied[Count] = copied;
        Count++;
    }
}
