namespace Fulcrum.Elicitation.Ahp;

/// <summary>
/// The weights a pairwise matrix gives and how consistent its judgements are.
/// </summary>
/// <param name="Ids">The items (interest ids), in the matrix's order.</param>
/// <param name="Weights">The principal right eigenvector, normalised to sum to 1 (Saaty's priorities).</param>
/// <param name="GeometricMeanWeights">The normalised geometric means of the rows (Crawford &amp; Williams 1985); equal to <paramref name="Weights"/> when the judgements are consistent.</param>
/// <param name="LambdaMax">The principal eigenvalue; n exactly when the judgements are consistent, more otherwise.</param>
/// <param name="ConsistencyIndex">CI = (λmax − n) / (n − 1); 0 for n ≤ 2.</param>
/// <param name="RandomIndex">RI(n) (<see cref="Ahp.RandomIndex"/>); null for n ≤ 2 and n &gt; 15.</param>
/// <param name="ConsistencyRatio">CR = CI / RI; 0 for n ≤ 2; null for n &gt; 15 (no random index).</param>
/// <param name="Consistency">Whether CR is acceptable.</param>
/// <param name="Revisions">When CR is above the acceptable ratio: the judgements whose replacement by the value the weights imply lowers it most, best first.</param>
/// <param name="Steps">Matrix squarings the eigenvector took to converge.</param>
public sealed record AhpResult(
    IReadOnlyList<string> Ids,
    IReadOnlyList<double> Weights,
    IReadOnlyList<double> GeometricMeanWeights,
    double LambdaMax,
    double ConsistencyIndex,
    double? RandomIndex,
    double? ConsistencyRatio,
    Consistency Consistency,
    IReadOnlyList<JudgementRevision> Revisions,
    int Steps)
{
    /// <summary>The eigenvector weight of <paramref name="id"/>.</summary>
    public double WeightOf(string id) => Weights[Index(id)];

    /// <summary>The geometric-mean weight of <paramref name="id"/>.</summary>
    public double GeometricMeanWeightOf(string id) => GeometricMeanWeights[Index(id)];

    /// <summary>The eigenvector weights by id, in the matrix's order.</summary>
    public IReadOnlyList<KeyValuePair<string, double>> WeightsById() =>
        [.. Ids.Select((id, i) => KeyValuePair.Create(id, Weights[i]))];

    private int Index(string id)
    {
        for (var i = 0; i < Ids.Count; i++)
            if (string.Equals(Ids[i], id, StringComparison.Ordinal)) return i;
        throw new ArgumentException($"precondition failed: '{id}' is not an id of the result", nameof(id));
    }
}

/// <summary>Whether a matrix's consistency ratio is acceptable.</summary>
public enum Consistency
{
    /// <summary>CR at most the acceptable ratio (0.10 by default).</summary>
    Acceptable,
    /// <summary>CR above the acceptable ratio: revise the judgements (see <see cref="AhpResult.Revisions"/>).</summary>
    Inconsistent,
    /// <summary>More than 15 items: no random index, so CR is not rated (λmax and CI still are).</summary>
    NotRated,
}

/// <summary>
/// A judgement worth revisiting: replacing (<paramref name="First"/>, <paramref name="Second"/>)
/// by <paramref name="Suggested"/>, the scale value nearest to the ratio of their current weights,
/// would bring the consistency ratio to <paramref name="ConsistencyRatioAfter"/>.
/// </summary>
/// <param name="First">The row's id.</param>
/// <param name="Second">The column's id.</param>
/// <param name="Current">The judgement as given.</param>
/// <param name="Implied">w(First) / w(Second) under the current weights.</param>
/// <param name="Suggested"><paramref name="Implied"/> rounded to Saaty's scale.</param>
/// <param name="LambdaMaxAfter">λmax with the suggested value in place.</param>
/// <param name="ConsistencyRatioAfter">CR with the suggested value in place.</param>
public sealed record JudgementRevision(
    string First, string Second, double Current, double Implied, double Suggested,
    double LambdaMaxAfter, double ConsistencyRatioAfter);
