using Fulcrum.Core.Text;

namespace Fulcrum.Bargaining.Input.Internal;

/// <summary>One non-blank line of a CSV file with its 1-based line number.</summary>
internal sealed record BdmCsvLine(int Number, IReadOnlyList<CsvField> Fields);

/// <summary>
/// Splits CSV text into lines (LF, CRLF, or the bare CR that dmasad's files use) and lines into
/// fields (<see cref="CsvLine"/>). A trailing comma (KTAB writes one) adds no field. Blank lines are skipped.
/// </summary>
internal static class BdmCsvSplitter
{
    public static List<BdmCsvLine> Lines(string text) =>
        [.. CsvLine.Lines(text).Where(l => !string.IsNullOrWhiteSpace(l.Text)).Select(l => new BdmCsvLine(l.Number, Fields(l.Text)))];

    private static List<CsvField> Fields(string line)
    {
        var fields = CsvLine.Split(line);
        if (fields.Count > 1 && fields[^1].Text.Length == 0 && line.TrimEnd().EndsWith(',')) fields.RemoveAt(fields.Count - 1);
        return fields;
    }
}
