using System.Globalization;
using System.Text;

namespace Fulcrum.Cli.Infrastructure;

/// <summary>
/// Text from data or files made safe for a terminal before it is printed: control characters other
/// than tab and newline (ESC sequences, BEL, carriage returns, C1 controls) and the bidirectional
/// overrides and isolates that reorder what is shown are written as visible escapes (<c>\x1b</c>,
/// <c>\u202e</c>). Event data is untrusted input.
/// </summary>
public static class TerminalSafe
{
    public static string Text(string? text)
    {
        if (string.IsNullOrEmpty(text)) return text ?? "";
        if (!text.Any(Unsafe)) return text;
        var b = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (!Unsafe(c)) b.Append(c);
            else if (c <= 0xFF) b.Append(CultureInfo.InvariantCulture, $"\\x{(int)c:x2}");
            else b.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
        }
        return b.ToString();
    }

    /// <summary>C0 controls but tab and newline, DEL, C1 controls, and the bidi controls.</summary>
    private static bool Unsafe(char c) =>
        (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F) ||
        c is '\u200E' or '\u200F' or '\u061C' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
}
