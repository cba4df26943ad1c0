using Fulcrum.Core.Problems;
using Fulcrum.Elicitation.Ahp;
using Fulcrum.Elicitation.Swings;

namespace Fulcrum.Elicitation.Weights;

/// <summary>
/// One interest's elicited weight: the <paramref name="Point"/> estimate and the range written into a
/// case (<paramref name="Low"/> = <paramref name="High"/> = the point when no range is asked for).
/// The range always holds the point.
/// </summary>
public sealed record ElicitedWeight(string Interest, double Point, double Low, double High)
{
    public bool IsPoint => Low == High;
}

/// <summary>Whether a weight goes into the case as a point or as a range, and which range (docs/elicitation.md).</summary>
public enum WeightRange
{
    /// <summary>The point estimate only: <c>weight: 0.173</c>.</summary>
    Point,

    /// <summary>
    /// The spread of the estimates: for AHP, from the eigenvector weight to the geometric-mean weight;
    /// for a panel, from the lowest to the highest analyst's weight (and the aggregate's).
    /// </summary>
    Spread,
}

/// <summary>
/// Weights for every interest of a case, as elicited, with where they come from; normalised to sum to 1
/// (the point estimates). <see cref="CaseWeightWriter"/> writes them into a copy of the case.
/// </summary>
public sealed record ElicitedWeights(IReadOnlyList<ElicitedWeight> Items, string Source)
{
    /// <summary>Point weights by id (each its own range).</summary>
    public static ElicitedWeights Points(IReadOnlyList<KeyValuePair<string, double>> weights, string source)
    {
        ArgumentNullException.ThrowIfNull(weights);
        Preconditions.Require(weights.All(w => w.Value >= 0 && double.IsFinite(w.Value)), "weights are finite and not negative");
        return new([.. weights.Select(w => new ElicitedWeight(w.Key, w.Value, w.Value, w.Value))], source);
    }

    /// <summary>The AHP eigenvector weights; with <see cref="WeightRange.Spread"/>, each ranging to its geometric-mean weight.</summary>
    public static ElicitedWeights FromAhp(AhpResult result, WeightRange range = WeightRange.Point)
    {
        ArgumentNullException.ThrowIfNull(result);
        var source = $"AHP, principal eigenvector (λmax {result.LambdaMax:0.###}, CR {(result.ConsistencyRatio is { } cr ? cr.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture) : "not rated")})";
        return new([.. result.Ids.Select((id, i) =>
        {
            var (w, g) = (result.Weights[i], result.GeometricMeanWeights[i]);
            return range == WeightRange.Point ? new ElicitedWeight(id, w, w, w) : new ElicitedWeight(id, w, Math.Min(w, g), Math.Max(w, g));
        })], range == WeightRange.Point ? source : source + ", ranging to the geometric-mean weights");
    }

    /// <summary>The swing weights (points).</summary>
    public static ElicitedWeights FromSwing(SwingResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Points([.. result.Ids.Select((id, i) => KeyValuePair.Create(id, result.Weights[i]))], "swing weighting");
    }

    /// <summary>The weight of <paramref name="interest"/>, or null.</summary>
    public ElicitedWeight? For(string interest) => Items.FirstOrDefault(w => string.Equals(w.Interest, interest, StringComparison.Ordinal));
}
