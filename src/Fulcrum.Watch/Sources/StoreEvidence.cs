using Fulcrum.Core.Evidence;
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
    /// <summary>
    /// Up to this many alarms a series are looked up one by one. Measured on a 10M-event store: one
    /// alarm's events cost about 10 ms (the date range prunes most of the table), one pass for many
    /// alarms costs about a scan of their whole date range (about 50 ms over 34 years); so past about
    /// five alarms the one pass wins, and the more so the more alarms.
    /// </summary>
    public const int OneByOneUpTo = 4;

    /// <summary>The events behind every alarm on the series: one by one for a few, in one pass over the store for many.</summary>
    public async Task<IReadOnlyList<IReadOnlyList<EvidenceEvent>>> EventsBehindAsync(Series series, IReadOnlyList<Alarm> alarms, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(alarms);
        if (limit <= 0) return [.. alarms.Select(_ => (IReadOnlyList<EvidenceEvent>)[])];
        if (alarms.Count <= OneByOneUpTo)
        {
            var pages = new List<IReadOnlyList<EvidenceEvent>>(alarms.Count);
            foreach (var a in alarms)
                pages.Add((await store.EventsAsync(new EvidenceQuery(query, a.Onset, End(series, a), limit), cancellationToken).ConfigureAwait(false)).Events);
            return pages;
        }
        var spans = alarms.Select(a => new EvidenceSpan(a.Onset, End(series, a))).ToList();
        var all = await store.EventsAsync(query, spans, limit, cancellationToken).ConfigureAwait(false);
        return [.. all.Select(page => page.Events)];
    }

    /// <summary>The last day of the period the alarm was raised in.</summary>
    private static DateOnly End(Series series, Alarm alarm) => series.Period.Add(alarm.Date, 1).AddDays(-1);
}
