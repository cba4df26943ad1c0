namespace Fulcrum.Decision;

/// <summary>The appraisal of a case's options: what each option is worth, which to take and why, and what would change it.</summary>
/// <param name="Case">The case's id.</param>
/// <param name="Seed">The seed of the random streams.</param>
/// <param name="Draws">The number of Monte Carlo draws.</param>
/// <param name="Scenarios">The scenario probabilities used, in the case's order.</param>
/// <param name="ProbabilitySource">Where the probabilities come from (e.g. <c>case priors</c>).</param>
/// <param name="ProbabilitiesMovedBy">What moved the probabilities away from the priors (e.g. signposts); empty for priors.</param>
/// <param name="Powers">The case's powers, in order (the keys of each option's breach probabilities).</param>
/// <param name="Interests">The interest ids, in order (the order of the central weight vectors).</param>
/// <param name="Options">One appraisal per option, in the case's order.</param>
/// <param name="Recommendation">The recommended option and the reason.</param>
/// <param name="Sensitivity">Tornado, switching values and EVPI; null when not asked for.</param>
/// <param name="Plans">One appraisal per adaptive plan, in the case's order (empty when the case has none).</param>
/// <param name="Watching">What watching is worth: the best plan against the best fixed option, and each signpost's EVSI; null when the case has no plans and no signpost states fire probabilities.</param>
public sealed record Appraisal(
    string Case, ulong Seed, int Draws,
    IReadOnlyList<ScenarioUsed> Scenarios, string ProbabilitySource, IReadOnlyList<string> ProbabilitiesMovedBy,
    IReadOnlyList<string> Powers, IReadOnlyList<string> Interests,
    IReadOnlyList<OptionAppraisal> Options, Recommendation Recommendation, Sensitivity? Sensitivity,
    IReadOnlyList<PlanAppraisal> Plans, Watching? Watching);

/// <summary>A scenario with its prior, the probability used, and how many draws fell in it.</summary>
public sealed record ScenarioUsed(string Id, string Name, double Prior, double Probability, int Draws);

/// <summary>
/// What one option is worth over the draws. Utilities lie in [0, 1] (weighted sum of interest values).
/// </summary>
/// <param name="Id">The option's id.</param>
/// <param name="Name">The option's name.</param>
/// <param name="ExpectedUtility">Mean utility over the draws.</param>
/// <param name="EuLow">Lower end of the utility interval (5th percentile by default).</param>
/// <param name="EuHigh">Upper end of the utility interval (95th percentile by default).</param>
/// <param name="EuSe">Monte Carlo standard error of <see cref="ExpectedUtility"/>.</param>
/// <param name="Cvar10">Mean utility of the worst tenth of draws (conditional value at risk).</param>
/// <param name="Breach">Per power, the probability that any of its tolerances is breached; null when the power states none.</param>
/// <param name="BreachByTolerance">Per tolerance id, the probability of breaching it.</param>
/// <param name="Admissible">Whether every tolerance's breach probability is within its accepted maximum.</param>
/// <param name="PBest">Share of draws in which the option ranks first (ties shared).</param>
/// <param name="RankAcceptability">Share of draws in which it ranks 1st, 2nd, … (SMAA); sums to 1.</param>
/// <param name="CentralWeights">Mean normalised weights of the draws in which it ranks first, by interest; null if it never does.</param>
/// <param name="ExpectedRegret">Mean of (best option's utility in the draw − this option's).</param>
/// <param name="RegretP95">95th percentile of regret (by default).</param>
/// <param name="KnifeEdges">The tolerances whose breach probability lies within two Monte Carlo standard errors of the accepted maximum: the option's admissibility there depends on the seed.</param>
public sealed record OptionAppraisal(
    string Id, string Name,
    double ExpectedUtility, double EuLow, double EuHigh, double EuSe, double Cvar10,
    IReadOnlyDictionary<string, double?> Breach, IReadOnlyDictionary<string, double> BreachByTolerance, bool Admissible,
    double PBest, IReadOnlyList<double> RankAcceptability, IReadOnlyList<double>? CentralWeights,
    double ExpectedRegret, double RegretP95, IReadOnlyList<KnifeEdge> KnifeEdges)
{
    /// <summary>The utility's minimum, quartiles and maximum over the draws (a box plot's numbers); null where an appraisal was built without them.</summary>
    public UtilityQuartiles? Quartiles { get; init; }
}

/// <summary>The five numbers of a box plot of one option's utility over the draws (quantiles by linear interpolation).</summary>
public sealed record UtilityQuartiles(double Min, double Q1, double Median, double Q3, double Max);

/// <summary>The recommendation.</summary>
/// <param name="Option">The recommended option's id; when none is admissible, the least-breaching option.</param>
/// <param name="Reason">One plain sentence saying why.</param>
/// <param name="Admissible">The ids of the options that keep every power inside its tolerance, best expected utility first.</param>
/// <param name="Status"><see cref="RecommendationStatus"/>.</param>
/// <param name="Runner">The option it was preferred to (the next admissible by expected utility), if any.</param>
/// <param name="Caveats">Sentences on what the answer hangs on: options whose admissibility lies within Monte Carlo error of a limit, with the draws that would settle it.</param>
public sealed record Recommendation(string Option, string Reason, IReadOnlyList<string> Admissible, RecommendationStatus Status, string? Runner,
    IReadOnlyList<string> Caveats);

/// <summary>How the recommendation was reached.</summary>
public enum RecommendationStatus
{
    /// <summary>The admissible option with the highest expected utility.</summary>
    HighestExpectedUtility,
    /// <summary>An admissible option whose tail regret is clearly lower than the expected-utility leader's.</summary>
    LowerTailRegret,
    /// <summary>No option is admissible: the one that breaches least is named.</summary>
    NoneAdmissible,
}
