using System.Globalization;
using System.Text;
using Fulcrum.Core.Problems;
using Fulcrum.Elicitation.Internal;
using Fulcrum.Elicitation.Weights.Internal;
using Fulcrum.Scenario.Loading;
using Fulcrum.Scenario.Model;

namespace Fulcrum.Elicitation.Weights;

/// <summary>
/// Writes elicited weights into a copy of a case file: each interest's <c>weight:</c> value is
/// replaced in the text, located through the YAML parser's marks, and nothing else changes (comments,
/// order, quoting, other fields, line endings). The copy is loaded back and checked to carry the new
/// weights. Numbers are written with four significant digits (<c>0.1730</c> as <c>0.173</c>); the
/// decision engine normalises the weights, so rounding does not need to sum to 1.
/// </summary>
public static class CaseWeightWriter
{
    /// <summary>The case text with <paramref name="weights"/> in place; <paramref name="caseName"/> names it in problems.</summary>
    public static Checked<WeightedCase> Apply(string caseText, string caseName, ElicitedWeights weights)
    {
        ArgumentNullException.ThrowIfNull(caseText);
        ArgumentNullException.ThrowIfNull(weights);
        var original = CaseLoader.LoadText(caseText, caseName);
        if (original.Value is not { } c) return Checked<WeightedCase>.Failure(original.Problems);
        var problems = Cover(c, weights);
        if (problems.Count > 0) return Checked<WeightedCase>.Failure(problems);

        var spots = WeightLocator.Locate(caseText);
        foreach (var spot in spots.Where(s => s.Anchored))
            problems.Add(new Problem(caseName, spot.Line, spot.Column, $"the weight of interest '{spot.Interest}' carries an anchor that other nodes may refer to",
                "write the weight out in full (without &anchor) so that it can be replaced alone"));
        if (problems.Count > 0) return Checked<WeightedCase>.Failure(problems);

        var text = new StringBuilder(caseText);
        var edits = new List<WeightEdit>();
        foreach (var spot in spots.OrderByDescending(s => s.Start))
        {
            var after = Yaml(weights.For(spot.Interest)!);
            edits.Add(new WeightEdit(spot.Interest, spot.Line, spot.Column, caseText[spot.Start..spot.End], after));
            text.Remove(spot.Start, spot.End - spot.Start).Insert(spot.Start, after);
        }
        edits.Reverse();
        var copy = text.ToString();
        var reloaded = CaseLoader.LoadText(copy, caseName);
        if (reloaded.Value is not { } written) return Checked<WeightedCase>.Failure(reloaded.Problems);
        var wrong = written.Interests.Where(i => i.Weight != Expected(weights.For(i.Id)!)).Select(i => i.Id).ToList();
        if (wrong.Count > 0 || spots.Count != c.Interests.Count)
            return Checked<WeightedCase>.Failure([new Problem(caseName, 0, 0,
                $"the copy does not carry the new weights of {string.Join(", ", wrong.Count > 0 ? wrong : c.Interests.Select(i => i.Id).Except(spots.Select(s => s.Interest)))}",
                "write each interest's weight on its own 'weight:' line and try again")]);
        return Checked<WeightedCase>.Success(new WeightedCase(copy, written, edits));
    }

    /// <summary>
    /// Reads the case at <paramref name="casePath"/>, writes the copy with <paramref name="weights"/>
    /// to <paramref name="outputPath"/> (never over the case itself) and returns it.
    /// </summary>
    public static Checked<WeightedCase> WriteCopy(string casePath, string outputPath, ElicitedWeights weights)
    {
        ArgumentNullException.ThrowIfNull(casePath);
        ArgumentNullException.ThrowIfNull(outputPath);
        if (string.Equals(Path.GetFullPath(casePath), Path.GetFullPath(outputPath), StringComparison.Ordinal))
            return Checked<WeightedCase>.Failure([Problem.About(Core.Problems.Subjects.Output, "the copy would overwrite the case itself",
                "write the weighted copy to a new file and compare the two")]);
        if (!File.Exists(casePath))
            return Checked<WeightedCase>.Failure([new Problem(casePath, 0, 0, "file not found", "check the path of the case")]);
        var result = Apply(File.ReadAllText(casePath), casePath, weights);
        if (result.Value is not { } copy) return result;
        try
        {
            File.WriteAllText(outputPath, copy.Text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Checked<WeightedCase>.Failure([Problem.About(Core.Problems.Subjects.Output, $"cannot write {outputPath}: {e.Message}", "check the folder exists and can be written")]);
        }
        return result;
    }

    /// <summary>Every interest of the case has one weight, and no weight names another interest.</summary>
    private static List<Problem> Cover(Case c, ElicitedWeights weights)
    {
        var ids = c.Interests.Select(i => i.Id).ToList();
        var problems = new List<Problem>();
        foreach (var w in weights.Items)
        {
            if (!ids.Contains(w.Interest))
                problems.Add(Problem.About(ElicitationSubjects.Weights, $"weight for '{w.Interest}', which is not an interest of case {c.Id}", Ids.UnknownHint(w.Interest, ids, "interests")));
            if (!(w.Low >= 0 && w.Low <= w.Point && w.Point <= w.High && double.IsFinite(w.High)))
                problems.Add(Problem.About(ElicitationSubjects.Weights, $"weight of '{w.Interest}' is not a valid point in a range (low {w.Low}, point {w.Point}, high {w.High})", "weights are 0 or more, low ≤ point ≤ high"));
        }
        foreach (var twice in weights.Items.GroupBy(w => w.Interest).Where(g => g.Count() > 1))
            problems.Add(Problem.About(ElicitationSubjects.Weights, $"two weights for '{twice.Key}'", "give each interest one weight"));
        if (ids.Where(id => weights.For(id) is null).ToList() is { Count: > 0 } missing)
            problems.Add(Problem.About(ElicitationSubjects.Weights, $"no weight for interest{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing)} of case {c.Id}",
                "weigh every interest of the case together: weights elicited for some only are not on the same scale as the rest"));
        if (problems.Count == 0 && weights.Items.All(w => w.High == 0))
            problems.Add(Problem.About(ElicitationSubjects.Weights, "every weight is 0", "give at least one interest a positive weight"));
        return problems;
    }

    /// <summary>The YAML of a weight: <c>0.173</c>, or <c>[0.149, 0.188]</c>.</summary>
    internal static string Yaml(ElicitedWeight w) => w.IsPoint || Number(w.Low) == Number(w.High) ? Number(w.Point) : $"[{Number(w.Low)}, {Number(w.High)}]";

    /// <summary>Four significant digits, never in exponent form.</summary>
    internal static string Number(double x) =>
        x == 0 ? "0" : Math.Round(x, Math.Clamp(3 - (int)Math.Floor(Math.Log10(Math.Abs(x))), 0, 15)).ToString("0.###############", CultureInfo.InvariantCulture);

    private static Interval Expected(ElicitedWeight w)
    {
        var yaml = Yaml(w);
        if (!yaml.StartsWith('[')) return new Interval(Parse(yaml), Parse(yaml));
        var parts = yaml[1..^1].Split(", ");
        return new Interval(Parse(parts[0]), Parse(parts[1]));
    }

    private static double Parse(string s) => double.Parse(s, CultureInfo.InvariantCulture);
}
