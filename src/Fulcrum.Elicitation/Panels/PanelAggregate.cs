using Fulcrum.Elicitation.Ahp;
using Fulcrum.Elicitation.Weights;
using Fulcrum.Scenario.Model;

namespace Fulcrum.Elicitation.Panels;

/// <summary>
/// A panel's combined inputs: weights (with each interest's spread over the analysts) and scenario
/// probabilities by both pools, in the case's order.
/// </summary>
/// <param name="Shares">Each analyst's share in the pools (analyst weights normalised), in the panel's order.</param>
/// <param name="Weights">The aggregate weights (summing to 1); null when the analysts gave none.</param>
/// <param name="WeightSpread">Per interest, from the lowest to the highest weight among the analysts and the aggregate; null with <paramref name="Weights"/>.</param>
/// <param name="WeightRule">How <paramref name="Weights"/> were combined, in words.</param>
/// <param name="Judgements">The geometric mean of the analysts' judgements, when the weights come from it.</param>
/// <param name="JudgementsAnalysis">Its AHP analysis (λmax, CR), likewise.</param>
/// <param name="LinearPool">The linear pool of the probabilities; null when the analysts gave none.</param>
/// <param name="LogarithmicPool">The logarithmic pool; null when none were given or every scenario is vetoed by someone's 0.</param>
/// <param name="Probabilities">The pool the options chose (<see cref="PanelOptions.Probabilities"/>); null when none were given.</param>
/// <param name="ProbabilityRule">Which pool, in words.</param>
public sealed record PanelAggregate(
    IReadOnlyList<double> Shares,
    IReadOnlyList<double>? Weights,
    IReadOnlyList<Interval>? WeightSpread,
    string WeightRule,
    PairwiseMatrix? Judgements,
    AhpResult? JudgementsAnalysis,
    IReadOnlyList<double>? LinearPool,
    IReadOnlyList<double>? LogarithmicPool,
    IReadOnlyList<double>? Probabilities,
    string ProbabilityRule)
{
    /// <summary>The aggregate weights for a case copy: points, or the analysts' spread around them (<see cref="WeightRange.Spread"/>).</summary>
    public ElicitedWeights ToElicitedWeights(IReadOnlyList<string> interests, WeightRange range = WeightRange.Point)
    {
        ArgumentNullException.ThrowIfNull(interests);
        Core.Problems.Preconditions.Require(Weights is not null && WeightSpread is not null && interests.Count == Weights.Count, "the panel gave weights, one per interest");
        return new([.. interests.Select((id, i) => range == WeightRange.Point
            ? new ElicitedWeight(id, Weights![i], Weights[i], Weights[i])
            : new ElicitedWeight(id, Weights![i], WeightSpread![i].Low, WeightSpread[i].High))],
            $"panel of {Shares.Count}: {WeightRule}{(range == WeightRange.Spread ? ", ranging over the analysts" : "")}");
    }
}
