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
