using System.Globalization;
using Fulcrum.Core.Time;
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
        var page = store.Events(new EvidenceQuery(query, alarm.Onset, End(series, alarm), limit));
        return [.. page.Events.Select(Convert)];
    }

    /// <summary>
    /// Up to this many alarms a series are looked up one by one. Measured on a 10M-event store: one
    /// alarm's events cost about 10 ms (the date range prunes most of the table), one pass for many
    /// alarms costs about a scan of their whole date range (about 50 ms over 34 years); so past about
    /// five alarms the one pass wins, and the more so the more alarms.
    /// </summary>
    public const int OneByOneUpTo = 4;

    /// <summary>The events behind every alarm on the series: one by one for a few, in one pass over the store for many.</summary>
    public IReadOnlyList<IReadOnlyList<Detection.EvidenceEvent>> EventsBehind(Series series, IReadOnlyList<Alarm> alarms, int limit)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(alarms);
        if (limit <= 0) return [.. alarms.Select(_ => (IReadOnlyList<Detection.EvidenceEvent>)[])];
        if (alarms.Count <= OneByOneUpTo) return [.. alarms.Select(a => EventsBehind(series, a, limit))];
        var spans = alarms.Select(a => new EvidenceSpan(a.Onset, End(series, a))).ToList();
        return [.. store.Events(query, spans, limit).Select(page => (IReadOnlyList<Detection.EvidenceEvent>)[.. page.Events.Select(Convert)])];
    }

    /// <summary>The last day of the period the alarm was raised in.</summary>
    private static DateOnly End(Series series, Alarm alarm) => series.Period.Add(alarm.Date, 1).AddDays(-1);

    private static Detection.EvidenceEvent Convert(Events.Dyads.EvidenceEvent e) => new(
        e.EventId.ToString(CultureInfo.InvariantCulture), e.EventDate, e.Actor1Code ?? "", e.Actor2Code ?? "",
        e.EventCode, e.GoldsteinScale, e.SourceUrl);
}
