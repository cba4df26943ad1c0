namespace Fulcrum.Scenario.Model;

/// <summary>
/// The band a power accepts, e.g. "Russia keeps deconflicting in Syria": a condition that breaches
/// it, and the largest probability of breach the focal state accepts.
/// </summary>
public sealed record Tolerance(
    string Id, string Power, string Name, BreachCondition BreachWhen,
    double MaxBreachProbability, string Source);

/// <summary>What the breach condition is measured on.</summary>
public enum ConditionTarget
{
    /// <summary>An interest's level (baseline plus effect), in the interest's unit.</summary>
    Interest,
    /// <summary>A power's relation shift, in standard deviations of its baseline.</summary>
    Relation,
}

/// <summary>Breach when the target falls below (or rises above) a threshold.</summary>
public sealed record BreachCondition(ConditionTarget Target, string Id, bool Below, double Threshold)
{
    public bool IsBreachedBy(double level) => Below ? level < Threshold : level > Threshold;

    public string Describe() =>
        $"{(Target == ConditionTarget.Interest ? "interest" : "relation")} {Id} {(Below ? "<" : ">")} {Fmt.N(Threshold)}";
}
