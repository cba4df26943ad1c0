using System.Globalization;
using Fulcrum.Core.Problems;
using Fulcrum.Scenario.Model;

namespace Fulcrum.App.Examine;

/// <summary>
/// Reads interest weights written as <c>id=w,id=w,…</c> (the dashboard's weight sliders): each a
/// known interest at most once, each weight finite and from 0 to 1000, not all zero. Interests not
/// named keep the case's own weight; the engine normalises, so only the ratios count.
/// </summary>
public static class InterestWeightText
{
    /// <summary>What a problem with given weights is about (a host names it: the API's query parameter).</summary>
    public const string Subject = "weights";

    public const double MaxWeight = 1000;

    /// <summary>The case with the weights given set as points (a weight range in the case becomes the value given).</summary>
    public static Checked<Case> Apply(Case c, string text)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(text);
        var given = new Dictionary<string, double>(StringComparer.Ordinal);
        var problems = new List<Problem>();
        var example = string.Join(",", c.Interests.Select(i => $"{i.Id}={i.Weight.Mid.ToString(CultureInfo.InvariantCulture)}"));
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            var id = eq > 0 ? part[..eq].Trim() : part;
            if (eq <= 0 || !double.TryParse(part[(eq + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var w))
                problems.Add(Problem.About(Subject, $"'{part}' is not interest=weight", $"write e.g. {example}"));
            else if (c.Interests.All(i => i.Id != id))
                problems.Add(Problem.About(Subject, $"the case has no interest '{id}'", $"the interests are {string.Join(", ", c.Interests.Select(i => i.Id))}"));
            else if (!double.IsFinite(w) || w < 0 || w > MaxWeight)
                problems.Add(Problem.About(Subject, $"weight {part[(eq + 1)..]} for {id} is not from 0 to {MaxWeight}", "give a weight from 0 to 1000 (only the ratios count)"));
            else if (!given.TryAdd(id, w))
                problems.Add(Problem.About(Subject, $"interest '{id}' is weighted twice", "give each interest once"));
        }
        if (problems.Count == 0 && given.Count == 0) problems.Add(Problem.About(Subject, "no weights given", $"write e.g. {example}"));
        if (problems.Count > 0) return Checked<Case>.Failure(problems);
        var weighted = c.Interests.Select(i => given.TryGetValue(i.Id, out var w) ? i with { Weight = new Interval(w, w) } : i).ToList();
        if (weighted.All(i => i.Weight.High <= 0))
            return Checked<Case>.Failure([Problem.About(Subject, "every weight is zero", "give at least one interest a weight above zero")]);
        return Checked<Case>.Success(c with { Interests = weighted });
    }
}
