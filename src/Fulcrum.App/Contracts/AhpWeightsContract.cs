using Fulcrum.App.Weights;
using Fulcrum.Elicitation.Ahp;

namespace Fulcrum.App.Contracts;

/// <summary>
/// <c>weights ahp</c> as JSON: the principal-eigenvector weights by interest, the geometric-mean
/// weights beside them, λmax, CI, RI and CR (null when not rated, for more than 15 interests), and,
/// when CR is above 0.10, the judgements whose revision most reduces it; the copy, when written.
/// </summary>
public sealed record AhpWeightsContract(
    string? Case, string? File, IReadOnlyDictionary<string, double> Weights, IReadOnlyDictionary<string, double> GeometricMeanWeights,
    double LambdaMax, double ConsistencyIndex, double? RandomIndex, double? ConsistencyRatio, Consistency Consistency,
    IReadOnlyList<AhpWeightsContract.Revision> Revisions, WeightsCopyContract? Copy) : Contract
{
    public static AhpWeightsContract Of(AhpElicitation e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var r = e.Result;
        return new(e.Case?.Ref.Origin, e.File, ById(r.Ids, r.Weights), ById(r.Ids, r.GeometricMeanWeights),
            r.LambdaMax, r.ConsistencyIndex, r.RandomIndex, r.ConsistencyRatio, r.Consistency,
            [.. r.Revisions.Select(v => new Revision(v.First, v.Second, v.Current, v.Implied, v.Suggested, v.LambdaMaxAfter, v.ConsistencyRatioAfter))],
            WeightsCopyContract.Of(e.Copy));
    }

    /// <summary>Replacing judgement (first, second) by <c>suggested</c> (the scale value nearest <c>implied</c> = w(first)/w(second)) gives <c>consistency_ratio_after</c>.</summary>
    public sealed record Revision(string First, string Second, double Current, double Implied, double Suggested, double LambdaMaxAfter, double ConsistencyRatioAfter);

    internal static IReadOnlyDictionary<string, double> ById(IReadOnlyList<string> ids, IReadOnlyList<double> values) =>
        ids.Select((id, i) => (id, values[i])).ToDictionary(t => t.id, t => t.Item2, StringComparer.Ordinal);
}
