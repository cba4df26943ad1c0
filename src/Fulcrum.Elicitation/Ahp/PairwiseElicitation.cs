using Fulcrum.Core.Problems;

namespace Fulcrum.Elicitation.Ahp;

/// <summary>
/// Pairwise judgements asked one at a time, for an interactive host (a terminal, a form). The
/// questions come in a sensible order (<see cref="Questions"/>): first each item against the next
/// (a chain of n − 1 answers that already fixes every weight, so the host can show provisional weights
/// and what the chain implies for each later pair), then the remaining pairs by increasing distance,
/// each closing the smallest loop so that an inconsistency shows as early as possible. Answers may
/// come in any order and may be changed; <see cref="Matrix"/> builds the matrix once all are given.
/// </summary>
public sealed class PairwiseElicitation
{
    private readonly Dictionary<(int, int), double> _answers = [];
    private readonly Dictionary<string, int> _index;

    public PairwiseElicitation(IReadOnlyList<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        Preconditions.AtLeast(ids.Count, 1);
        Preconditions.Require(ids.Distinct(StringComparer.Ordinal).Count() == ids.Count, "ids are distinct");
        Ids = [.. ids];
        _index = Ids.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
        var n = Ids.Count;
        Questions = [.. Enumerable.Range(1, Math.Max(0, n - 1))
            .SelectMany(d => Enumerable.Range(0, n - d).Select(i => new PairQuestion(Ids[i], Ids[i + d])))];
    }

    /// <summary>The items compared, in order.</summary>
    public IReadOnlyList<string> Ids { get; }

    /// <summary>Every pair to ask, in the order to ask them: n(n − 1)/2 questions, each "how many times more First than Second?".</summary>
    public IReadOnlyList<PairQuestion> Questions { get; }

    /// <summary>The first question not yet answered, or null when all are.</summary>
    public PairQuestion? Next => Questions.FirstOrDefault(q => !_answers.ContainsKey(Key(q)));

    public int Answered => _answers.Count;

    public bool IsComplete => _answers.Count == Questions.Count;

    /// <summary>
    /// Records that <paramref name="first"/> matters <paramref name="value"/> times as much as
    /// <paramref name="second"/> (either order of the pair); a problem, and nothing recorded, when the
    /// value is off Saaty's scale.
    /// </summary>
    public Problem? Answer(string first, string second, double value)
    {
        var (i, j) = (IndexOf(first), IndexOf(second));
        Preconditions.Require(i != j, "a judgement compares two different items");
        if (!(value > 0) || !SaatyScale.Contains(value))
            return Problem.About(ElicitationSubjects.Judgement, $"{first} against {second}: {value} is outside Saaty's scale 1/9 … 9",
                "answer 1 (equal) to 9 (extreme) for the one that matters more");
        var v = Math.Clamp(value, SaatyScale.Min, SaatyScale.Max);
        _answers[i < j ? (i, j) : (j, i)] = i < j ? v : 1 / v;
        return null;
    }

    /// <summary>Records an answer as typed: <c>3</c>, <c>1/3</c>, <c>0.5</c>.</summary>
    public Problem? Answer(string first, string second, string text)
    {
        var parsed = SaatyScale.Parse(text);
        return parsed.Ok ? Answer(first, second, parsed.Value)
            : Problem.About(ElicitationSubjects.Judgement, $"{first} against {second}: {parsed.Error}", parsed.Hint);
    }

    /// <summary>Records "<paramref name="favoured"/> matters more, with <paramref name="intensity"/> 1–9" (1: equal).</summary>
    public Problem? AnswerPreference(PairQuestion question, string favoured, int intensity)
    {
        ArgumentNullException.ThrowIfNull(question);
        Preconditions.Require(favoured == question.First || favoured == question.Second, "the favoured item is one of the pair");
        if (intensity is < 1 or > 9)
            return Problem.About(ElicitationSubjects.Judgement, $"intensity {intensity} is not on Saaty's scale", "answer 1 (equal) to 9 (extreme)");
        return Answer(question.First, question.Second, favoured == question.First ? intensity : 1.0 / intensity);
    }

    /// <summary>The answer given for the pair (as First over Second), or null.</summary>
    public double? AnswerOf(string first, string second)
    {
        var (i, j) = (IndexOf(first), IndexOf(second));
        return _answers.TryGetValue(i < j ? (i, j) : (j, i), out var v) ? (i < j ? v : 1 / v) : null;
    }

    /// <summary>
    /// What the chain of answers between the two implies for the pair (the product of the
    /// neighbouring judgements between them), so a host can say "your answers so far imply 6";
    /// null until that chain is answered. It may lie beyond 9: that itself is worth showing.
    /// </summary>
    public double? Implied(string first, string second)
    {
        var (i, j) = (IndexOf(first), IndexOf(second));
        var (lo, hi) = (Math.Min(i, j), Math.Max(i, j));
        var product = 1.0;
        for (var k = lo; k < hi; k++)
        {
            if (!_answers.TryGetValue((k, k + 1), out var v)) return null;
            product *= v;
        }
        return i < j ? product : 1 / product;
    }

    /// <summary>The matrix of the answers, or the problem naming the pairs still to ask.</summary>
    public Checked<PairwiseMatrix> Matrix()
    {
        var missing = Questions.Where(q => !_answers.ContainsKey(Key(q))).ToList();
        if (missing.Count > 0)
            return Checked<PairwiseMatrix>.Failure([Problem.About(ElicitationSubjects.Judgement,
                $"{missing.Count} of {Questions.Count} judgements are still to give",
                $"answer {string.Join(", ", missing.Take(5).Select(q => $"{q.First} against {q.Second}"))}{(missing.Count > 5 ? " …" : "")}")]);
        return Checked<PairwiseMatrix>.Success(PairwiseMatrix.Build(Ids, (i, j) => _answers[(i, j)]));
    }

    private (int, int) Key(PairQuestion q) => (IndexOf(q.First), IndexOf(q.Second));

    private int IndexOf(string id) =>
        _index.TryGetValue(id, out var i) ? i : throw new ArgumentException($"precondition failed: '{id}' is not an item of the elicitation", nameof(id));
}

/// <summary>One question: how many times more does <paramref name="First"/> matter than <paramref name="Second"/>?</summary>
public sealed record PairQuestion(string First, string Second);
