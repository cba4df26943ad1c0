using Fulcrum.Core.Time;
using Fulcrum.Events;
using Fulcrum.Events.Dyads;
using Fulcrum.Events.Reference;

namespace Fulcrum.Events.Tests.Conformance;

/// <summary>
/// The dyad measures computed the plain way, a LINQ pass over the reader's records: the independent
/// computation the store's SQL is checked against.
/// </summary>
public static class LinqDyad
{
    public static IEnumerable<EventRecord> Filter(IEnumerable<EventRecord> events, DyadQuery q, DateOnly from, DateOnly to) =>
        events.Where(e => e.EventDate >= from && e.EventDate <= to)
            .Where(e => !q.StateActorsOnly || (StateActors.IsState(e.Actor1) && StateActors.IsState(e.Actor2)))
            .Where(e => !q.RootEventsOnly || e.IsRootEvent == true)
            .Where(e => q.MinMentions is null || e.NumMentions >= q.MinMentions)
            .Where(e => q.Roots.Count == 0 || q.Roots.Contains(e.EventRootCode));

    public static bool InDyad(EventRecord e, DyadQuery q) =>
        (e.Actor1.CountryCode == q.ActorA && e.Actor2.CountryCode == q.ActorB)
        || (!q.Directed && e.Actor1.CountryCode == q.ActorB && e.Actor2.CountryCode == q.ActorA);

    /// <summary>One row per event, or per day, directed dyad and code when deduplicating.</summary>
    private static IEnumerable<(DateOnly Date, int Quad, double Goldstein, double ToneSum, long ToneMentions)> Rows(IEnumerable<EventRecord> events, bool dedupe)
    {
        var rows = events.Select(e => (EventDate: e.EventDate!.Value, e.Actor1.CountryCode, e.Actor2.CountryCode, e.EventCode, e.QuadClass, GoldsteinScale: e.GoldsteinScale ?? 0,
            ToneSum: e.AvgTone is { } t && e.NumMentions > 0 ? t * e.NumMentions.Value : 0.0,
            ToneMentions: e.AvgTone is not null && e.NumMentions > 0 ? (long)e.NumMentions.Value : 0L));
        if (!dedupe) return rows.Select(r => (r.EventDate, r.QuadClass, r.GoldsteinScale, r.ToneSum, r.ToneMentions));
        return rows.GroupBy(r => (r.EventDate, r.Item2, r.Item3, r.EventCode))
            .Select(g => (g.Key.EventDate, g.Min(r => r.QuadClass), g.Average(r => r.GoldsteinScale), g.Sum(r => r.ToneSum), g.Sum(r => r.ToneMentions)));
    }

    /// <summary>Raw points for every period from <paramref name="from"/>'s to <paramref name="to"/>'s.</summary>
    public static List<DyadPoint> Series(IReadOnlyList<EventRecord> events, DyadQuery q, DateOnly from, DateOnly to)
    {
        var rows = Rows(Filter(events, q, from, to).Where(e => InDyad(e, q)), q.Dedupe).ToLookup(r => q.By.Start(r.Date));
        var points = new List<DyadPoint>();
        for (var p = q.By.Start(from); p <= q.By.Start(to); p = q.By.Next(p))
        {
            var g = rows[p].ToList();
            double n1 = g.Count(r => r.Quad == 1), n2 = g.Count(r => r.Quad == 2), n3 = g.Count(r => r.Quad == 3), n4 = g.Count(r => r.Quad == 4);
            var mentions = g.Sum(r => r.ToneMentions);
            points.Add(new DyadPoint(p, q.By.End(p), n1, n2, n3, n4, g.Count,
                g.Sum(r => r.Goldstein), g.Sum(r => Math.Max(r.Goldstein, 0)), g.Sum(r => Math.Min(r.Goldstein, 0)),
                g.Count == 0 ? null : g.Average(r => r.Goldstein), n1 + (2 * n2) - (n3 + (2 * n4)),
                mentions == 0 ? null : g.Sum(r => r.ToneSum) / mentions));
        }
        return points;
    }

    /// <summary>The events per period without the dyad (total) or with actor A on either/the source side.</summary>
    public static long Volume(IReadOnlyList<EventRecord> events, DyadQuery q, DateOnly from, DateOnly to, DateOnly period, bool actor) =>
        Rows(Filter(events, q, from, to)
                .Where(e => !actor || e.Actor1.CountryCode == q.ActorA || (!q.Directed && e.Actor2.CountryCode == q.ActorA)), q.Dedupe)
            .LongCount(r => q.By.Start(r.Date) == period);

    public static void Equal(DyadPoint expected, DyadPoint actual)
    {
        Assert.Equal(expected.PeriodStart, actual.PeriodStart);
        Assert.Equal(expected.PeriodEnd, actual.PeriodEnd);
        foreach (var m in DyadMeasures.All)
        {
            var (e, a) = (expected.Value(m), actual.Value(m));
            Assert.True(e is null ? a is null : a is not null && Math.Abs(e.Value - a.Value) < 1e-9 * Math.Max(1, Math.Abs(e.Value)),
                $"{expected.PeriodStart} {m.Name()}: expected {e}, got {a}");
        }
    }
}
