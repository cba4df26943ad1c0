using Fulcrum.Decision;

namespace Fulcrum.Elicitation.Panels;

/// <summary>
/// What a panel's disagreement does to the answer: the recommendation under the aggregate and under
/// each analyst's inputs, and for each input whether one analyst's value alone changes it.
/// </summary>
/// <param name="Aggregate">The panel's combined inputs.</param>
/// <param name="AggregateAppraisal">The appraisal of the case under the aggregate inputs.</param>
/// <param name="Analysts">The appraisal under each analyst's inputs, in the panel's order.</param>
/// <param name="Inputs">Every input the analysts gave (each interest's weight, then each scenario's probability), in the case's order.</param>
public sealed record PanelStudyResult(
    PanelAggregate Aggregate,
    Appraisal AggregateAppraisal,
    IReadOnlyList<AnalystAppraisal> Analysts,
    IReadOnlyList<InputDisagreement> Inputs)
{
    /// <summary>The recommended option under the aggregate inputs.</summary>
    public string Recommendation => AggregateAppraisal.Recommendation.Option;

    /// <summary>Whether every analyst's own inputs lead to the aggregate's recommendation.</summary>
    public bool Unanimous => Analysts.All(a => a.Recommendation == Recommendation);

    /// <summary>The inputs on which the analysts disagree enough to change the answer.</summary>
    public IReadOnlyList<InputDisagreement> Decisive => [.. Inputs.Where(i => i.ChangesRecommendation)];
}

/// <summary>The appraisal under one analyst's inputs (their weights and probabilities; the case's own for what they did not give).</summary>
public sealed record AnalystAppraisal(string Analyst, Appraisal Appraisal)
{
    public string Recommendation => Appraisal.Recommendation.Option;
}

/// <summary>What kind of input a <see cref="InputDisagreement"/> is about.</summary>
public enum InputKind
{
    /// <summary>An interest's weight.</summary>
    Weight,
    /// <summary>A scenario's probability.</summary>
    Probability,
}

/// <summary>One input (an interest's weight or a scenario's probability) and what each analyst's value of it does, alone, to the aggregate's recommendation.</summary>
/// <param name="Kind">Weight or probability.</param>
/// <param name="Id">The interest's or the scenario's id.</param>
/// <param name="Aggregate">The aggregate's value (normalised weight, or probability).</param>
/// <param name="Swaps">Per analyst, in the panel's order.</param>
public sealed record InputDisagreement(InputKind Kind, string Id, double Aggregate, IReadOnlyList<InputSwap> Swaps)
{
    /// <summary>Whether some analyst's value alone changes the recommendation.</summary>
    public bool ChangesRecommendation => Swaps.Any(s => s.Changes);

    /// <summary>The analysts' lowest value.</summary>
    public double Low => Swaps.Min(s => s.Value);

    /// <summary>The analysts' highest value.</summary>
    public double High => Swaps.Max(s => s.Value);
}

/// <summary>
/// The aggregate's inputs with one analyst's value of one input swapped in: the value, the
/// recommendation that follows, and whether it differs from the aggregate's. <paramref name="Ran"/> is
/// false when the value equals the aggregate's (within 1e-9), so no appraisal was needed.
/// </summary>
public sealed record InputSwap(string Analyst, double Value, string Recommendation, bool Changes, bool Ran);
