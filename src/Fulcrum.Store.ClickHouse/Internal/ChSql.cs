using System.Globalization;
using System.Text;

namespace Fulcrum.Store.ClickHouse.Internal;

/// <summary>
/// Values written into ClickHouse SQL. ClickHouse 18.16, the server Debian ships, has no query
/// parameters (<c>{name:Type}</c> with <c>param_name=</c> arrived in 19.x: 18.16 answers "Unknown
/// setting param_x"), so every value enters a statement through one of these functions, typed, and
/// never as raw text: a string becomes a quoted literal in which every character that could end or
/// bend it is escaped (backslash, quote, and every control character as <c>\xHH</c>), numbers and
/// dates are formatted from their typed values. Identifiers are Fulcrum's own names or names checked
/// by <see cref="ClickHouseLocation.Identifier"/>. Bulk rows travel as TabSeparated data, not SQL.
/// </summary>
internal static class ChSql
{
    /// <summary>A ClickHouse string literal holding exactly <paramref name="value"/>, or <c>NULL</c>.</summary>
    public static string Str(string? value)
    {
        if (value is null) return "NULL";
        var s = new StringBuilder(value.Length + 2).Append('\'');
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\': s.Append(@"\\"); break;
                case '\'': s.Append(@"\'"); break;
                case '\n': s.Append(@"\n"); break;
                case '\t': s.Append(@"\t"); break;
                case '\r': s.Append(@"\r"); break;
                case '\0': s.Append(@"\0"); break;
                default:
                    if (char.IsControl(c)) s.Append(CultureInfo.InvariantCulture, $"\\x{(int)c:X2}");
                    else s.Append(c);
                    break;
            }
        }
        return s.Append('\'').ToString();
    }

    public static string Int(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => $"toDate('{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}')";

    /// <summary>A list of string literals, for <c>IN (…)</c>.</summary>
    public static string List(IEnumerable<string> values) => string.Join(", ", values.Select(v => Str(v)));
}
