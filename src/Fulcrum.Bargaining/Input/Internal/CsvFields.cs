namespace Fulcrum.Bargaining.Input.Internal;

/// <summary>One field of a CSV line: its trimmed text and the 1-based column where it starts.</summary>
internal readonly record struct CsvField(string Text, int Column);

/// <summary>
/// Splits one line of KTAB's CSV layout: comma-separated, fields trimmed, double quotes around a
/// field removed (<c>""</c> inside quotes is one quote), as KTAB's minicsv reader does.
/// </summary>
internal static class CsvFields
{
    public static List<CsvField> Split(string line)
    {
        var fields = new List<CsvField>();
        var i = 0;
        while (true)
        {
            var text = new System.Text.StringBuilder();
            while (i < line.Length && line[i] is ' ' or '\t') i++;
            var column = i + 1;
            if (i < line.Length && line[i] == '"')
            {
                i++;
                while (i < line.Length)
                {
                    if (line[i] == '"' && i + 1 < line.Length && line[i + 1] == '"') { text.Append('"'); i += 2; }
                    else if (line[i] == '"') { i++; break; }
                    else text.Append(line[i++]);
                }
                while (i < line.Length && line[i] != ',') text.Append(line[i++]); // text after a closing quote
            }
            else
            {
                while (i < line.Length && line[i] != ',') text.Append(line[i++]);
            }
            fields.Add(new CsvField(text.ToString().Trim(), column));
            if (i >= line.Length) return fields;
            i++; // the comma
        }
    }

    /// <summary>The fields up to the last non-empty one: KTAB's files end lines with a comma or spaces.</summary>
    public static List<CsvField> WithoutTrailingEmpties(List<CsvField> fields)
    {
        var n = fields.Count;
        while (n > 0 && fields[n - 1].Text.Length == 0) n--;
        return fields.GetRange(0, n);
    }
}
