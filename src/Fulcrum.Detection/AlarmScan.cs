using Fulcrum.Core.Problems;
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

    /// <summary>What is wrong with these settings: a date range whose first date is after its last.</summary>
    public IReadOnlyList<Problem> Check() =>
        Reversed() is { } why ? [Problem.About(Subjects.From, why, "give a first date on or before the last, or only one of them")] : [];

    /// <summary>Why the date range is reversed, or null when it is not.</summary>
    internal string? Reversed() => From is { } from && To is { } to && from > to
        ? $"the date range is reversed: the first date {from:yyyy-MM-dd} is after the last {to:yyyy-MM-dd}"
        : null;
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
    /// <summary>What is wrong with <paramref name="options"/> (see <see cref="AlarmScanOptions.Check"/>): check before <see cref="Run"/>.</summary>
    public static IReadOnlyList<Problem> Check(AlarmScanOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Check();
    }

    /// <summary>
    /// Runs <paramref name="detector"/> over every series. With a reversed date range (first date
    /// after the last) nothing is run: every series is skipped with that reason, rather than cut to
    /// a stub that is then called too short.
    /// </summary>
    public static AlarmReport Run(IReadOnlyList<Series> series, IChangeDetector detector, AlarmScanOptions? options = null, IEvidenceSource? evidence = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(detector);
        options ??= AlarmScanOptions.Default;
        var runs = new List<DetectionResult>();
        var skipped = new List<SkippedSeries>();
        var alarms = new List<Alarm>();
        var reversed = options.Reversed();
        foreach (var s in series)
        {
            if (reversed is not null)
            {
                skipped.Add(new SkippedSeries(s.Name, reversed));
                continue;
            }
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
