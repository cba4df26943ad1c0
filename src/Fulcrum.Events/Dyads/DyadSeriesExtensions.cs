using Fulcrum.Core.Problems;
using Fulcrum.Core.Time;
using Fulcrum.Events.Dyads.Internal;
using Fulcrum.Events.Store;

namespace Fulcrum.Events.Dyads;

/// <summary>Dyad series from any store: the engine sums, this builds the series the same way for every engine.</summary>
public static class DyadSeriesExtensions
{
    /// <summary>
    /// The series of <paramref name="query"/>: every period from the first to the last (the query's
    /// span, or the store's), periods without events as zeros, each measure computed and normalised.
    /// A period with a day the store's files do not cover is no data (<see cref="DyadPoint.Covered"/>
    /// false, every measure null), and a z-score whose baseline holds such a period is null: nothing
    /// is computed across a gap in the data. Events dated only to their month count in a monthly
    /// series (the months their files cover are covered); a daily or weekly series leaves them out,
    /// and the days only they cover are no data (<see cref="DyadSeries.MonthOnlyLeftOut"/> says how many).
    /// The first and last periods cover only the days inside the span when it does not start or end on
    /// a period boundary.
    /// </summary>
    /// <exception cref="ArgumentException">The query does not validate.</exception>
    public static async Task<DyadSeries> DyadAsync(this IEventStore store, DyadQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(query);
        var problems = query.Check();
        Preconditions.Require(problems.Count == 0, "a checked query: " + string.Join("; ", problems));
        var coverage = await store.CoverageAsync(cancellationToken).ConfigureAwait(false);
        var from = query.From ?? coverage.FirstDate;
        var to = query.To ?? coverage.LastDate;
        if (from is null || to is null || from > to)
            return new DyadSeries(query, from ?? to ?? default, to ?? from ?? default, []);
        var by = query.By;
        var first = by.Start(from.Value);
        var last = by.Start(to.Value);
        var fetchFrom = query.Normalize == DyadNormalization.Zscore ? by.Add(first, -query.BaselinePeriods) : first;
        // The span's own days, and for z-scores the whole periods of the baseline before it.
        var sums = await store.DyadCountsAsync(query, from.Value, to.Value, cancellationToken).ConfigureAwait(false);
        if (fetchFrom < first) sums = [.. await store.DyadCountsAsync(query, fetchFrom, first.AddDays(-1), cancellationToken).ConfigureAwait(false), .. sums];
        var counts = sums.ToDictionary(c => c.PeriodStart);
        var raw = new List<(DyadPoint Point, long Volume)>();
        for (var start = fetchFrom; start <= last; start = by.Next(start))
        {
            var c = counts.GetValueOrDefault(start) ?? new DyadCounts(start, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
            raw.Add((Measures.Of(c, by.End(start)), c.Volume));
        }
        var covered = coverage.FirstDate is { } firstDate ? by.Start(firstDate) : first;
        var points = Normalization.Apply(query, raw, covered).ToList();
        // A monthly series also counts the months covered by files of events dated only to their month.
        var spans = by == Period.Month && coverage.MonthSpans.Count > 0 ? CoveredSpan.Merge([.. coverage.Spans, .. coverage.MonthSpans]) : coverage.Spans;
        var known = raw.Select(r => Covers(coverage, spans, r.Point, from.Value, to.Value)).ToList();
        for (var i = 0; i < points.Count; i++)
        {
            if (!known[i]) points[i] = DyadPoint.NoData(points[i].PeriodStart, points[i].PeriodEnd);
            else if (query.Normalize == DyadNormalization.Zscore && known.Skip(Math.Max(0, i - query.BaselinePeriods)).Take(Math.Min(i, query.BaselinePeriods)).Contains(false))
                points[i] = DyadPoint.From(points[i].PeriodStart, points[i].PeriodEnd, _ => null);
        }
        return new DyadSeries(query, first, by.End(last), [.. points.Where(p => p.PeriodStart >= first)])
        {
            MonthOnlyLeftOut = by == Period.Month ? 0 : coverage.MonthOnlyEvents,
        };
    }

    /// <summary>
    /// Whether the store covers the days of <paramref name="p"/> inside the span (a store that
    /// reports no spans is taken to cover its first to its last event date, as before spans were kept).
    /// </summary>
    private static bool Covers(StoreCoverage coverage, IReadOnlyList<CoveredSpan> spans, DyadPoint p, DateOnly from, DateOnly to)
    {
        var first = p.PeriodStart < from && from <= p.PeriodEnd ? from : p.PeriodStart;
        var last = p.PeriodEnd > to ? to : p.PeriodEnd;
        if (spans.Count > 0 || coverage.MonthSpans.Count > 0) return spans.Any(s => s.First <= first && last <= s.Last);
        return coverage.FirstDate is { } a && coverage.LastDate is { } b && a <= first && last <= b;
    }
}
