using Fulcrum.Core.Problems;

namespace Fulcrum.Watch.Sources;

/// <summary>
/// For one run, every indicator and relation of a case that reads <paramref name="Name"/> (a series
/// source as the case names it: <c>builtin:gdelt-dyads</c>, or a file path as written in the case)
/// reads <paramref name="File"/> instead: re-running a case on newer data without editing it.
/// </summary>
/// <param name="Name">The source as the case names it.</param>
/// <param name="File">The series file to read instead (a path as the user gave it, relative to the working folder).</param>
public sealed record SourceBinding(string Name, string File)
{
    /// <summary>Reads <c>NAME=FILE</c>.</summary>
    public static Checked<SourceBinding> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var eq = text.IndexOf('=', StringComparison.Ordinal);
        if (eq <= 0 || eq == text.Length - 1)
            return Checked<SourceBinding>.Failure([Problem.About(Subjects.Source, $"'{text}' is not NAME=FILE",
                "name the source as the case does and the file to read instead, e.g. builtin:gdelt-dyads=dyads-2022.csv")]);
        return Checked<SourceBinding>.Success(new SourceBinding(text[..eq].Trim(), text[(eq + 1)..].Trim()));
    }

    /// <summary><c>NAME=FILE</c>.</summary>
    public override string ToString() => $"{Name}={File}";
}
