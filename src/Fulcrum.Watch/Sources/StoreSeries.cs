using Fulcrum.Detection;
using Fulcrum.Events.Dyads;
using Fulcrum.Events.Store;

namespace Fulcrum.Watch.Sources;

/// <summary>
/// A dyad series of the event store (any measure of the <c>dyad</c> command) as a series for the
/// detectors, with the store as the source of the events behind each alarm.
/// </summary>
public static class StoreSeries
{
    /// <summary>
    /// The series of <paramref name="measure"/> for <paramref name="query"/> (by day, week or month):
    /// one point per period, periods without events as zeros, over the query's span clipped to the
    /// dates the store holds — a day after the last ingested file is not a day without events. A
    /// first or last week or month that span covers only in part is dropped, as weekly aggregation
    /// does: a partial sum would read as a fall. Periods where the measure is undefined
    /// (goldstein_mean and tone with no events) are left out; the detectors run on the points present.
    /// Periods the store's files do not cover are no data, not zeros: they are left out too, and the
    /// point after each such gap is a <see cref="Series.Breaks"/> date, so that no detector computes
    /// across the gap.
    /// The result carries the number of events behind the series (0: the store holds none of the
    /// dyad's events in the span, and the zeros mean nothing).
    /// </summary>
    public static async Task<StoreSeriesResult> LoadAsync(IEventStore store, DyadQuery query, DyadMeasure measure, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(query);
        var coverage = await store.CoverageAsync(cancellationToken).ConfigureAwait(false);
        var name = NameOf(query, measure);
        var period = query.By;
        if (coverage.FirstDate is not { } first || coverage.LastDate is not { } last)
            return new(new Series(name, period, [], [], $"store:{store.Location}", PolarityOf(measure)), 0);
        var from = query.From is { } f && f > first ? f : first;
        var to = query.To is { } t && t < last ? t : last;
        var series = from <= to ? (await store.DyadAsync(query with { From = from, To = to }, cancellationToken).ConfigureAwait(false)).Points : [];
        var kept = series.Where(p => p.PeriodStart >= from && p.PeriodEnd <= to).ToList();
        var events = (long)kept.Sum(p => p.Events ?? 0);
        var points = new List<(DateOnly PeriodStart, double Value)>();
        var breaks = new List<DateOnly>();
        var gap = false;
        foreach (var p in kept)
        {
            if (!p.Covered)
            {
                gap = points.Count > 0;
                continue;
            }
            if (p.Value(measure) is not { } v || !double.IsFinite(v)) continue;
            if (gap) breaks.Add(p.PeriodStart);
            gap = false;
            points.Add((p.PeriodStart, v));
        }
        return new(new Series(name, period, points.Select(p => p.PeriodStart), points.Select(p => p.Value),
            $"store:{store.Location}", PolarityOf(measure))
        { Breaks = breaks }, events);
    }

    /// <summary><c>ISR-USA goldstein_sum</c>, or <c>ISR&gt;USA</c> when directed.</summary>
    public static string NameOf(DyadQuery query, DyadMeasure measure)
    {
        ArgumentNullException.ThrowIfNull(query);
        return $"{query.ActorA}{(query.Directed ? ">" : "-")}{query.ActorB} {measure.Name()}";
    }

    /// <summary>
    /// Which way is better: cooperation counts and Goldstein and NetCoop sums, the mean and tone are
    /// better higher; conflict counts (n3, n4) worse higher; the count of all events says nothing.
    /// </summary>
    public static Polarity PolarityOf(DyadMeasure measure) => measure switch
    {
        DyadMeasure.N3 or DyadMeasure.N4 => Polarity.HigherIsWorse,
        DyadMeasure.Events => Polarity.Unknown,
        _ => Polarity.HigherIsBetter,
    };

    /// <summary>The measures the balance sheet and weekly aggregation should average, not sum.</summary>
    public static bool IsLevel(DyadMeasure measure) => !measure.IsExtensive();
}

/// <summary>A store series and the number of events behind it.</summary>
public sealed record StoreSeriesResult(Series Series, long Events);
