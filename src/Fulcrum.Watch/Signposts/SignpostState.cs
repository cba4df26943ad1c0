namespace Fulcrum.Watch.Signposts;

/// <summary>A signpost's state as of a date.</summary>
public enum SignpostState
{
    /// <summary>Its data were read and its rule does not hold.</summary>
    Quiet,

    /// <summary>Its rule holds: its likelihood ratios update the scenario probabilities and its flag is shown.</summary>
    Fired,

    /// <summary>
    /// Nothing to judge by: no observation or point on or before the date, too few points for the
    /// detector, data that end before the recency window, or a source that is not available (the
    /// event store when none was given). Treated like quiet by Bayes' rule, and said so.
    /// </summary>
    NoData,
}
