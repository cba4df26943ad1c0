namespace Fulcrum.Core.Problems;

/// <summary>
/// One thing wrong with an input, located precisely enough to fix it: the file, the 1-based line
/// and column (0 when the problem concerns the whole file), what is wrong and what to do.
/// </summary>
/// <param name="File">The path of the input as the user gave it, or a name such as <c>built-in:israel-2022</c>.</param>
/// <param name="Line">1-based line, or 0 for the whole file.</param>
/// <param name="Column">1-based column, or 0 for the whole line or file.</param>
/// <param name="Message">What is wrong, naming the value and the valid range.</param>
/// <param name="Hint">What to do about it.</param>
public sealed record Problem(string File, int Line, int Column, string Message, string Hint)
{
    /// <summary>The conventional compiler-style rendering: <c>file:line:column: message (hint)</c>.</summary>
    public override string ToString()
    {
        var location = Line > 0 ? (Column > 0 ? $"{File}:{Line}:{Column}" : $"{File}:{Line}") : File;
        return string.IsNullOrEmpty(Hint) ? $"{location}: {Message}" : $"{location}: {Message} — {Hint}";
    }
}
