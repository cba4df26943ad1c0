using System.Text;
using C = Fulcrum.Events.Schema.EventColumns;

namespace Fulcrum.Events.Reading.Internal;

/// <summary>
/// Reads the rows of a GDELT file with a header (<see cref="EventFormat.GdeltCsv"/>): each column by
/// the field its header name stands for (<see cref="HeaderLayout"/>), columns it does not know
/// ignored. What the file lacks is derived where GDELT derives it — MonthYear, Year and FractionDate
/// from the day; EventBaseCode, EventRootCode, QuadClass and GoldsteinScale from EventCode — or left
/// NULL. A row with only a month (MonthYear, no SQLDATE) keeps that precision: its event_date is
/// NULL, never a made-up day.
/// </summary>
internal sealed partial class HeaderRowParser : RowParser
{
    private static readonly byte[] FormatName = Encoding.UTF8.GetBytes(EventFormat.GdeltCsv.Name());

    private readonly HeaderMatch _header;
    private readonly CsvFields _fields;
    private readonly GdeltField?[] _columns;
    private readonly Dictionary<string, int> _at;

    public HeaderRowParser(HeaderMatch header)
    {
        _header = header;
        _fields = new CsvFields(header.Delimiter);
        _columns = header.Fields;
        _at = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < _columns.Length; i++)
            if (_columns[i] is { } f) _at.TryAdd(f.Name, i);
        HasDay = Has("SQLDATE");
        HasCode = Has("EventCode");
    }

    public override EventFormat Format => EventFormat.GdeltCsv;

    private bool HasDay { get; }

    private bool HasCode { get; }

    private bool Has(string gdelt) => _at.ContainsKey(gdelt);

    /// <summary>The 0-based column of a GDELT field, or −1.</summary>
    private int At(string gdelt) => _at.GetValueOrDefault(gdelt, -1);

    public override bool GoesOn(ReadOnlySpan<byte> record) => _fields.EndsOpen(record);

    public override bool TryParse(ReadOnlySpan<byte> line, long lineNumber, CanonicalRow row, out RowProblem problem)
    {
        if (!TryCheckBytes(line, out problem, allowBreaks: true))
        {
            problem = problem with { Column = 0 };
            return false;
        }
        switch (_fields.Split(line))
        {
            case CsvSplit.Open:
                problem = new RowProblem(_fields.Count + 1, Name(_fields.Count), "a quoted field opens and never closes (a quote missing, or the file cut short)");
                return false;
            case CsvSplit.Bad:
                problem = new RowProblem(_fields.BadField, Name(_fields.BadField - 1), "text after the closing quote; a quoted field ends at its quote, then the delimiter");
                return false;
        }
        if (_fields.Count != _columns.Length)
        {
            problem = new RowProblem(0, "", $"{_fields.Count} fields; the header names {_columns.Length}{(_fields.Count < _columns.Length && line.IndexOf((byte)'"') < 0 ? "" : " (a delimiter inside a field that is not quoted?)")}");
            return false;
        }
        row.Clear();
        row.Set(C.Dataset, "gdelt"u8);
        var state = new RowState();
        for (var i = 0; i < _columns.Length; i++)
        {
            if (_columns[i] is not { } f) continue;
            if (!TryField(f, i, _fields[line, i], row, ref state, out var error))
            {
                problem = new RowProblem(i + 1, _header.Names[i], error);
                return false;
            }
        }
        if (!TryDates(row, ref state, out problem) || !TryCodes(line, row, state, out problem)) return false;
        row.Set(C.SourceFormat, FormatName);
        SetLine(row, lineNumber);
        return true;
    }

    /// <summary>The header's name of a 0-based column, or empty.</summary>
    private string Name(int column) => column >= 0 && column < _header.Names.Length ? _header.Names[column] : "";

    private RowProblem ProblemAt(string gdelt, string reason)
    {
        var at = At(gdelt);
        return new RowProblem(at + 1, at < 0 ? _header.Layout.NameOf(gdelt) : _header.Names[at], reason);
    }

    /// <summary>What the checks across fields need from the fields.</summary>
    private struct RowState
    {
        public bool HasDate;
        public DateOnly Date;
        public int Month;
        public long Year;
        public bool HasFraction;
        public bool HasQuad;
        public long Quad;
        public bool HasGoldstein;
    }
}
