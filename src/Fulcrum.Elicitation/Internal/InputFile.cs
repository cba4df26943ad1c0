using Fulcrum.Core.Problems;
using Fulcrum.Core.Text;

namespace Fulcrum.Elicitation.Internal;

/// <summary>Reading the small hand-written files of elicitation: existence, size, and the non-blank CSV lines.</summary>
internal static class InputFile
{
    /// <summary>A judgement or rating file is a page of text: 1 MiB is far beyond any real one.</summary>
    public const long MaxBytes = 1L << 20;

    /// <summary>The text of <paramref name="path"/>, or null with the problem recorded.</summary>
    public static string? Read(string path, ProblemList problems, string what)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            problems.Add(0, 0, "file not found", $"check the path of the {what}");
            return null;
        }
        if (info.Length > MaxBytes)
        {
            problems.Add(0, 0, $"file is {info.Length:N0} bytes; a {what} is at most {MaxBytes:N0}", "check the path");
            return null;
        }
        return File.ReadAllText(path);
    }

    /// <summary>
    /// The lines of CSV text that are not blank, split into fields (a line of commas only is kept: it
    /// may be a row of empty cells). Trailing empty fields are kept, so that a problem can point at an
    /// empty cell; callers drop them where a count matters.
    /// </summary>
    public static List<(int Line, List<CsvField> Fields)> CsvRows(string text)
    {
        var rows = new List<(int, List<CsvField>)>();
        foreach (var (number, line) in CsvLine.Lines(text.TrimStart('\uFEFF')))
        {
            if (line.Trim().Length > 0) rows.Add((number, CsvLine.Split(line)));
        }
        return rows;
    }
}
