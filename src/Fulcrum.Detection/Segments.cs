namespace Fulcrum.Detection;

/// <summary>
/// A series with gaps of no data (<see cref="Series.Breaks"/>) is a run of segments, and no
/// statistic is computed across a gap: each segment gathers its own baseline, as if the series
/// began there. A detector that ran across a gap would compare the data after it with a baseline
/// from before it, and raise alarms on the absence of data, not on a change in it.
/// </summary>
public static class Segments
{
    /// <summary>The segments of <paramref name="series"/>, in order (the series itself when it has no break).</summary>
    public static IReadOnlyList<Series> Split(this Series series)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (series.Breaks.Count == 0) return [series];
        var parts = new List<Series>();
        var start = 0;
        for (var i = 1; i <= series.Count; i++)
        {
            if (i < series.Count && !series.Breaks.Contains(series.Dates[i])) continue;
            parts.Add(new Series(series.Name, series.Period, series.Dates.Skip(start).Take(i - start), series.Values.Skip(start).Take(i - start), series.Source, series.Polarity));
            start = i;
        }
        return parts;
    }

    /// <summary>
    /// The gaps of no data of a series with <see cref="Series.Breaks"/>: for each break, the days
    /// between the last point before it and the break's point (exclusive of both).
    /// </summary>
    public static IReadOnlyList<(DateOnly First, DateOnly Last)> GapDays(this Series series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var gaps = new List<(DateOnly, DateOnly)>();
        for (var i = 1; i < series.Count; i++)
            if (series.Breaks.Contains(series.Dates[i])) gaps.Add((series.Dates[i - 1].AddDays(1), series.Dates[i].AddDays(-1)));
        return gaps;
    }

    /// <summary>
    /// What a daily series with gaps of no data becomes when its points are gathered into longer
    /// periods (weeks, months): a period a gap touches is no data, not a partial sum (it is dropped),
    /// and the first period kept after each gap is a break of the gathered series.
    /// </summary>
    /// <param name="gaps">The daily series' <see cref="GapDays"/>.</param>
    /// <param name="start">The first day of the period.</param>
    /// <param name="end">The last day of the period.</param>
    public static bool Touches(IReadOnlyList<(DateOnly First, DateOnly Last)> gaps, DateOnly start, DateOnly end)
    {
        ArgumentNullException.ThrowIfNull(gaps);
        foreach (var (first, last) in gaps)
            if (first <= end && last >= start) return true;
        return false;
    }

    /// <summary>The breaks of a gathered series: for each gap, the first kept period that starts after it.</summary>
    /// <param name="gaps">The daily series' <see cref="GapDays"/>.</param>
    /// <param name="starts">The gathered series' period starts, in order.</param>
    public static IReadOnlyList<DateOnly> BreaksAfter(IReadOnlyList<(DateOnly First, DateOnly Last)> gaps, IReadOnlyList<DateOnly> starts)
    {
        ArgumentNullException.ThrowIfNull(gaps);
        ArgumentNullException.ThrowIfNull(starts);
        var breaks = new SortedSet<DateOnly>();
        foreach (var (_, last) in gaps)
        {
            var k = 0;
            while (k < starts.Count && starts[k] <= last) k++;
            if (k > 0 && k < starts.Count) breaks.Add(starts[k]);
        }
        return [.. breaks];
    }

    /// <summary>The last segment: the points since the data last resumed.</summary>
    public static Series Current(this Series series)
    {
        ArgumentNullException.ThrowIfNull(series);
        return series.Breaks.Count == 0 ? series : series.Split()[^1];
    }

    /// <summary>
    /// Runs <paramref name="detector"/> on each segment it can run on (one too short for its baseline
    /// is left out: NaN statistics, no alarm) and joins the results over the whole series.
    /// </summary>
    public static DetectionResult DetectBySegment(this IChangeDetector detector, Series series)
    {
        ArgumentNullException.ThrowIfNull(detector);
        ArgumentNullException.ThrowIfNull(series);
        if (series.Breaks.Count == 0) return detector.Detect(series);
        var alarms = new List<Alarm>();
        var up = new List<double>(series.Count);
        var down = new List<double>(series.Count);
        foreach (var part in series.Split())
        {
            if (detector.Unsuitable(part) is not null)
            {
                up.AddRange(Enumerable.Repeat(double.NaN, part.Count));
                down.AddRange(Enumerable.Repeat(double.NaN, part.Count));
                continue;
            }
            var run = detector.Detect(part);
            alarms.AddRange(run.Alarms);
            up.AddRange(run.Up);
            down.AddRange(run.Down);
        }
        return new DetectionResult(series, detector.Method, alarms, up, down);
    }
}
