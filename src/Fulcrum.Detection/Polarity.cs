namespace Fulcrum.Detection;

/// <summary>
/// Which way is bad for a series, so that an alarm's direction can be read as worsening or
/// improving: a cooperation score is better higher, a count of material conflict is worse higher.
/// </summary>
public enum Polarity
{
    /// <summary>Not known: alarms say only up or down.</summary>
    Unknown,

    /// <summary>Higher values are better (cooperation scores, agreement with a partner).</summary>
    HigherIsBetter,

    /// <summary>Higher values are worse (counts of conflict events).</summary>
    HigherIsWorse,
}
