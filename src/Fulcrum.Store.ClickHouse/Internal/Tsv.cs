using System.Buffers;
using System.Text;

namespace Fulcrum.Store.ClickHouse.Internal;

/// <summary>
/// ClickHouse's TabSeparated escaping: in a value a backslash, tab, line feed, carriage return and
/// NUL are written as <c>\\</c>, <c>\t</c>, <c>\n</c>, <c>\r</c>, <c>\0</c>; <c>\N</c> alone is NULL.
/// Rows written this way arrive as the exact values, whatever they hold.
/// </summary>
internal static class Tsv
{
    public static readonly byte[] Null = "\\N"u8.ToArray();

    /// <summary>Appends <paramref name="value"/> escaped (a null string as <c>\N</c>).</summary>
    public static void Append(StringBuilder line, string? value)
    {
        if (value is null)
        {
            line.Append(@"\N");
            return;
        }
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\': line.Append(@"\\"); break;
                case '\t': line.Append(@"\t"); break;
                case '\n': line.Append(@"\n"); break;
                case '\r': line.Append(@"\r"); break;
                case '\0': line.Append(@"\0"); break;
                default: line.Append(c); break;
            }
        }
    }

    /// <summary>A row of values, tab-separated, ending in a line feed.</summary>
    public static string Row(params string?[] values)
    {
        var line = new StringBuilder();
        for (var i = 0; i < values.Length; i++)
        {
            if (i > 0) line.Append('\t');
            Append(line, values[i]);
        }
        return line.Append('\n').ToString();
    }

    /// <summary>Writes UTF-8 <paramref name="value"/> escaped into <paramref name="output"/>.</summary>
    public static void Append(IBufferWriter<byte> output, ReadOnlySpan<byte> value)
    {
        while (value.Length > 0)
        {
            var special = value.IndexOfAny("\\\t\n\r\0"u8);
            var plain = special < 0 ? value : value[..special];
            output.Write(plain);
            if (special < 0) return;
            var b = value[special];
            output.Write(b switch
            {
                (byte)'\\' => "\\\\"u8,
                (byte)'\t' => "\\t"u8,
                (byte)'\n' => "\\n"u8,
                (byte)'\r' => "\\r"u8,
                _ => "\\0"u8,
            });
            value = value[(special + 1)..];
        }
    }

    /// <summary>A value as ClickHouse wrote it in TabSeparated output, unescaped (<c>\N</c> stays <c>\N</c>; see <see cref="IsNull"/>).</summary>
    public static string Unescape(string field)
    {
        if (!field.Contains('\\', StringComparison.Ordinal)) return field;
        var s = new StringBuilder(field.Length);
        for (var i = 0; i < field.Length; i++)
        {
            if (field[i] != '\\' || i + 1 == field.Length)
            {
                s.Append(field[i]);
                continue;
            }
            var c = field[++i];
            s.Append(c switch
            {
                't' => '\t',
                'n' => '\n',
                'r' => '\r',
                '0' => '\0',
                'b' => '\b',
                'f' => '\f',
                _ => c,
            });
        }
        return s.ToString();
    }

    public static bool IsNull(string field) => field == @"\N";

    /// <summary>Rows as a request body.</summary>
    public static HttpContent Content(string rows) => new StringContent(rows, Encoding.UTF8) { Headers = { ContentType = ChServer.TextType } };
}
