using System.Globalization;
using Fulcrum.Core.Problems;
using Fulcrum.Core.Text;
using Fulcrum.Elicitation.Internal;
using Fulcrum.Elicitation.Swings.Internal;

namespace Fulcrum.Elicitation.Swings;

/// <summary>
/// Reads swing ratings from a CSV: a header naming the columns <c>interest</c>, <c>rank</c> and
/// <c>rating</c> (any order, any case; a <c>note</c> column is allowed and ignored), then one row per
/// interest. Ranks are whole numbers from 1; ratings are 0–100, the rank-1 swing 100. Every problem
/// comes back with its line and column.
/// </summary>
public static class SwingCsvReader
{
    private static readonly string[] Columns = ["interest", "rank", "rating"];

    /// <summary>Reads <paramref name="path"/>; with <paramref name="interests"/> (a case's), each must be rated once.</summary>
    public static Checked<SwingResult> Read(string path, IReadOnlyList<string>? interests = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var problems = new ProblemList(path);
        var text = InputFile.Read(path, problems, "swing rating file");
        return text is null ? Checked<SwingResult>.Failure(problems.Items) : Parse(text, path, interests);
    }

    /// <summary>Parses CSV text; <paramref name="fileName"/> names it in problems.</summary>
    public static Checked<SwingResult> Parse(string text, string fileName, IReadOnlyList<string>? interests = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var problems = new ProblemList(fileName);
        var rows = InputFile.CsvRows(text);
        if (rows.Count == 0)
        {
            problems.Add(0, 0, "file is empty", "write a header 'interest,rank,rating', then one line per interest");
            return Checked<SwingResult>.Failure(problems.Items);
        }
        var (headerLine, header) = (rows[0].Line, CsvLine.WithoutTrailingEmpties(rows[0].Fields));
        var column = ReadHeader(headerLine, header, problems);
        if (column is null) return Checked<SwingResult>.Failure(problems.Sorted());
        var ratings = new List<SwingRating>();
        var places = new List<(int Line, List<CsvField> Fields)>();
        foreach (var (line, fields) in rows.Skip(1))
        {
            string Cell(string name) => column[name] < fields.Count ? fields[column[name]].Text : "";
            var rankText = Cell("rank");
            var ratingText = Cell("rating");
            var rankOk = int.TryParse(rankText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var rank);
            var ratingOk = double.TryParse(ratingText, NumberStyles.Float, CultureInfo.InvariantCulture, out var rating) && double.IsFinite(rating);
            if (!rankOk) problems.Add(line, At(fields, column["rank"]), $"rank '{rankText}' is not a whole number", "rank 1 is the swing that matters most, 2 the next …");
            if (!ratingOk) problems.Add(line, At(fields, column["rating"]), $"rating '{ratingText}' is not a number", "rate the swing 0-100 against the top one");
            if (rankOk && ratingOk)
            {
                ratings.Add(new SwingRating(Cell("interest"), rank, rating));
                places.Add((line, fields));
            }
        }
        if (problems.Any) return Checked<SwingResult>.Failure(problems.Sorted());
        var ok = SwingRules.Check(ratings, interests, (k, field, message, hint) =>
        {
            if (k < 0) problems.Add(headerLine, 0, message, hint);
            else problems.Add(places[k].Line, field == SwingField.Row ? 0 : At(places[k].Fields, column[field.ToString().ToLowerInvariant()]), message, hint);
        });
        return ok ? Checked<SwingResult>.Success(SwingWeights.Weigh(ratings, interests)) : Checked<SwingResult>.Failure(problems.Sorted());
    }

    private static Dictionary<string, int>? ReadHeader(int line, List<CsvField> header, ProblemList problems)
    {
        var column = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var c = 0; c < header.Count; c++)
        {
            var name = header[c].Text.ToLowerInvariant();
            if (name == "note") continue;
            if (!Columns.Contains(name))
                problems.Add(line, header[c].Column, $"unknown column '{header[c].Text}'",
                    Ids.Nearest(name, Columns) is { } near ? $"did you mean '{near}'?" : "the columns are interest, rank, rating (and an optional note)");
            else if (!column.TryAdd(name, c))
                problems.Add(line, header[c].Column, $"column '{name}' is named twice", "name each column once");
        }
        var missing = Columns.Where(c => !column.ContainsKey(c)).ToList();
        if (missing.Count > 0)
            problems.Add(line, 0, $"no column {string.Join(", ", missing)}", "the header is 'interest,rank,rating'");
        return problems.Any ? null : column;
    }

    private static int At(List<CsvField> fields, int index) => index < fields.Count ? fields[index].Column : 0;
}
