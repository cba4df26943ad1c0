using System.Text.Json.Serialization;

namespace Fulcrum.Scenario.Model;

/// <summary>Something to watch, the rule that says it fired, and what firing means.</summary>
public sealed record Signpost(
    string Id, string Name, Indicator Indicator, SignpostRule Rule, SignpostEffect Effect, string Source)
{
    /// <summary>
    /// How likely the signpost is to fire under each scenario (every scenario, each in [0, 1]); empty
    /// when the case does not say. Needed by the plans that watch it: the appraisal draws its firing
    /// from these. Its likelihood ratios are proportional to them (Bayes' rule needs only the ratios).
    /// </summary>
    public IReadOnlyDictionary<string, double> FireProbability { get; init; } = new Dictionary<string, double>();

    /// <summary>
    /// The development this signpost reads, shared with the other signposts that read it (empty:
    /// none): the fired members of a group count as one piece of evidence (docs/watch.md, "Groups").
    /// </summary>
    public string Group { get; init; } = "";
}

/// <summary>Where a signpost's observations come from.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(EventIndicator), "events")]
[JsonDerivedType(typeof(SeriesIndicator), "series")]
[JsonDerivedType(typeof(UnVoteIndicator), "unvotes")]
[JsonDerivedType(typeof(ManualIndicator), "manual")]
public abstract record Indicator;

/// <summary>
/// An event-data query on the store: a dyad (undirected unless <see cref="Directed"/>), CAMEO root
/// codes (empty = all), and a measure of the <c>dyad</c> command per day or week.
/// </summary>
public sealed record EventIndicator(
    string ActorA, string ActorB, bool Directed, IReadOnlyList<string> Roots, string Measure, string By) : Indicator;

/// <summary>
/// An external series: a <c>date,series,value</c> CSV (a path relative to the case file), or a
/// series shipped with the program (<c>builtin:gdelt-dyads</c>).
/// </summary>
public sealed record SeriesIndicator(string File, string Series) : Indicator
{
    /// <summary>What a missing period of this series means (the case's <c>gaps:</c>); null: the source's default (files: error; builtin:gdelt-dyads: zero).</summary>
    public SeriesGaps? Gaps { get; init; }
}

/// <summary>What a missing period of a series means: zero (nothing happened), skip (judge on the points present) or error.</summary>
public enum SeriesGaps
{
    Zero,
    Skip,
    Error,
}

/// <summary>A UN General Assembly alignment measure for a pair of countries, per year.</summary>
public sealed record UnVoteIndicator(string A, string B, string Measure, bool Important, string? Issue) : Indicator;

/// <summary>Observations an analyst records by hand, each dated and sourced.</summary>
public sealed record ManualIndicator(IReadOnlyList<Observation> Observations) : Indicator;

/// <summary>One manual observation: whether the signpost's condition was seen on that date.</summary>
public sealed record Observation(DateOnly Date, bool Fired, string Note, string Source);

/// <summary>The rule that turns observations into "fired".</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(ThresholdRule), "threshold")]
[JsonDerivedType(typeof(ChangeRule), "change")]
[JsonDerivedType(typeof(ObservedRule), "observed")]
public abstract record SignpostRule;

/// <summary>Fires when the measure is above (or below) <see cref="Value"/>.</summary>
public sealed record ThresholdRule(bool Above, double Value) : SignpostRule;

/// <summary>Fires when a change detector raises an alarm in <see cref="Direction"/>.</summary>
public sealed record ChangeRule(string Method, string Direction) : SignpostRule
{
    /// <summary>When a fired signpost stops counting (default: on an alarm in the opposite direction).</summary>
    public Clearing Clears { get; init; } = Clearing.Opposite;
}

/// <summary>Fires when the latest manual observation says so.</summary>
public sealed record ObservedRule : SignpostRule;

/// <summary>What firing means: likelihood ratios on scenarios (Bayes' rule), and/or a flag to show.</summary>
public sealed record SignpostEffect(IReadOnlyDictionary<string, double> LikelihoodRatios, string Flag);
