namespace Fulcrum.Bargaining.Input.Internal;

/// <summary>One field of a CSV line: its text (trimmed, quotes removed) and 1-based column.</summary>
internal readonly record struct BdmCsvField(string Text, int Column);

/// <summary>One non-blank line of a CSV file with its 1-based line number.</summary>
internal sealed record BdmCsvLine(int Number, IReadOnlyList<BdmCsvField> Fields);

/// <summary>
/// Splits CSV text into lines (LF, CRLF, or the bare CR that dmasad's files use) and lines into
/// fields: comma-separated, optionally double-quoted with "" for a quote, spaces around a field
/// ignored. A trailing comma (KTAB writes one) adds no field. Blank lines are skipped.
/// </summary>
internal static class BdmCsvSplitter
{
    public static List<BdmCsvLine> Lines(string text)
    {
        var lines = new List<BdmCsvLine>();
        var number = 0;
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOfAny(['\r', '\n'], start);
            var stop = end < 0 ? text.Length : end;
            number++;
            var line = text[start..stop];
            if (!string.IsNullOrWhiteSpace(line)) lines.Add(new BdmCsvLine(number, Fields(line)));
            if (end < 0) break;
            start = end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
        }
        return lines;
    }

    private static List<BdmCsvField> Fields(string line)
    {
        var fields = new List<BdmCsvField>();
        var i = 0;
        while (true)
        {
            while (i < line.Length && line[i] is ' ' or '\t') i++;
            var column = i + 1;
            string value;
            if (i < line.Length && line[i] == '"')
            {
                var sb = new System.Text.StringBuilder();
                i++;
                while (i < line.Length)
                {
                    if (line[i] == '"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == '"') { sb.Append('"'); i += 2; continue; }
                        i++;
                        break;
                    }
                    sb.Append(line[i++]);
                }
                value = sb.ToString();
                while (i < line.Length && line[i] != ',') i++;
            }
            else
            {
                var comma = line.IndexOf(',', i);
                var stop = comma < 0 ? line.Length : comma;
                value = line[i..stop].TrimEnd();
                i = stop;
            }
            fields.Add(new BdmCsvField(value, column));
            if (i >= line.Length) break;
            i++; // the comma
            if (i >= line.Length || string.IsNullOrWhiteSpace(line[i..])) break; // trailing comma
        }
        return fields;
    }
}
