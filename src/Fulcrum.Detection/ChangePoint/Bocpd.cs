using Fulcrum.Core.Time;
using Fulcrum.Detection.ChangePoint.Internal;
using Fulcrum.Detection.Internal;

namespace Fulcrum.Detection.ChangePoint;

/// <summary>
/// Bayesian online change-point detection (Adams &amp; MacKay 2007) with a constant hazard and a
/// Normal-Gamma or Poisson-Gamma model per run. An alarm is raised at a point when the posterior
/// probability that the current run began within the last <see cref="BocpdOptions.Lookback"/>
/// points reaches <see cref="BocpdOptions.Probability"/>; its onset is the most probable such
/// start. A start within <see cref="BocpdOptions.Separation"/> points after an alarmed onset counts
/// as the same change. The first baseline window calibrates the prior and raises no alarms.
/// </summary>
public sealed class Bocpd : IChangeDetector
{
    public const string MethodName = "bocpd";

    private readonly BocpdOptions _options;

    public Bocpd(BocpdOptions? options = null)
    {
        _options = options ?? BocpdOptions.Default;
        if (_options.Check() is [var first, ..]) throw new ArgumentException(first, nameof(options));
    }

    public string Method => MethodName;

    public int Window(Period period) => _options.BaselineWindow ?? DetectionDefaults.BaselineWindow(period);

    public IReadOnlyDictionary<string, double> Settings(Period period) => new Dictionary<string, double>
    {
        ["baseline_window"] = Window(period),
        ["expected_run_length"] = _options.ExpectedRunLength,
        ["lookback"] = _options.Lookback ?? Window(period),
        ["separation"] = _options.Separation,
        ["probability"] = _options.Probability,
        ["max_run_length"] = _options.MaxRunLength,
        ["poisson_model"] = _options.Model == BocpdModel.Poisson ? 1 : 0,
    };

    public string UnsuitableHint(Series series) => _options.Model == BocpdModel.Poisson && !series.IsCounts()
        ? "for scores, shares or z-scores use the normal model"
        : "give a longer series, or a shorter {baseline}";

    public string? Unsuitable(Series series)
    {
        if (_options.Model == BocpdModel.Poisson && !series.IsCounts())
            return $"bocpd's Poisson model refuses series '{series.Name}': it is not a count series (the model needs whole numbers ≥ 0)";
        var needed = Window(series.Period) + 1;
        return series.Count >= needed ? null
            : $"series '{series.Name}' has {series.Count} point{(series.Count == 1 ? "" : "s")}; BOCPD needs {needed} ({needed - 1} to calibrate the prior and one to test)";
    }

    public DetectionResult Detect(Series series)
    {
        var filter = Start(series, out var window);
        var lookback = _options.Lookback ?? window;
        var x = series.Values;
        var probability = new double[x.Length];
        Array.Fill(probability, double.NaN, 0, window);
        var alarms = new List<Alarm>();
        var lastOnset = int.MinValue / 2;
        for (var t = 0; t < x.Length; t++)
        {
            filter.Step(t, x[t]);
            if (t < window) continue;
            var earliest = Math.Max(1, Math.Max(t - lookback + 1, lastOnset + _options.Separation));
            probability[t] = filter.MassStartingFrom(earliest);
            if (probability[t] < _options.Probability) continue;
            var onset = filter.MostProbableStartFrom(earliest);
            alarms.Add(Raise(series, t, onset, probability[t], window));
            lastOnset = onset;
        }
        return new DetectionResult(series, Method, alarms, probability, probability);
    }

    /// <summary>The full run-length posterior after every point (memory grows with length × kept run lengths: for charts and checks).</summary>
    public IReadOnlyList<RunLengthPosterior> Posterior(Series series)
    {
        var filter = Start(series, out _);
        var result = new List<RunLengthPosterior>(series.Count);
        for (var t = 0; t < series.Count; t++)
        {
            filter.Step(t, series.Values[t]);
            var starts = new int[filter.Count];
            var probabilities = new double[filter.Count];
            for (var i = 0; i < filter.Count; i++) (starts[i], probabilities[i]) = (filter.StartOf(i), filter.MassOf(i));
            result.Add(new RunLengthPosterior(t, starts, probabilities));
        }
        return result;
    }

    private RunLengthFilter Start(Series series, out int window)
    {
        if (Unsuitable(series) is { } why) throw new ArgumentException(why, nameof(series));
        window = Window(series.Period);
        var calibration = Baseline.Of(series.Values, 0, window);
        var capacity = _options.MaxRunLength + 1;
        RunModel model = _options.Model == BocpdModel.Poisson
            ? new PoissonGammaRuns((calibration.Mean * window + 0.5) / window, capacity)
            : new NormalGammaRuns(calibration.Mean, calibration.FlooredSd, capacity);
        return new RunLengthFilter(model, 1 / _options.ExpectedRunLength, _options.MaxRunLength);
    }

    private Alarm Raise(Series series, int t, int onset, double probability, int window)
    {
        var baseline = Baseline.Of(series.Values, Math.Max(0, onset - window), onset);
        var after = Baseline.Of(series.Values, onset, t + 1);
        var direction = after.Mean >= baseline.Mean ? Direction.Up : Direction.Down;
        return Alarms.Raise(series, Method, t, onset, direction, probability, _options.Probability, baseline);
    }
}
