using Fulcrum.Core.Problems;
using Fulcrum.Elicitation.Ahp.Internal;
using Fulcrum.Elicitation.Internal;

namespace Fulcrum.Elicitation.Ahp;

/// <summary>
/// Reads pairwise judgements from a square CSV (docs/elicitation.md): a header row of ids, then one
/// row per id. Rows either start with their id (any order; the header then starts with an empty or
/// labelled corner cell, or has no corner) or are in the header's order without ids. Cell (row a,
/// column b) says how many times more a matters than b, as a number or a fraction (<c>1/3</c>). The
/// upper triangle suffices; a lower cell may be empty, or must be the reciprocal; only a lower cell
/// given is read as the reciprocal of the upper. The diagonal is empty or 1. Every problem comes
/// back with its line, column and a hint.
/// </summary>
public static class AhpCsvReader
{
    /// <summary>Reads the file at <paramref name="path"/>; with <paramref name="interests"/>, its ids must be exactly those (any order).</summary>
    public static Checked<PairwiseMatrix> Read(string path, IReadOnlyList<string>? interests = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var problems = new ProblemList(path);
        var text = InputFile.Read(path, problems, "judgement file");
        return text is null ? Checked<PairwiseMatrix>.Failure(problems.Items) : Parse(text, path, interests);
    }

    /// <summary>Parses CSV text; <paramref name="fileName"/> names it in problems.</summary>
    public static Checked<PairwiseMatrix> Parse(string text, string fileName, IReadOnlyList<string>? interests = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var problems = new ProblemList(fileName);
        var matrix = new AhpCsvLayout(problems, interests).Read(InputFile.CsvRows(text));
        return problems.Any || matrix is null ? Checked<PairwiseMatrix>.Failure(problems.Sorted()) : Checked<PairwiseMatrix>.Success(matrix);
    }
}
