using Fulcrum.Core.Time;

namespace Fulcrum.Detection;

/// <summary>Which alarms a scan reports, and how much evidence it gathers.</summary>
public sealed record AlarmScanOptions
{
    public static AlarmScanOptions Default { get; } = new();

    /// <summary>Report alarms raised on or after this date (earlier points still serve as baseline). Default: all.</summary>
    public DateOnly? From { get; init; }

    /// <summary>
    /// Use the data up to this date only: what was known on that day (default: all). Detectors are
    /// online, so alarms before it are the same either way.
    /// </summary>
    public DateOnly? To { get; init; }

    /// <summary>The most events attached to one alarm by an <see cref="IEvidenceSource"/> (default 20).</summary>
    public int EvidenceEventLimit { get; init; } = 20;
}

/// <summary>A series the scan did not run, and why (too short, not counts).</summary>
public sealed record SkippedSeries(string Series, string Reason);

/// <summary>The alarms of one detector over a set of series, in date order, with the runs behind them.</summary>
public sealed record AlarmReport(
    string Method,
    IReadOnlyDictionary<string, double> Settings,
    IReadOnlyList<Alarm> Alarms,
    IReadOnlyList<DetectionResult> Runs,
    IReadOnlyList<SkippedSeries> Skipped);

/// <summary>Runs one detector over many series and gathers the alarms with their evidence.</summary>
public static class AlarmScan
{
    public static AlarmReport Run(IReadOnlyList<Series> series, IChangeDetector detector, AlarmScanOptions? options = null, IEvidenceSource? evidence = null)
    {
        options ??= AlarmScanOptions.Default;
        var runs = new List<DetectionResult>();
        var skipped = new List<SkippedSeries>();
        var alarms = new List<Alarm>();
        foreach (var s in series)
        {
            var cut = options.To is { } to ? s.Until(to) : s;
            if (detector.Unsuitable(cut) is { } why)
            {
                skipped.Add(new SkippedSeries(s.Name, why));
                continue;
            }
            var run = detector.Detect(cut);
            runs.Add(run);
            var raised = run.Alarms.Where(a => options.From is not { } from || a.Date >= from).ToList();
            if (evidence is null || raised.Count == 0)
            {
                alarms.AddRange(raised);
                continue;
            }
            // All of a series' alarms at once: the store finds their events in one pass.
            var events = evidence.EventsBehind(cut, raised, options.EvidenceEventLimit);
            alarms.AddRange(raised.Select((a, i) => a with { Evidence = a.Evidence with { Events = events[i] } }));
        }
        var period = series.Count > 0 ? series[0].Period : Period.Day;
        var ordered = alarms.OrderBy(a => a.Date).ThenBy(a => a.Series, StringComparer.Ordinal).ThenBy(a => a.Direction).ToList();
        return new AlarmReport(detector.Method, detector.Settings(period), ordered, runs, skipped);
    }
}
