using System.Globalization;

namespace Fulcrum.Core.Text;

/// <summary>
/// How a message repeats a value the user gave: text cut to <see cref="MaxLength"/> characters
/// with an ellipsis (a 100 MB field must not come back whole), numbers in their shortest
/// round-trip form (1e308 is <c>1E+308</c>, never 309 digits).
/// </summary>
public static class Echo
{
    /// <summary>The longest text echoed whole (about one line of a terminal).</summary>
    public const int MaxLength = 80;

    /// <summary><paramref name="text"/>, or its first <see cref="MaxLength"/> characters and "…".</summary>
    public static string Value(string? text)
    {
        if (text is null) return "";
        if (text.Length <= MaxLength) return text;
        var cut = MaxLength - 1;
        if (char.IsHighSurrogate(text[cut - 1])) cut--; // never split a character in two
        return string.Concat(text.AsSpan(0, cut), "…");
    }

    /// <summary><paramref name="x"/> as the shortest text that reads back as the same number (invariant culture).</summary>
    public static string Number(double x) => x.ToString("R", CultureInfo.InvariantCulture);
}
