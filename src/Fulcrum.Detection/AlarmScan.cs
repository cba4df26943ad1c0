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

/// <summary>A series the scan did not run, why (too short, not counts) and what to do about it.</summary>
public sealed record SkippedSeries(string Series, string Reason)
{
    public string Hint { get; init; } = "";
}

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
    /// The alarms of <paramref name="detector"/> on every series (pure: no events attached). With a
    /// reversed date range (first date after the last) nothing is run: every series is skipped with
    /// that reason, rather than cut to a stub that is then called too short.
    /// </summary>
    public static AlarmReport Run(IReadOnlyList<Series> series, IChangeDetector detector, AlarmScanOptions? options = null) =>
        Scan(series, detector, options ?? AlarmScanOptions.Default).Report;

    /// <summary>
    /// As <see cref="Run"/>, with the events behind each alarm from <paramref name="evidence"/>: all of
    /// a series' alarms asked at once, so that a store finds their events in one pass.
    /// </summary>
    public static async Task<AlarmReport> RunAsync(
        IReadOnlyList<Series> series, IChangeDetector detector, AlarmScanOptions? options, IEvidenceSource? evidence, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(detector);
        options ??= AlarmScanOptions.Default;
        var (report, bySeries) = Scan(series, detector, options);
        if (evidence is null || report.Alarms.Count == 0 || options.EvidenceEventLimit <= 0) return report;
        var withEvents = new List<Alarm>(report.Alarms.Count);
        foreach (var (cut, raised) in bySeries.Where(x => x.Raised.Count > 0))
        {
            var events = await evidence.EventsBehindAsync(cut, raised, options.EvidenceEventLimit, cancellationToken).ConfigureAwait(false);
            withEvents.AddRange(raised.Select((a, i) => a with { Evidence = a.Evidence with { Events = events[i] } }));
        }
        return report with { Alarms = Ordered(withEvents) };
    }

    private static (AlarmReport Report, List<(Series Cut, List<Alarm> Raised)> BySeries) Scan(IReadOnlyList<Series> series, IChangeDetector detector, AlarmScanOptions options)
    {
        var runs = new List<DetectionResult>();
        var skipped = new List<SkippedSeries>();
        var bySeries = new List<(Series, List<Alarm>)>();
        var reversed = options.Reversed();
        foreach (var s in series)
        {
            if (reversed is not null)
            {
                skipped.Add(new SkippedSeries(s.Name, reversed) { Hint = "give a first date on or before the last" });
                continue;
            }
            var cut = options.To is { } to ? s.Until(to) : s;
            if (detector.Unsuitable(cut) is { } why)
            {
                skipped.Add(new SkippedSeries(s.Name, why) { Hint = detector.UnsuitableHint(cut) });
                continue;
            }
            var run = detector.DetectBySegment(cut);
            runs.Add(run);
            bySeries.Add((cut, [.. run.Alarms.Where(a => options.From is not { } from || a.Date >= from)]));
        }
        var period = series.Count > 0 ? series[0].Period : Period.Day;
        var alarms = Ordered(bySeries.SelectMany(x => x.Item2));
        return (new AlarmReport(detector.Method, detector.Settings(period), alarms, runs, skipped), bySeries);
    }

    private static List<Alarm> Ordered(IEnumerable<Alarm> alarms) =>
        [.. alarms.OrderBy(a => a.Date).ThenBy(a => a.Series, StringComparer.Ordinal).ThenBy(a => a.Direction)];
}
