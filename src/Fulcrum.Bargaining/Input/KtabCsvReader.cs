using Fulcrum.Bargaining.Input.Internal;
using Fulcrum.Core.IO;
using Fulcrum.Core.Problems;

namespace Fulcrum.Bargaining.Input;

/// <summary>
/// Reads KTAB's SMP CSV layout exactly as KTAB ships it (<c>examples/smp/doc/*.csv</c>):
/// line 1 <c>scenario,description,nActors,nDims,</c>; line 2 the header
/// <c>Actor,Description,Power,Pstn1,Sal1,…</c> (the position columns name the dimensions);
/// then one row per actor: name, description, capability, and a position and salience (0–100) per
/// dimension. Every problem is reported with its line, column, field and fix.
/// </summary>
public static class KtabCsvReader
{
    /// <summary>Reads the file at <paramref name="path"/> through <see cref="BoundedInput"/> (a regular file, at most 4 MiB, UTF-8).</summary>
    public static Checked<ActorTable> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var text = BoundedInput.ReadText(path, InputKind.BargainingTable);
        return text.Value is { } t ? Parse(t, path) : Checked<ActorTable>.Failure(text.Problems);
    }

    /// <summary>Parses CSV text; <paramref name="fileName"/> names it in problems.</summary>
    public static Checked<ActorTable> Parse(string text, string fileName)
    {
        ArgumentNullException.ThrowIfNull(text);
        var problems = new ProblemList(fileName);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').TrimStart('\uFEFF').Split('\n');
        var table = KtabCsvLayout.Read(lines, problems);
        return problems.Any || table is null ? Checked<ActorTable>.Failure(problems.Sorted()) : Checked<ActorTable>.Success(table);
    }
}
