using Fulcrum.Core.Time;
using Fulcrum.Detection;
using Fulcrum.Scenario.Model;

namespace Fulcrum.Watch.Signposts.Internal;

/// <summary>
/// The state a change rule gives at a date, from a detector's alarms read in date order: an alarm
/// in the rule's direction fires it, and it stays fired — evidence that keeps counting — until the
/// rule's clearing says otherwise: an alarm in the opposite direction (the default), a set number
/// of days after its latest alarm (<c>clears_after</c>, or an opposite alarm first), or never. A
/// rule in direction <c>both</c> has no opposite: by default it clears when the detector's window
/// has passed since its latest alarm (the trailing baseline has absorbed the change).
/// </summary>
internal sealed class AlarmTimeline(IReadOnlyList<Alarm> alarms, Direction? wanted, Clearing clears, int window, Period period)
{
    public bool Matches(Alarm alarm) => wanted is null || alarm.Direction == wanted;

    private bool Opposes(Alarm alarm) => wanted is not null && alarm.Direction != wanted && clears.Kind != ClearingKind.Never;

    /// <summary>The state at the period starting <paramref name="now"/>, never earlier than <paramref name="start"/> (the first tested point).</summary>
    public TimelineState At(DateOnly now, DateOnly start)
    {
        var state = new TimelineState(false, start, null, null, null, null);
        foreach (var day in alarms.Where(a => a.Date <= now).GroupBy(a => a.Date).OrderBy(g => g.Key))
        {
            // On one date an alarm in the rule's direction decides, and one on the day its time runs out continues the stretch.
            var match = day.LastOrDefault(Matches);
            state = Expire(state, match is null ? day.Key : day.Key.AddDays(-1));
            if (match is not null)
                state = state.Fired ? state with { Latest = match } : new TimelineState(true, day.Key, match, match, null, null);
            else if (state.Fired && day.LastOrDefault(Opposes) is { } opposite)
                state = state with { Fired = false, Since = day.Key, ClearedBy = opposite };
            else if (!state.Fired && day.LastOrDefault(Opposes) is { } other)
                state = state with { Other = other };
        }
        return Expire(state, now);
    }

    /// <summary>When a fired stretch whose latest alarm is <paramref name="latest"/> stops counting by time alone (null: not by time).</summary>
    public DateOnly? Expiry(Alarm latest) => clears.Kind switch
    {
        ClearingKind.After => latest.Date.AddDays(clears.Days),
        ClearingKind.Opposite when wanted is null => period.Add(latest.Date, window),
        _ => null,
    };

    private TimelineState Expire(TimelineState state, DateOnly date) =>
        state.Fired && Expiry(state.Latest!) is { } end && end <= date ? state with { Fired = false, Since = end, Expired = end } : state;
}

/// <summary>
/// A change rule's state at a date and what it rests on.
/// </summary>
/// <param name="Fired">Whether the signpost counts as fired.</param>
/// <param name="Since">The first date of the current stretch (the first alarm, the clearing date, or the first tested point).</param>
/// <param name="First">The alarm that began the current (or last) fired stretch.</param>
/// <param name="Latest">The latest alarm in the rule's direction of that stretch.</param>
/// <param name="ClearedBy">When quiet after an opposite alarm: that alarm. While quiet with no fired stretch: null.</param>
/// <param name="Expired">When quiet because the time ran out: the date it cleared.</param>
internal sealed record TimelineState(bool Fired, DateOnly Since, Alarm? First, Alarm? Latest, Alarm? ClearedBy, DateOnly? Expired)
{
    /// <summary>The latest alarm the other way while never fired (to name it in the reason).</summary>
    public Alarm? Other { get; init; }
}
