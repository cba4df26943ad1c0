using System.Globalization;
using Fulcrum.Core.Problems;
using Fulcrum.Core.Text;

namespace Fulcrum.Detection.Reading.Internal;

/// <summary>
/// Reads the rows of a long (<c>date,series,value</c>) or wide (<c>date,&lt;s1&gt;,&lt;s2&gt;…</c>)
/// series file into raw points, recording a located problem for every bad field.
/// </summary>
internal sealed class CsvRows(ProblemList problems, int maxProblems)
{
    /// <summary>
    /// The largest size of a value. The CUSUMs and BOCPD sum values and their squares over a
    /// window: within 1e12 the squares (1e24) summed over any series stay finite, so no statistic
    /// can be NaN.
    /// </summary>
    public const double MaxMagnitude = 1e12;

    public List<RawPoint> Points { get; } = [];

    /// <summary>The date grain of the first good date, which every other date must share.</summary>
    public DateGrain? Grain { get; private set; }

    public bool Full => problems.Count >= maxProblems;

    public void Read(TextReader reader)
    {
        var lineNumber = 0;
        List<string>? header = null;
        while (!Full && reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#') || string.IsNullOrWhiteSpace(line)) continue;
            var fields = CsvLine.Texts(line);
            if (header is null)
            {
                header = fields;
                if (!CheckHeader(header, lineNumber)) return;
                continue;
            }
            if (IsLong(header)) ReadLong(fields, lineNumber);
            else ReadWide(header, fields, lineNumber);
        }
        if (header is null)
            problems.Add(0, 0, "the file is empty", "give a header 'date,series,value' (long) or 'date,<series1>,<series2>…' (wide), then one row per date");
        else if (Points.Count == 0 && !problems.Any)
            problems.Add(lineNumber, 0, "the file has a header but no data rows", "add one row per date");
    }

    private static bool IsLong(List<string> header) =>
        header.Count == 3 && header[1].Equals("series", StringComparison.OrdinalIgnoreCase) && header[2].Equals("value", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The column of each period's last day in a file <c>fulcrum dyad --csv</c> wrote
    /// (<c>period_start,period_end,n1,…</c>): not a series; the period is told by period_start. −1: none.
    /// </summary>
    private int _periodEnd = -1;

    private bool CheckHeader(List<string> header, int line)
    {
        if (header[0].Equals("period_start", StringComparison.OrdinalIgnoreCase))
            _periodEnd = header.FindIndex(h => h.Equals("period_end", StringComparison.OrdinalIgnoreCase));
        if (!header[0].Equals("date", StringComparison.OrdinalIgnoreCase) && !header[0].Equals("period_start", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add(line, 1, $"the first column is '{Echo.Value(header[0])}', not 'date'",
                "start the header with 'date': 'date,series,value' (long) or 'date,<series1>,<series2>…' (wide)");
            return false;
        }
        if (header.Count < 2)
        {
            problems.Add(line, 0, "the header names no series", "add 'series,value' (long) or one column per series (wide)");
            return false;
        }
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 1; i < header.Count; i++)
        {
            if (i == _periodEnd) continue;
            if (header[i].Length == 0) problems.Add(line, i + 1, $"column {i + 1} has no name", "name every series column");
            else if (!seen.TryAdd(header[i], i + 1)) problems.Add(line, i + 1, $"series '{Echo.Value(header[i])}' is named twice (columns {seen[header[i]]} and {i + 1})", "give each series column its own name");
        }
        return !problems.Any;
    }

    private void ReadLong(List<string> fields, int line)
    {
        if (fields.Count != 3)
        {
            problems.Add(line, 0, $"the row has {fields.Count} fields, the header 3 (date,series,value)", "write one 'date,series,value' per line");
            return;
        }
        if (fields[1].Length == 0)
        {
            problems.Add(line, 2, "the series name is empty", "name the series this value belongs to");
            return;
        }
        if (ReadDate(fields[0], line) is { } date && ReadValue(fields[2], line, 3, fields[1], out var value))
            Points.Add(new RawPoint(fields[1], date, value, line));
    }

    private void ReadWide(List<string> header, List<string> fields, int line)
    {
        if (fields.Count != header.Count)
        {
            problems.Add(line, 0, $"the row has {fields.Count} fields, the header {header.Count}", "give every row a date and one value (or an empty field) per series column");
            return;
        }
        if (ReadDate(fields[0], line) is not { } date) return;
        for (var i = 1; i < fields.Count; i++)
            if (i != _periodEnd && ReadValue(fields[i], line, i + 1, header[i], out var value)) Points.Add(new RawPoint(header[i], date, value, line));
    }

    private DateOnly? ReadDate(string text, int line)
    {
        if (!SeriesDate.TryParse(text, out var date, out var grain))
        {
            problems.Add(line, 1, $"'{Echo.Value(text)}' is not a date", $"write dates as {SeriesDate.Forms}");
            return null;
        }
        if (date > SeriesDate.Last)
        {
            problems.Add(line, 1, $"'{Echo.Value(text)}' is too late: series dates run to {SeriesDate.Last:yyyy-MM-dd}",
                "the period after the last date must be a date too: check the year");
            return null;
        }
        Grain ??= grain;
        if (grain != Grain)
        {
            problems.Add(line, 1, $"'{Echo.Value(text)}' is a {grain.ToString().ToLowerInvariant()}, but earlier dates are {Grain.ToString()!.ToLowerInvariant()}s",
                "write every date of a file to the same precision");
            return null;
        }
        return date;
    }

    /// <summary>.NET also reads "Infinity" and "∞" as numbers; a series value is digits.</summary>
    private static bool IsWord(string text) => text.Any(c => char.IsLetter(c) && c is not ('e' or 'E')) || text.Contains('∞', StringComparison.Ordinal);

    /// <summary>Parses a value; empty, NA and NaN are missing (null). False when the field is bad.</summary>
    private bool ReadValue(string text, int line, int column, string series, out double? value)
    {
        value = null;
        if (text.Length == 0 || text.Equals("NA", StringComparison.OrdinalIgnoreCase) || text.Equals("NaN", StringComparison.OrdinalIgnoreCase))
            return true;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && !double.IsNaN(v) && !IsWord(text))
        {
            if (Math.Abs(v) <= MaxMagnitude)
            {
                value = v;
                return true;
            }
            problems.Add(line, column, $"value '{Echo.Value(text)}' of series '{Echo.Value(series)}' is too large: series values are at most 1e12 in size (|x| ≤ 1e12)",
                "the detectors square and sum the values: write them in a larger unit");
            return false;
        }
        problems.Add(line, column, $"value '{Echo.Value(text)}' of series '{Echo.Value(series)}' is not a number",
            "write numbers with a '.' decimal point and no thousands separator; leave the field empty (or NA) when there is no value");
        return false;
    }
}
