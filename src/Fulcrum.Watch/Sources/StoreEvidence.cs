using System.Globalization;
using Fulcrum.Detection;
using Fulcrum.Events.Dyads;
using Fulcrum.Events.Store;

namespace Fulcrum.Watch.Sources;

/// <summary>
/// The events behind an alarm on a store series: those of the series' dyad and filters from the
/// alarm's onset to the end of the period it was raised in, the most mentioned first, with ids,
/// dates, actors, CAMEO codes, Goldstein scores and source URLs.
/// </summary>
public sealed class StoreEvidence(IEventStore store, DyadQuery query) : IEvidenceSource
{
    public IReadOnlyList<Detection.EvidenceEvent> EventsBehind(Series series, Alarm alarm, int limit)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(alarm);
        if (limit <= 0) return [];
        var end = series.Period.Add(alarm.Date, 1).AddDays(-1);
        var page = store.Events(new EvidenceQuery(query, alarm.Onset, end, limit));
        return [.. page.Events.Select(e => new Detection.EvidenceEvent(
            e.EventId.ToString(CultureInfo.InvariantCulture), e.EventDate, e.Actor1Code ?? "", e.Actor2Code ?? "",
            e.EventCode, e.GoldsteinScale, e.SourceUrl))];
    }
}
