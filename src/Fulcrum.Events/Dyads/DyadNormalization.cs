namespace Fulcrum.Events.Dyads;

/// <summary>How a dyad series is scaled (GDELT's volume grows every year, so raw counts drift).</summary>
public enum DyadNormalization
{
    /// <summary>Raw counts and sums.</summary>
    None,
    /// <summary>Counts and sums divided by all events in the store in the period (same filters, any dyad).</summary>
    Total,
    /// <summary>Counts and sums divided by the events of actor A in the period (as actor 1 when directed, either side when not).</summary>
    Actor,
    /// <summary>Every measure as a z-score against the trailing baseline of the periods before it.</summary>
    Zscore,
}
