using Fulcrum.App.Cases;
using Fulcrum.Core.Problems;
using Fulcrum.Elicitation.Ahp;

namespace Fulcrum.App.Weights;

/// <summary>
/// An interactive AHP elicitation over a case's interests, one pair at a time, in the order of
/// <see cref="PairwiseElicitation"/>: first each interest against the next (these fix provisional
/// weights), then the remaining pairs, each with what the earlier answers imply. A host asks
/// <see cref="Next"/>, passes the typed answer to <see cref="Answer"/> (a problem, and nothing
/// recorded, when it is not a judgement) and shows <see cref="Provisional"/> after each answer.
/// </summary>
public sealed class AhpSession
{
    private readonly PairwiseElicitation _elicitation;

    internal AhpSession(LoadedCase loaded)
    {
        Case = loaded;
        _elicitation = new PairwiseElicitation([.. loaded.Case.Interests.Select(i => i.Id)]);
    }

    public LoadedCase Case { get; }

    /// <summary>The interests compared, in the case's order.</summary>
    public IReadOnlyList<string> Ids => _elicitation.Ids;

    /// <summary>The next pair to ask, or null when every pair is answered.</summary>
    public PairQuestion? Next => _elicitation.Next;

    public int Answered => _elicitation.Answered;

    /// <summary>How many pairs there are: n(n − 1)/2.</summary>
    public int Total => _elicitation.Questions.Count;

    /// <summary>The interest's name in the case.</summary>
    public string NameOf(string id) => Case.Case.Interests.First(i => i.Id == id).Name;

    /// <summary>What the answers so far imply for the pair (the chain between them), or null until they do.</summary>
    public double? Implied(PairQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return _elicitation.Implied(question.First, question.Second);
    }

    /// <summary>Records how many times more <c>First</c> matters than <c>Second</c>, as typed (<c>3</c>, <c>1/5</c>, <c>2.5</c>).</summary>
    public Problem? Answer(PairQuestion question, string text)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(text);
        return _elicitation.Answer(question.First, question.Second, text.Trim());
    }

    /// <summary>
    /// The weights and consistency of the answers so far, each pair not yet asked filled with what the
    /// answers imply (held to Saaty's scale); null until the first n − 1 answers fix every weight.
    /// </summary>
    public AhpResult? Provisional()
    {
        if (_elicitation.IsComplete) return AhpAnalysis.Analyze(_elicitation.Matrix().ValueOrThrow(), AhpOptions.Default with { Revisions = 0 });
        var ids = _elicitation.Ids;
        var upper = new List<double>();
        for (var i = 0; i < ids.Count; i++)
            for (var j = i + 1; j < ids.Count; j++)
            {
                var value = _elicitation.AnswerOf(ids[i], ids[j]) ?? _elicitation.Implied(ids[i], ids[j]);
                if (value is not { } v) return null;
                upper.Add(Math.Clamp(v, SaatyScale.Min, SaatyScale.Max));
            }
        return AhpAnalysis.Analyze(PairwiseMatrix.FromUpperTriangle(ids, upper), AhpOptions.Default with { Revisions = 0 });
    }

    /// <summary>The matrix of the answers, or the problem naming the pairs still to ask.</summary>
    public Checked<PairwiseMatrix> Matrix() => _elicitation.Matrix();
}
