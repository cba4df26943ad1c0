
namespace Fulcrum.Events.Dyads.Internal;

/// <summary>Scales raw dyad points as <see cref="DyadQuery.Normalize"/> says.</summary>
internal static class Normalization
{
    /// <param name="raw">Every period from the start of the baseline (if any) to the last, with its volume.</param>
    /// <param name="covered">The first period the store has data for: earlier periods are unknown, not zero.</param>
    public static IEnumerable<DyadPoint> Apply(DyadQuery query, IReadOnlyList<(DyadPoint Point, long Volume)> raw, DateOnly covered) =>
        query.Normalize switch
        {
            DyadNormalization.None => raw.Select(r => r.Point),
            DyadNormalization.Total or DyadNormalization.Actor => raw.Select(r => Share(r.Point, r.Volume)),
            DyadNormalization.Zscore => ZScores(raw.Select(r => r.Point).ToList(), query.BaselinePeriods, covered),
            _ => throw new ArgumentOutOfRangeException(nameof(query), query.Normalize, "unknown normalisation"),
        };

    /// <summary>Counts and sums as a share of the volume (0 when there is no volume); means unchanged.</summary>
    private static DyadPoint Share(DyadPoint p, long volume) =>
        DyadPoint.From(p.PeriodStart, p.PeriodEnd, m =>
            !m.IsExtensive() ? p.Value(m) : volume == 0 ? 0 : p.Value(m) / volume);

    /// <summary>
    /// z = (x − mean) / sd over the <paramref name="window"/> periods before each point (sample sd);
    /// null while the store covers fewer than that many earlier periods, or when sd is 0. Means and tone
    /// skip periods where they are undefined and need two defined values.
    /// </summary>
    private static IEnumerable<DyadPoint> ZScores(List<DyadPoint> points, int window, DateOnly covered)
    {
        for (var i = 0; i < points.Count; i++)
        {
            var p = points[i];
            var available = i >= window && points[i - window].PeriodStart >= covered;
            yield return DyadPoint.From(p.PeriodStart, p.PeriodEnd, m =>
            {
                if (!available || p.Value(m) is not { } x) return null;
                var baseline = new List<double>(window);
                for (var j = i - window; j < i; j++)
                    if (points[j].Value(m) is { } v) baseline.Add(v);
                if (baseline.Count < 2) return null;
                var mean = baseline.Average();
                var sd = Math.Sqrt(baseline.Sum(v => (v - mean) * (v - mean)) / (baseline.Count - 1));
                return sd == 0 ? null : (x - mean) / sd;
            });
        }
    }
}
