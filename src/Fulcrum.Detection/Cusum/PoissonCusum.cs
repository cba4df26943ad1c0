using Fulcrum.Core.Time;
using Fulcrum.Detection.Cusum.Internal;
using Fulcrum.Detection.Internal;

namespace Fulcrum.Detection.Cusum;

/// <summary>
/// The two-sided Poisson CUSUM on counts (Lucas 1985) as a log-likelihood-ratio CUSUM: with
/// in-control rate λ₀ and out-of-control rate λ₁, each count x adds
/// (x·ln(λ₁/λ₀) − (λ₁ − λ₀)) / φ to S = max(0, S + …), and an alarm is raised when S exceeds h.
/// λ₀ is the Jeffreys posterior mean of the trailing baseline, (Σx + ½) / n, which stays above
/// zero when the baseline saw no events; φ is its overdispersion (see <see cref="PoissonCusumOptions"/>).
/// </summary>
public sealed class PoissonCusum : IChangeDetector
{
    public const string MethodName = "poisson-cusum";

    private readonly PoissonCusumOptions _options;

    public PoissonCusum(PoissonCusumOptions? options = null)
    {
        _options = options ?? PoissonCusumOptions.Default;
        if (_options.Check() is [var first, ..]) throw new ArgumentException(first, nameof(options));
    }

    public string Method => MethodName;

    public int Window(Period period) => _options.BaselineWindow ?? DetectionDefaults.BaselineWindow(period);

    public IReadOnlyDictionary<string, double> Settings(Period period) => new Dictionary<string, double>
    {
        ["baseline_window"] = _options.Known is null ? Window(period) : 0,
        ["shift_sd"] = _options.Shift,
        ["h"] = _options.Threshold,
        ["estimate_overdispersion"] = _options.EstimateOverdispersion ? 1 : 0,
    };

    public string UnsuitableHint(Series series) => series.IsCounts()
        ? "give a longer series, or a shorter {baseline}"
        : "for scores, shares or z-scores use cusum (the default), or bocpd with the normal model";

    public string? Unsuitable(Series series)
    {
        for (var i = 0; i < series.Count; i++)
        {
            var v = series.Values[i];
            if (v < 0 || v != Math.Floor(v))
                return $"poisson-cusum refuses series '{series.Name}': it is not a count: {v} at {series.Dates[i]:yyyy-MM-dd} (the Poisson CUSUM needs whole numbers ≥ 0)";
        }
        var needed = _options.Known is null ? Window(series.Period) + 1 : 1;
        return series.Count >= needed ? null
            : $"series '{series.Name}' has {series.Count} point{(series.Count == 1 ? "" : "s")}; the Poisson CUSUM needs {needed} ({needed - 1} for the baseline and one to test)";
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
            var (lambda0, dispersion, baseline) = InControlAt(x, t, window);
            foreach (var side in sides)
            {
                var rates = PoissonRates.Design(lambda0, dispersion, _options.Shift, side.Direction);
                side.Add(t, rates.LogLikelihoodRatio(x[t]), baseline);
                (side.Direction == Direction.Up ? up : down)[t] = side.Sum;
                if (side.Sum <= _options.Threshold) continue;
                alarms.Add(Alarms.Raise(series, Method, t, side.Start, side.Direction, side.Sum, _options.Threshold, side.Baseline));
                side.Reset();
            }
        }
        return new DetectionResult(series, Method, alarms, up, down);
    }

    /// <summary>The in-control rate, the overdispersion and the baseline to report, for point <paramref name="t"/>.</summary>
    private (double Lambda0, double Dispersion, Baseline Baseline) InControlAt(IReadOnlyList<double> x, int t, int window)
    {
        if (_options.Known is { } k)
        {
            var phi = _options.EstimateOverdispersion ? Math.Max(1, k.Sd * k.Sd / k.Mean) : 1;
            return (k.Mean, phi, Baseline.Known(k.Mean, Math.Sqrt(phi * k.Mean)));
        }
        var b = Baseline.Of(x, t - window, t);
        var lambda0 = ((b.Mean * b.Count) + 0.5) / b.Count;
        var dispersion = _options.EstimateOverdispersion && b.Mean > 0 ? Math.Max(1, b.Sd * b.Sd / b.Mean) : 1;
        return (lambda0, dispersion, b with { Mean = lambda0, Sd = Math.Sqrt(dispersion * lambda0) });
    }
}
