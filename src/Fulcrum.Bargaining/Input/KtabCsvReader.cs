using Fulcrum.Bargaining.Input.Internal;
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
    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    public static Checked<ActorTable> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            return Checked<ActorTable>.Failure([new Problem(path, 0, 0, "file not found", "check the path of the KTAB CSV file")]);
        }
        return Parse(File.ReadAllText(path), path);
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
