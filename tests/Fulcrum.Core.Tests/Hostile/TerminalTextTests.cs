using Fulcrum.Core.Text;

namespace Fulcrum.Core.Tests.Hostile;

public class TerminalTextTests
{
    [Theory]
    [InlineData("\u001b[31mred\u001b[0m", "\\x1b[31mred\\x1b[0m")]            // colour escape: inert text
    [InlineData("\u001b]0;pwned\u0007", "\\x1b]0;pwned\\x07")]                  // OSC: set the window title, then BEL
    [InlineData("\u001b]8;;http://evil\u001b\\link", "\\x1b]8;;http://evil\\x1b\\link")] // OSC 8 hyperlink
    [InlineData("ok\rEVIL", "ok\\x0dEVIL")]                                      // CR would overwrite the line
    [InlineData("a\bb", "a\\x08b")]                                              // backspace
    [InlineData("nul\0", "nul\\x00")]
    [InlineData("del\u007f", "del\\x7f")]
    [InlineData("csi\u009b31m", "csi\\x9b31m")]                                  // the one-byte C1 CSI
    [InlineData("\u0080\u009f", "\\x80\\x9f")]                                   // both ends of C1
    [InlineData("\u0001\u001f", "\\x01\\x1f")]                                   // both ends of C0
    public void Safe_Controls_AreEscapedVisibly(string text, string expected) =>
        Assert.Equal(expected, TerminalText.Safe(text));

    [Theory]
    [InlineData('\u202a')]
    [InlineData('\u202b')]
    [InlineData('\u202c')]
    [InlineData('\u202d')]
    [InlineData('\u202e')]
    [InlineData('\u2066')]
    [InlineData('\u2067')]
    [InlineData('\u2068')]
    [InlineData('\u2069')]
    [InlineData('\u200e')]
    [InlineData('\u200f')]
    [InlineData('\u061c')]
    public void Safe_BidiControls_AreEscaped(char control) =>
        Assert.Equal($"ab\\u{(int)control:x4}cd", TerminalText.Safe($"ab{control}cd"));

    [Fact]
    public void Safe_TrojanSourceName_ShowsTheOverride()
    {
        // An actor name that a terminal would show as "USA" while it reads "ASU" backwards.
        Assert.Equal("\\u202eASU\\u202c", TerminalText.Safe("\u202eASU\u202c"));
    }

    [Theory]
    [InlineData("plain ASCII")]
    [InlineData("tab\tand\nnewline")]
    [InlineData("Ελλάδα, Россия, ישראל, العربية, 日本語")]
    [InlineData("emoji 😀 flags 🇮🇱🇺🇸 and a ZWJ family 👨‍👩‍👧")]
    [InlineData("zero width space\u200b and no-break\u00a0space")]
    [InlineData("")]
    public void Safe_OrdinaryText_IsUnchanged(string text)
    {
        Assert.Equal(text, TerminalText.Safe(text));
        Assert.True(TerminalText.IsSafe(text));
    }

    [Fact]
    public void Safe_TextWithNothingToEscape_IsTheSameInstance()
    {
        var text = "RUS-UKR";
        Assert.Same(text, TerminalText.Safe(text));
    }

    [Theory]
    [InlineData(new[] { 0xD800 }, "\\ud800")]               // a lone high surrogate
    [InlineData(new[] { 'x', 0xDC00, 'y' }, "x\\udc00y")]  // a lone low surrogate
    [InlineData(new[] { 0xDC00, 0xD800 }, "\\udc00\\ud800")] // a pair the wrong way round: both lone
    [InlineData(new[] { 0xD83D, 0xD83D, 0xDE00 }, "\\ud83d😀")]  // a lone high surrogate before a real pair
    public void Safe_UnpairedSurrogates_AreEscaped(int[] units, string expected) =>
        // Built from code units: xunit would mangle a lone surrogate in a string argument.
        Assert.Equal(expected, TerminalText.Safe(new string([.. units.Select(u => (char)u)])));

    [Fact]
    public void Safe_Null_IsEmpty() => Assert.Equal("", TerminalText.Safe(null));

    [Fact]
    public void Safe_EveryCharacter_GivesTextWithNoControlLeft()
    {
        // Every UTF-16 code unit alone: what comes out has no C0 (but tab, newline), DEL, C1 or bidi control.
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var safe = TerminalText.Safe(((char)c).ToString());
            Assert.True(safe.All(x => x is '\t' or '\n' || !(char.IsControl(x) || IsBidi(x) || char.IsSurrogate(x))), $"U+{c:X4} came out as {safe}");
            Assert.True(TerminalText.IsSafe(safe));
        }
    }

    [Fact]
    public void Safe_IsIdempotent()
    {
        var once = TerminalText.Safe("\u001b[2J\u202e\r\u0085");
        Assert.Equal(once, TerminalText.Safe(once));
    }

    private static bool IsBidi(char c) => c is '\u061c' or '\u200e' or '\u200f' or (>= '\u202a' and <= '\u202e') or (>= '\u2066' and <= '\u2069');
}
