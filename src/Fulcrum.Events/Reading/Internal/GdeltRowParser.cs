using C = Fulcrum.Events.Schema.EventColumns;

namespace Fulcrum.Events.Reading.Internal;

/// <summary>Reads GDELT 1.0 (57/58 fields) and 2.0 (61 fields) event rows.</summary>
internal sealed partial class GdeltRowParser(EventFormat format, IReadOnlyList<GdeltField> layout) : RowParser
{
    private readonly GdeltField[] _layout = [.. layout];
    private readonly byte[] _formatName = System.Text.Encoding.UTF8.GetBytes(format.Name());

    public override EventFormat Format => format;

    public int FieldCount => _layout.Length;

    public override bool TryParse(ReadOnlySpan<byte> line, long lineNumber, CanonicalRow row, out RowProblem problem)
    {
        if (!TrySplit(line, out var fields, out problem)) return false;
        if (fields != _layout.Length)
        {
            problem = new RowProblem(0, "", $"{fields} tab-separated fields; {format.Label()} rows have {_layout.Length}{CountHint(fields)}");
            return false;
        }
        row.Clear();
        row.Set(C.Dataset, "gdelt"u8);
        var state = new RowState();
        foreach (var f in _layout)
        {
            if (!TryField(f, Field(line, f.Position), row, ref state, out var error))
            {
                problem = new RowProblem(f.Position + 1, f.Name, error);
                return false;
            }
        }
        if (!TryCrossChecks(row, state, out problem)) return false;
        row.Set(C.SourceFormat, _formatName);
        SetLine(row, lineNumber);
        return true;
    }

    private string CountHint(int fields) => (format, fields) switch
    {
        (EventFormat.Gdelt2, 57 or 58) => " (this looks like a GDELT 1.0 row: read the file as gdelt1, or let its format be detected)",
        (EventFormat.Gdelt1, 61) => " (this looks like a GDELT 2.0 row: read the file as gdelt2, or let its format be detected)",
        (EventFormat.Gdelt1, 57 or 58) => " (a 1.0 file keeps one layout: 58 fields with SOURCEURL from April 2013, 57 before)",
        _ => "",
    };

    /// <summary>What the cross-field checks need from the fields.</summary>
    private struct RowState
    {
        public DateOnly Date;
        public long MonthYear;
        public long Year;
        public int MonthYearAt;
        public int YearAt;
    }
}
