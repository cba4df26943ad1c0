using Fulcrum.Core.Time;
using Fulcrum.Detection;
using Fulcrum.Scenario.Model;

namespace Fulcrum.Watch.Signposts;

/// <summary>
/// One signpost as of a date: its state, since when, the rule and the statistic it was judged by,
/// one sentence saying why, and the evidence.
/// </summary>
/// <param name="Signpost">The signpost, as the case states it (indicator, rule, effect).</param>
/// <param name="State">Quiet, fired or no data.</param>
/// <param name="Since">The first date of the unbroken stretch in which the signpost has been in <paramref name="State"/> up to the as-of date (null for no data).</param>
/// <param name="Rule">The rule in words: <c>cusum down, clears on an alarm up</c> (fired from an alarm down until an alarm up), <c>latest value below 40</c>, <c>latest observation</c>.</param>
/// <param name="Statistic">What the rule was judged on: the deciding alarm's statistic when fired, else the detector's statistic at the last point in the rule's direction; the latest value for a threshold; null for manual observations and no data.</param>
/// <param name="Threshold">What <paramref name="Statistic"/> is compared with (the detector's h or probability; the rule's value).</param>
/// <param name="Period">The period of the series (for manual indicators: day).</param>
/// <param name="DataThrough">The last point or observation on or before the as-of date.</param>
/// <param name="Reason">Why the state is what it is, in one sentence with the dates.</param>
/// <param name="Evidence">The alarm, points or observation behind the state.</param>
public sealed record SignpostReading(
    Signpost Signpost,
    SignpostState State,
    DateOnly? Since,
    string Rule,
    double? Statistic,
    double? Threshold,
    Period Period,
    DateOnly? DataThrough,
    string Reason,
    SignpostEvidence Evidence)
{
    public string Id => Signpost.Id;

    /// <summary>For a change rule: when it stops counting, in words (<c>clears on an alarm up</c>, <c>never clears</c>); empty for other rules.</summary>
    public string Clears { get; init; } = "";

    /// <summary>For a fired change rule: why it still counts as evidence (<c>it still counts: no alarm up since</c>); null otherwise.</summary>
    public string? StillCounts { get; init; }

    /// <summary>For no data because the series stopped before the as-of date: the first period without data; null otherwise.</summary>
    public DateOnly? NoDataSince { get; init; }

    public bool Fired => State == SignpostState.Fired;
}

/// <summary>
/// What a signpost's state rests on.
/// </summary>
/// <param name="Origin">Where the data come from (<see cref="SignpostData.Origin"/>).</param>
/// <param name="Alarm">For a change rule: the alarm that fired it, or the latest alarm in the window when it is quiet (null when none); with the events behind it where the store has them.</param>
/// <param name="Points">For a threshold rule: the points of the current stretch (at most a recency window of them, the latest last).</param>
/// <param name="Observation">For a manual indicator: the latest observation on or before the as-of date, which decides.</param>
public sealed record SignpostEvidence(string Origin, Alarm? Alarm, IReadOnlyList<SeriesPoint> Points, Observation? Observation)
{
    public static SignpostEvidence None(string origin) => new(origin, null, [], null);
}
