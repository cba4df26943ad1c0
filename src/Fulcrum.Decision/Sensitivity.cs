namespace Fulcrum.Decision;

/// <summary>
/// What would change the answer. The tornado and switching values follow the rule's choice
/// (<see cref="OptionA"/>: the admissible option of highest expected utility, the recommendation
/// unless the robustness rule chose otherwise) against every other option; EVPI says what is worth
/// learning before deciding.
/// </summary>
/// <param name="OptionA">The rule's choice (admissible first, then expected utility); null with fewer than two options.</param>
/// <param name="OptionB">Its strongest rival at the base: the next admissible option by expected utility (or the next by expected utility when no other is admissible).</param>
/// <param name="Tornado">One bar per weight and scenario probability, largest swing first.</param>
/// <param name="Switching">One switching value per weight and scenario probability.</param>
/// <param name="Evpi">Expected value of perfect information, overall and per uncertainty.</param>
/// <param name="Notes">What could not be evaluated, and why.</param>
public sealed record Sensitivity(
    string? OptionA, string? OptionB, IReadOnlyList<TornadoBar> Tornado, IReadOnlyList<SwitchingValue> Switching,
    Evpi Evpi, IReadOnlyList<string> Notes);

/// <summary>What kind of parameter a sensitivity varies.</summary>
public enum ParameterKind
{
    /// <summary>An interest's weight, in the case's weight units (before normalising).</summary>
    Weight,
    /// <summary>A scenario's probability; the others are rescaled to keep the sum at 1.</summary>
    ScenarioProbability,
    /// <summary>A tolerance's accepted breach probability (<c>max_breach_probability</c>).</summary>
    ToleranceLimit,
}

/// <summary>
/// One bar of the tornado: the margin of option A, EU(A) − EU(its strongest rival there), when the
/// parameter is at the low and at the high end of its range, the others renormalised; and the
/// option the rule would choose at each end.
/// </summary>
/// <param name="Parameter">e.g. <c>weight syria_freedom</c>, <c>P(full_invasion)</c> or <c>limit rus_deconfliction</c>.</param>
/// <param name="Kind">A weight, a scenario probability or a tolerance limit.</param>
/// <param name="Id">The interest, scenario or tolerance id.</param>
/// <param name="ParameterLow">The parameter's low value (a weight in the case's units).</param>
/// <param name="ParameterHigh">The parameter's high value.</param>
/// <param name="RangeSource">Where the range comes from: <c>range</c> (the case's weight range or prior_range) or <c>±50%</c> (around a point or the probability used).</param>
/// <param name="Low">EU(A) − EU(strongest rival) with the parameter at its low value.</param>
/// <param name="High">The same at its high value.</param>
/// <param name="Base">The same at the base, on the same draws.</param>
/// <param name="Swing">|High − Low|: the bar's length.</param>
/// <param name="ChoiceAtLow">The option the rule chooses with the parameter at its low value.</param>
/// <param name="ChoiceAtHigh">The option the rule chooses with the parameter at its high value.</param>
/// <param name="ShareLow">For a weight: its normalised share of the total at the low value, the other weights at their midpoints; else null.</param>
/// <param name="ShareHigh">For a weight: its share at the high value; else null.</param>
public sealed record TornadoBar(
    string Parameter, ParameterKind Kind, string Id, double ParameterLow, double ParameterHigh, string RangeSource,
    double Low, double High, double Base, double Swing,
    string ChoiceAtLow, string ChoiceAtHigh, double? ShareLow, double? ShareHigh)
{
    /// <summary>Whether the rule's choice differs at either end of the range.</summary>
    public bool ChangesChoice(string a) => ChoiceAtLow != a || ChoiceAtHigh != a;
}

/// <summary>
/// Where the rule's choice first changes as one parameter moves away from its base in one direction,
/// to which option, and why — found by scanning the parameter's whole domain (probability or limit 0
/// to 1; weight 0 up) against every other option, then refining the boundary by bisection.
/// </summary>
/// <param name="Parameter">e.g. <c>P(full_invasion)</c>, <c>weight us_backing</c> or <c>limit usa_not_siding</c>.</param>
/// <param name="Kind">A weight, a scenario probability or a tolerance limit.</param>
/// <param name="Id">The interest, scenario or tolerance id.</param>
/// <param name="OptionA">The rule's choice at the base.</param>
/// <param name="OptionB">The option chosen past the switching value (null when the choice never changes).</param>
/// <param name="Value">The switching value (a weight in the case's units); null when there is none ("none in range").</param>
/// <param name="Base">The parameter's base value (probability used, weight midpoint, or the stated limit).</param>
/// <param name="RangeLow">Low end of the range the tornado used for the parameter.</param>
/// <param name="RangeHigh">High end of that range.</param>
/// <param name="WithinRange">Whether the switching value lies inside that range.</param>
/// <param name="Statement">The finding in words.</param>
/// <param name="RangeSource">Where that range comes from (as in the tornado).</param>
/// <param name="Rises">True when the change comes as the parameter rises, false as it falls; null when there is none.</param>
/// <param name="Cause"><c>overtakes</c> (B's expected utility passes A's), <c>becomes_admissible</c> (B comes within its tolerances), <c>becomes_inadmissible</c> (A leaves them); null when there is none.</param>
/// <param name="Share">For a weight: the switching value as a normalised share of the total weight, the other weights at their midpoints.</param>
/// <param name="BaseShare">For a weight: its share at the base.</param>
public sealed record SwitchingValue(
    string Parameter, ParameterKind Kind, string Id, string OptionA, string? OptionB,
    double? Value, double Base, double RangeLow, double RangeHigh, bool WithinRange, string Statement,
    string RangeSource, bool? Rises, string? Cause, double? Share, double? BaseShare);

/// <summary>
/// Expected value of perfect information, in utility units, measured against the rule: the informed
/// decision-maker still chooses only among the admissible options (all of them when none is), and the
/// reference is the best of those by expected utility.
/// </summary>
/// <param name="Total">EVPI: learning everything before deciding.</param>
/// <param name="ByUncertainty">Partial EVPI per uncertainty, largest first.</param>
/// <param name="Against">The option it is measured against.</param>
public sealed record Evpi(double Total, IReadOnlyList<EvpiItem> ByUncertainty, string Against);

/// <summary>Partial EVPI of one uncertainty.</summary>
/// <param name="Name">e.g. <c>scenario</c>, <c>factor us_pressure</c>, <c>effects on syria_freedom</c>.</param>
/// <param name="Kind"><c>scenario</c>, <c>factor</c> or <c>effect_group</c>.</param>
/// <param name="Value">The partial EVPI (≤ <see cref="Evpi.Total"/>).</param>
public sealed record EvpiItem(string Name, string Kind, double Value);
