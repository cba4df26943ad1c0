using Fulcrum.Core.Time;
using Fulcrum.Detection;

namespace Fulcrum.Watch.Signposts.Internal;

/// <summary>
/// The state a change rule gives at any date, from a detector's alarms: fired when the latest
/// alarm in the last <c>window</c> periods (the date's own included) is in the rule's direction.
/// The state changes only on an alarm's date or when an alarm leaves the window, which is how
/// <see cref="Since"/> finds where the current state began.
/// </summary>
internal sealed class AlarmTimeline(IReadOnlyList<Alarm> alarms, Direction? wanted, int window, Period period)
{
    public bool Matches(Alarm alarm) => wanted is null || alarm.Direction == wanted;

    /// <summary>The alarms at most <c>window − 1</c> periods before the period starting <paramref name="now"/>, in date order.</summary>
    public List<Alarm> Recent(DateOnly now) =>
        [.. alarms.Where(a => a.Date <= now && period.Steps(a.Date, now) < window)];

    /// <summary>The state at the period starting <paramref name="now"/>, and the alarm that decides it (null when no alarm is recent).</summary>
    public (bool Fired, Alarm? Deciding) At(DateOnly now)
    {
        var recent = Recent(now);
        if (recent.Count == 0) return (false, null);
        var latest = recent[^1].Date;
        var matching = recent.LastOrDefault(a => a.Date == latest && Matches(a));
        return matching is not null ? (true, matching) : (false, recent[^1]);
    }

    /// <summary>The latest alarm in the rule's direction on or before <paramref name="now"/>, recent or not.</summary>
    public Alarm? LastMatching(DateOnly now) => alarms.LastOrDefault(a => a.Date <= now && Matches(a));

    /// <summary>
    /// The first date of the unbroken stretch, ending at <paramref name="now"/>, in which the state
    /// has been what it is at <paramref name="now"/>; never earlier than <paramref name="start"/>
    /// (the detector's first tested point).
    /// </summary>
    public DateOnly Since(DateOnly now, DateOnly start)
    {
        var fired = At(now).Fired;
        var changes = alarms.Select(a => a.Date)
            .Concat(alarms.Select(a => period.Add(a.Date, window)))
            .Where(d => d > start && d <= now)
            .Distinct()
            .OrderDescending();
        foreach (var d in changes)
        {
            if (At(period.Add(d, -1)).Fired != fired) return d;
        }
        return start;
    }
}
