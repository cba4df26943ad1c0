namespace Fulcrum.Decision;

/// <summary>
/// What one adaptive plan is worth over the same draws as the options (the JSON contract's
/// <c>plans[{id, start, switches, eu, cvar10, breach{}, regret, evsi}]</c>).
/// </summary>
/// <param name="Id">The plan's id.</param>
/// <param name="Name">The plan in words.</param>
/// <param name="Start">The option it takes now.</param>
/// <param name="Switches">Its switches, in the order they are read, with how often each applied.</param>
/// <param name="Eu">Mean utility over the draws.</param>
/// <param name="EuSe">Monte Carlo standard error of <see cref="Eu"/>.</param>
/// <param name="Cvar10">Mean utility of the worst tenth of draws.</param>
/// <param name="Breach">Per power, the probability that any of its tolerances is breached; null when the power states none.</param>
/// <param name="BreachByTolerance">Per tolerance id, the probability of breaching it.</param>
/// <param name="Admissible">Whether every tolerance's breach probability is within its accepted maximum.</param>
/// <param name="Regret">Mean of (best fixed option's utility in the draw − the plan's): the options' yardstick.</param>
/// <param name="RegretP95">95th percentile of that regret (by default).</param>
/// <param name="Evsi">
/// What watching as this plan does is worth: EU(plan) − EU(the best admissible fixed option), in
/// utility units; negative when the plan does worse than committing now.
/// </param>
public sealed record PlanAppraisal(
    string Id, string Name, string Start, IReadOnlyList<SwitchAppraisal> Switches,
    double Eu, double EuSe, double Cvar10,
    IReadOnlyDictionary<string, double?> Breach, IReadOnlyDictionary<string, double> BreachByTolerance, bool Admissible,
    double Regret, double RegretP95, double Evsi);

/// <summary>One switch of a plan, as appraised.</summary>
/// <param name="When">"SIGNPOST fires" or "SIGNPOST clears".</param>
/// <param name="Signpost">The signpost watched.</param>
/// <param name="OnFire">True when the switch applies on firing.</param>
/// <param name="To">The option switched to.</param>
/// <param name="Probability">Share of draws in which this switch applied.</param>
/// <param name="Cost">Mean utility the switch's cost took, over the draws in which it applied (0 when it has none).</param>
public sealed record SwitchAppraisal(string When, string Signpost, bool OnFire, string To, double Probability, double Cost);

/// <summary>
/// What watching is worth: the plans against the best admissible fixed option, and per signpost
/// that states fire probabilities, the expected value of its information (EVSI).
/// </summary>
/// <param name="Reference">The fixed option measured against: the best admissible one by expected utility.</param>
/// <param name="BestPlan">The admissible plan of highest expected utility; null when no plan is admissible (or there are none).</param>
/// <param name="Value">EU(best plan) − EU(reference): the value of the signposts' information as the plans use it; null without an admissible plan.</param>
/// <param name="Signposts">Per signpost with fire probabilities, its EVSI and the best response to it.</param>
public sealed record Watching(string Reference, string? BestPlan, double? Value, IReadOnlyList<SignpostValue> Signposts);

/// <summary>
/// The expected value of sample information of one signpost (Raiffa &amp; Schlaifer 1961): choosing
/// the best allowed option after seeing whether it fires, against committing now to the reference;
/// switching costs not counted. Computed from the scenario-conditional means of the draws by Bayes'
/// rule (the signpost depends on the world only through the scenario), so a signpost that fires
/// equally often under every scenario is worth exactly 0, and no signpost is worth more than the
/// scenario's EVPPI.
/// </summary>
/// <param name="Signpost">The signpost's id.</param>
/// <param name="Evsi">Its value, in utility units.</param>
/// <param name="FireProbability">Probability that it fires, over the scenarios as drawn.</param>
/// <param name="IfFires">The best allowed option when it fires.</param>
/// <param name="IfClears">The best allowed option when it does not.</param>
public sealed record SignpostValue(string Signpost, double Evsi, double FireProbability, string IfFires, string IfClears);

/// <summary>
/// A tolerance whose estimated breach probability lies within two Monte Carlo standard errors of its
/// accepted maximum: whether the option is admissible there depends on the seed.
/// </summary>
/// <param name="Tolerance">The tolerance's id.</param>
/// <param name="Breach">The estimated breach probability.</param>
/// <param name="Limit">The accepted maximum.</param>
/// <param name="StandardError">The estimate's standard error, √(p(1 − p) / N).</param>
/// <param name="DrawsToSettle">The draws at which the gap would be two standard errors; null when the estimate equals the limit (no number of draws settles that).</param>
public sealed record KnifeEdge(string Tolerance, double Breach, double Limit, double StandardError, long? DrawsToSettle);
