using System.Buffers.Text;
using System.Text;
using System.Text.Unicode;

namespace Fulcrum.Events.Reading.Internal;

/// <summary>Why one row was rejected: the 1-based field (0 = the whole line), its name, the reason.</summary>
internal readonly record struct RowProblem(int Column, string ColumnName, string Reason);

/// <summary>Turns one data line of a format into a canonical row, or says why it cannot.</summary>
internal abstract class RowParser
{
    private int[] _starts = new int[64];
    private int[] _ends = new int[64];

    public abstract EventFormat Format { get; }

    /// <summary>Fills <paramref name="row"/> from <paramref name="line"/>; false with the problem when the row is bad.</summary>
    public abstract bool TryParse(ReadOnlySpan<byte> line, long lineNumber, CanonicalRow row, out RowProblem problem);

    /// <summary>Whether a record goes on on the next line (a quoted field still open); never, in the tab-separated formats.</summary>
    public virtual bool GoesOn(ReadOnlySpan<byte> record) => false;

    protected ReadOnlySpan<byte> Field(ReadOnlySpan<byte> line, int i) => line[_starts[i].._ends[i]];

    /// <summary>Checks what every format needs of a line (valid UTF-8, no CR or NUL) and splits it on tabs.</summary>
    protected bool TrySplit(ReadOnlySpan<byte> line, out int fields, out RowProblem problem)
    {
        fields = 0;
        if (!TryCheckBytes(line, out problem)) return false;
        fields = line.Count((byte)'\t') + 1;
        if (fields > _starts.Length)
        {
            _starts = new int[fields];
            _ends = new int[fields];
        }
        var start = 0;
        for (var i = 0; i < fields; i++)
        {
            var tab = line[start..].IndexOf((byte)'\t');
            var end = tab < 0 ? line.Length : start + tab;
            _starts[i] = start;
            _ends[i] = end;
            start = end + 1;
        }
        return true;
    }

    /// <summary>A line, or a record of several: valid UTF-8, no NUL, and (unless <paramref name="allowBreaks"/>, for quoted fields) no CR.</summary>
    protected static bool TryCheckBytes(ReadOnlySpan<byte> line, out RowProblem problem, bool allowBreaks = false)
    {
        problem = default;
        if (line.IsEmpty)
        {
            problem = new RowProblem(0, "", "empty line");
            return false;
        }
        if (!Utf8.IsValid(line))
        {
            var at = FirstInvalidUtf8(line);
            problem = new RowProblem(ColumnAt(line, at), "",
                $"invalid UTF-8 (byte 0x{line[at]:X2} at byte {at + 1} of the line): the file is not UTF-8; convert it, e.g. iconv -f latin1 -t utf-8");
            return false;
        }
        var bad = allowBreaks ? line.IndexOf((byte)0) : line.IndexOfAny((byte)'\r', (byte)0);
        if (bad >= 0)
        {
            var what = line[bad] == 0 ? "a NUL byte" : "a carriage return (CR) inside the line";
            problem = new RowProblem(ColumnAt(line, bad), "", $"{what} at byte {bad + 1}: rows are one line of tab-separated text");
            return false;
        }
        return true;
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> line)
    {
        var at = 0;
        while (at < line.Length)
        {
            if (Rune.DecodeFromUtf8(line[at..], out _, out var used) != System.Buffers.OperationStatus.Done) return at;
            at += used;
        }
        return 0;
    }

    /// <summary>The 1-based tab-separated field that byte <paramref name="at"/> falls in.</summary>
    protected static int ColumnAt(ReadOnlySpan<byte> line, int at) => line[..at].Count((byte)'\t') + 1;

    protected static void SetLine(CanonicalRow row, long lineNumber)
    {
        Span<byte> digits = stackalloc byte[20];
        Utf8Formatter.TryFormat(lineNumber, digits, out var n);
        row.Set(Schema.EventColumns.SourceLine, digits[..n]);
    }
}
