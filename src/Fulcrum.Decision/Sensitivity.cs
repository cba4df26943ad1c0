namespace Fulcrum.Decision;

/// <summary>
/// What would change the answer. The tornado and switching values compare the two options with the
/// highest expected utility (<see cref="OptionA"/> ahead of <see cref="OptionB"/>); EVPI says what is
/// worth learning before deciding.
/// </summary>
/// <param name="OptionA">The option with the highest expected utility (null with fewer than two options).</param>
/// <param name="OptionB">The option with the second highest expected utility.</param>
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
}

/// <summary>
/// One bar of the tornado: the expected-utility difference EU(A) − EU(B) when the parameter is at
/// the low and at the high end of its range, the others renormalised.
/// </summary>
/// <param name="Parameter">e.g. <c>weight syria_freedom</c> or <c>P(full_invasion)</c>.</param>
/// <param name="Kind">A weight or a scenario probability.</param>
/// <param name="Id">The interest or scenario id.</param>
/// <param name="ParameterLow">The parameter's low value.</param>
/// <param name="ParameterHigh">The parameter's high value.</param>
/// <param name="RangeSource"><c>range</c> (the case's range) or <c>±50%</c> (a point).</param>
/// <param name="Low">EU(A) − EU(B) with the parameter at its low value.</param>
/// <param name="High">EU(A) − EU(B) with the parameter at its high value.</param>
/// <param name="Base">EU(A) − EU(B) at the base, on the same draws.</param>
/// <param name="Swing">|High − Low|: the bar's length.</param>
public sealed record TornadoBar(
    string Parameter, ParameterKind Kind, string Id, double ParameterLow, double ParameterHigh, string RangeSource,
    double Low, double High, double Base, double Swing);

/// <summary>
/// The value of a parameter at which option B's expected utility overtakes option A's, found by
/// root-finding on EU(A) − EU(B) over the parameter's whole domain (probability 0 to 1; weight 0 up).
/// </summary>
/// <param name="Parameter">e.g. <c>P(full_invasion)</c> or <c>weight us_backing</c>.</param>
/// <param name="Kind">A weight or a scenario probability.</param>
/// <param name="Id">The interest or scenario id.</param>
/// <param name="OptionA">The option with the highest expected utility.</param>
/// <param name="OptionB">The runner-up, which overtakes A past the switching value.</param>
/// <param name="Value">The switching value, nearest to the base; null when there is none ("none in range").</param>
/// <param name="Base">The parameter's base value (probability used, or the weight range's midpoint).</param>
/// <param name="RangeLow">Low end of the range the case states for the parameter (0 for a probability without one).</param>
/// <param name="RangeHigh">High end of that range (1 for a probability without one).</param>
/// <param name="WithinRange">Whether the switching value lies inside that range.</param>
/// <param name="Statement">The finding in words, e.g. "Join Western sanctions overtakes Keep the current line if P(full_invasion) exceeds 0.62".</param>
public sealed record SwitchingValue(
    string Parameter, ParameterKind Kind, string Id, string OptionA, string OptionB,
    double? Value, double Base, double RangeLow, double RangeHigh, bool WithinRange, string Statement);

/// <summary>Expected value of perfect information, in utility units.</summary>
/// <param name="Total">EVPI: learning everything before deciding.</param>
/// <param name="ByUncertainty">Partial EVPI per uncertainty, largest first.</param>
public sealed record Evpi(double Total, IReadOnlyList<EvpiItem> ByUncertainty);

/// <summary>Partial EVPI of one uncertainty.</summary>
/// <param name="Name">e.g. <c>scenario</c>, <c>factor us_pressure</c>, <c>effects on syria_freedom</c>.</param>
/// <param name="Kind"><c>scenario</c>, <c>factor</c> or <c>effect_group</c>.</param>
/// <param name="Value">The partial EVPI (≤ <see cref="Evpi.Total"/>).</param>
public sealed record EvpiItem(string Name, string Kind, double Value);
