using Fulcrum.Core.Time;
using Fulcrum.Detection.Cusum.Internal;
using Fulcrum.Detection.Internal;

namespace Fulcrum.Detection.Cusum;

/// <summary>
/// The two-sided tabular CUSUM (Page 1954) on z-scores against a trailing baseline:
/// S⁺ = max(0, S⁺ + z − k) and S⁻ = max(0, S⁻ − z − k); an alarm when a sum exceeds h, after
/// which that sum restarts from zero. Each point's z-score is measured against the window of points
/// just before it. (Freezing the baseline while a sum climbs keeps a change out of its own
/// reference, but it also locks in an unlucky baseline for the whole excursion: with a 28-day
/// window that raised false alarms more than fourfold in simulation, so the window slides; docs/watch.md.)
/// </summary>
public sealed class GaussianCusum : IChangeDetector
{
    public const string MethodName = "cusum";

    private readonly GaussianCusumOptions _options;

    public GaussianCusum(GaussianCusumOptions? options = null)
    {
        _options = options ?? GaussianCusumOptions.Default;
        if (_options.Check() is [var first, ..]) throw new ArgumentException(first, nameof(options));
    }

    public string Method => MethodName;

    public int Window(Period period) => _options.BaselineWindow ?? DetectionDefaults.BaselineWindow(period);

    public IReadOnlyDictionary<string, double> Settings(Period period) => new Dictionary<string, double>
    {
        ["baseline_window"] = _options.Known is null ? Window(period) : 0,
        ["k"] = _options.ReferenceShift,
        ["h"] = _options.Threshold,
    };

    public string? Unsuitable(Series series)
    {
        var needed = _options.Known is null ? Window(series.Period) + 1 : 1;
        return series.Count >= needed ? null
            : $"series '{series.Name}' has {series.Count} point{(series.Count == 1 ? "" : "s")}; the CUSUM needs {needed} ({needed - 1} for the baseline and one to test)";
    }

    public DetectionResult Detect(Series series)
    {
        if (Unsuitable(series) is { } why) throw new ArgumentException(why, nameof(series));
        var window = _options.Known is null ? Window(series.Period) : 0;
        var x = series.Values;
        var up = new double[x.Length];
        var down = new double[x.Length];
        Array.Fill(up, double.NaN, 0, window);
        Array.Fill(down, double.NaN, 0, window);
        var sides = new[] { new Excursion(Direction.Up), new Excursion(Direction.Down) };
        var alarms = new List<Alarm>();
        for (var t = window; t < x.Length; t++)
        {
            var baseline = BaselineAt(x, t, window);
            var z = Standardize(x[t], baseline);
            foreach (var side in sides)
            {
                side.Add(t, (side.Direction == Direction.Up ? z : -z) - _options.ReferenceShift, baseline);
                (side.Direction == Direction.Up ? up : down)[t] = side.Sum;
                if (side.Sum <= _options.Threshold) continue;
                alarms.Add(Alarms.Raise(series, Method, t, side.Start, side.Direction, side.Sum, _options.Threshold, side.Baseline));
                side.Reset();
            }
        }
        return new DetectionResult(series, Method, alarms, up, down);
    }

    private Baseline BaselineAt(IReadOnlyList<double> x, int start, int window) =>
        _options.Known is { } k ? Baseline.Known(k.Mean, k.Sd) : Baseline.Of(x, start - window, start);

    private double Standardize(double x, Baseline baseline) =>
        _options.CalibrateShortBaseline && !baseline.IsKnown ? ZScore.Calibrated(x, baseline) : ZScore.Plain(x, baseline);
}
