using System.Globalization;
using System.Text;

namespace Fulcrum.Core.Text;

/// <summary>
/// Makes text that came from data (a case file, a series name, an event's URL) safe to print on a
/// terminal. Characters a terminal acts on instead of showing are replaced by a visible escape:
/// C0 controls other than tab and newline (carriage return included: it lets a line overwrite
/// itself) as <c>\x1b</c>, so an escape sequence prints as inert text; DEL and the C1 controls
/// (U+0080–U+009F, among them the one-byte CSI) as <c>\x7f</c>, <c>\x9b</c>; the bidirectional
/// controls that can reorder what is shown (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C:
/// "Trojan Source", CVE-2021-42574) and unpaired surrogates as <c>\u202e</c>. Everything else,
/// letters of every script and emoji included, is kept as it is.
/// </summary>
public static class TerminalText
{
    /// <summary><paramref name="text"/> with every character a terminal would act on replaced by its escape; the same instance when none is.</summary>
    public static string Safe(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var first = FirstUnsafe(text);
        if (first < 0) return text;
        var safe = new StringBuilder(text.Length + 16);
        safe.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                safe.Append(c).Append(text[++i]);
                continue;
            }
            if (!IsUnsafe(c)) safe.Append(c);
            else if (c < 0x100) safe.Append(CultureInfo.InvariantCulture, $"\\x{(int)c:x2}");
            else safe.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
        }
        return safe.ToString();
    }

    /// <summary>Whether <paramref name="text"/> holds anything <see cref="Safe"/> would replace.</summary>
    public static bool IsSafe(string? text) => string.IsNullOrEmpty(text) || FirstUnsafe(text) < 0;

    private static int FirstUnsafe(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            if (IsUnsafe(c)) return i;
        }
        return -1;
    }

    /// <summary>Whether a terminal would act on <paramref name="c"/>; callers step over surrogate pairs, so a surrogate here is unpaired.</summary>
    private static bool IsUnsafe(char c) => c switch
    {
        '\t' or '\n' => false,
        < ' ' => true,                                  // C0, ESC among them
        >= '\x7f' and <= '\x9f' => true,                // DEL and C1
        '\u061c' or '\u200e' or '\u200f' => true,       // Arabic letter mark, LRM, RLM
        >= '\u202a' and <= '\u202e' => true,            // LRE, RLE, PDF, LRO, RLO
        >= '\u2066' and <= '\u2069' => true,            // LRI, RLI, FSI, PDI
        _ => char.IsSurrogate(c),
    };
}
