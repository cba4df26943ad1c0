namespace Fulcrum.Core.Problems;

/// <summary>
/// One thing wrong with an input, located precisely enough to fix it: the file, the 1-based line
/// and column (0 when the problem concerns the whole file), what is wrong and what to do. A problem
/// with a value that is not in a file (a date, a seed, the store) names its <see cref="Subject"/>
/// in the domain's words ("as_of", "store", "baseline"); each host says it in its own (the CLI as
/// its flag). No library message names a command-line flag.
/// </summary>
/// <param name="File">The path of the input as the user gave it, or a name such as <c>built-in:israel-2022</c>; empty when the problem is about a <see cref="Subject"/>.</param>
/// <param name="Line">1-based line, or 0 for the whole file.</param>
/// <param name="Column">1-based column, or 0 for the whole line or file.</param>
/// <param name="Message">What is wrong, naming the value and the valid range.</param>
/// <param name="Hint">What to do about it.</param>
public sealed record Problem(string File, int Line, int Column, string Message, string Hint)
{
    /// <summary>The parameter the problem is about, in the domain's words (see <see cref="Subjects"/>); null for a problem located in a file.</summary>
    public string? Subject { get; init; }

    /// <summary>A problem with a parameter rather than a place in a file.</summary>
    public static Problem About(string subject, string message, string hint) => new("", 0, 0, message, hint) { Subject = subject };

    /// <summary>The conventional compiler-style rendering: <c>file:line:column: message (hint)</c>, or <c>subject: message</c>, subjects in the domain's words.</summary>
    public override string ToString() => Render(null);

    /// <summary>
    /// As <see cref="ToString"/>, with every subject named as a host names it (the CLI: by its own option for the subject):
    /// the problem's own subject where the location goes, and each <c>{subject}</c> written in the
    /// message or hint (<c>"{series} and {dyad} both name the series"</c>). A null namer keeps the domain's words.
    /// </summary>
    public string Render(Func<string, string>? namer)
    {
        var name = namer ?? (s => s);
        var location = File.Length == 0 && Subject is { } subject
            ? (Column > 0 ? $"{name(subject)}:{Column}" : name(subject))
            : Line > 0 ? (Column > 0 ? $"{File}:{Line}:{Column}" : $"{File}:{Line}") : File;
        var message = Subjects.Fill(Message, name);
        var hint = Subjects.Fill(Hint, name);
        var text = location.Length == 0 ? message : $"{location}: {message}";
        return hint.Length == 0 ? text : $"{text} — {hint}";
    }
}
