using System.Text;

namespace Fulcrum.Detection.Reading.Internal;

/// <summary>Splits one CSV line into fields (RFC 4180 quoting: "a,b" and "" for a quote); fields are trimmed.</summary>
internal static class CsvFields
{
    public static List<string> Split(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(field.ToString().Trim()); field.Clear(); }
            else field.Append(c);
        }
        fields.Add(field.ToString().Trim());
        return fields;
    }
}
