namespace Fulcrum.App.Journal;

/// <summary>
/// How good the journal's forecasts were, for the cases an outcome resolved. Each forecast is the
/// newest journal entry for an as-of date before the outcome's date; it is scored with the Brier
/// score Σₖ (pₖ − oₖ)² over the case's scenarios (Brier 1950: 0 best, 2 worst) and the log score
/// −ln p(the scenario that happened) (Good 1952, as a loss: 0 best, +∞ when it was given 0), grouped
/// by horizon (days before the outcome), with a calibration table over every (forecast, scenario) pair.
/// </summary>
public sealed record ForecastScores(IReadOnlyList<ScoredForecast> Forecasts, IReadOnlyList<HorizonScore> Horizons, IReadOnlyList<CalibrationBin> Calibration)
{
    /// <summary>The horizon bands, in days before the outcome (inclusive bounds; the last is open).</summary>
    public static IReadOnlyList<(int From, int? To)> Bands { get; } = [(1, 7), (8, 14), (15, 30), (31, 60), (61, 90), (91, null)];

    /// <summary>Scores the entries against the outcomes: per case, the deciding outcome is the latest one recorded.</summary>
    public static ForecastScores Of(IReadOnlyList<JournalEntry> entries, IReadOnlyList<ScenarioOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(outcomes);
        var deciding = outcomes.GroupBy(o => o.CaseId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.OrderBy(o => o.Date).ThenBy(o => o.Id).Last(), StringComparer.Ordinal);
        var forecasts = new List<ScoredForecast>();
        foreach (var group in entries.Where(e => e.Body is not null).GroupBy(e => (e.Record.CaseId, e.Record.AsOf)))
        {
            var e = group.MaxBy(x => x.Id)!;
            if (!deciding.TryGetValue(e.Record.CaseId, out var o) || e.Record.AsOf >= o.Date) continue;
            var p = e.Body!.Probabilities;
            if (!p.ContainsKey(o.Scenario)) continue;
            var brier = p.Sum(kv => Math.Pow(kv.Value - (kv.Key == o.Scenario ? 1 : 0), 2));
            var log = -Math.Log(p[o.Scenario]);
            forecasts.Add(new ScoredForecast(e.Id, e.Record.CaseId, e.Record.AsOf, o.Scenario, o.Date, o.Date.DayNumber - e.Record.AsOf.DayNumber, p[o.Scenario], brier, log));
        }
        forecasts.Sort((a, b) => (a.CaseId, a.AsOf).CompareTo((b.CaseId, b.AsOf)));
        var horizons = Bands.Select(band => (band, f: forecasts.Where(f => f.HorizonDays >= band.From && (band.To is not { } t || f.HorizonDays <= t)).ToList()))
            .Where(x => x.f.Count > 0)
            .Select(x => new HorizonScore(x.band.From, x.band.To, x.f.Count, x.f.Average(f => f.Brier), x.f.Average(f => f.LogScore)))
            .ToList();
        return new ForecastScores(forecasts, horizons, Calibrate(forecasts, entries));
    }

    /// <summary>Ten bins of forecast probability: how often what was forecast with about p happened.</summary>
    private static List<CalibrationBin> Calibrate(List<ScoredForecast> forecasts, IReadOnlyList<JournalEntry> entries)
    {
        var byId = entries.ToDictionary(e => e.Id);
        var pairs = forecasts.SelectMany(f => byId[f.EntryId].Body!.Probabilities.Select(kv => (p: kv.Value, hit: kv.Key == f.Scenario ? 1.0 : 0.0))).ToList();
        var bins = new List<CalibrationBin>();
        for (var i = 0; i < 10; i++)
        {
            var (low, high) = (i / 10.0, (i + 1) / 10.0);
            var inBin = pairs.Where(x => x.p >= low && (x.p < high || (i == 9 && x.p <= 1))).ToList();
            bins.Add(new CalibrationBin(low, high, inBin.Count, inBin.Count > 0 ? inBin.Average(x => x.p) : null, inBin.Count > 0 ? inBin.Average(x => x.hit) : null));
        }
        return bins;
    }
}

/// <summary>One scored forecast: the entry, its horizon, the probability it gave what happened, its scores.</summary>
public sealed record ScoredForecast(long EntryId, string CaseId, DateOnly AsOf, string Scenario, DateOnly OutcomeDate, int HorizonDays, double Probability, double Brier, double LogScore);

/// <summary>The mean scores of the forecasts made <paramref name="FromDays"/>..<paramref name="ToDays"/> days before the outcome (null: no upper bound).</summary>
public sealed record HorizonScore(int FromDays, int? ToDays, int Forecasts, double MeanBrier, double MeanLogScore);

/// <summary>Forecast probabilities in [<paramref name="Low"/>, <paramref name="High"/>): how many, their mean, how often the scenario happened (null: none in the bin).</summary>
public sealed record CalibrationBin(double Low, double High, int Count, double? MeanForecast, double? ObservedFrequency);
