using System.Text;

namespace Fulcrum.Core.Text;

/// <summary>One field of a CSV line: its text (quotes removed, spaces around it trimmed) and the 1-based column where it starts.</summary>
public readonly record struct CsvField(string Text, int Column);

/// <summary>
/// Splits comma-separated text the way the small CSV files Fulcrum reads are written (KTAB's and
/// the BDM replications' actor tables, R-written UN-vote tables, external series): fields
/// separated by commas, optionally double-quoted with <c>""</c> for a quote and no line breaks
/// inside, spaces and tabs around a field ignored. Not for the event files, which are
/// tab-separated and never quoted.
/// </summary>
public static class CsvLine
{
    /// <summary>The fields of one line; an empty line is one empty field.</summary>
    public static List<CsvField> Split(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var fields = new List<CsvField>(line.AsSpan().Count(',') + 1);
        StringBuilder? text = null; // only a quoted field needs one
        var i = 0;
        while (true)
        {
            while (i < line.Length && line[i] is ' ' or '\t') i++;
            var column = i + 1;
            if (i < line.Length && line[i] == '"')
            {
                (text ??= new StringBuilder()).Clear();
                i++;
                while (i < line.Length)
                {
                    // Up to the next quote in one piece (a long description field is most of a roll-call line).
                    var quote = line.IndexOf('"', i);
                    if (quote < 0) { text.Append(line, i, line.Length - i); i = line.Length; break; }
                    text.Append(line, i, quote - i);
                    i = quote;
                    if (i + 1 < line.Length && line[i + 1] == '"') { text.Append('"'); i += 2; }
                    else { i++; break; }
                }
                while (i < line.Length && line[i] != ',') text.Append(line[i++]); // text after a closing quote
                fields.Add(new CsvField(text.ToString().Trim(), column));
            }
            else
            {
                // An unquoted field is a slice of the line: one string, no copying through a builder.
                var end = line.IndexOf(',', i);
                if (end < 0) end = line.Length;
                fields.Add(new CsvField(line.AsSpan(i, end - i).Trim().ToString(), column));
                i = end;
            }
            if (i >= line.Length) return fields;
            i++; // the comma
        }
    }

    /// <summary>The fields' texts only.</summary>
    public static List<string> Texts(string line) => Split(line).ConvertAll(f => f.Text);

    /// <summary>The fields up to the last non-empty one (files that end lines with a comma or spaces).</summary>
    public static List<CsvField> WithoutTrailingEmpties(List<CsvField> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var n = fields.Count;
        while (n > 0 && fields[n - 1].Text.Length == 0) n--;
        return fields.GetRange(0, n);
    }

    /// <summary>The lines of a text with their 1-based numbers; LF, CRLF and a bare CR all end a line.</summary>
    public static IEnumerable<(int Number, string Text)> Lines(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var number = 0;
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOfAny(['\r', '\n'], start);
            var stop = end < 0 ? text.Length : end;
            yield return (++number, text[start..stop]);
            if (end < 0) yield break;
            start = end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
        }
    }
}
