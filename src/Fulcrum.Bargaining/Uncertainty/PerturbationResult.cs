namespace Fulcrum.Bargaining.Uncertainty;

/// <summary>The forecast distribution over a perturbation study, beside the unperturbed run.</summary>
public sealed record PerturbationResult
{
    public required PerturbationSpec Spec { get; init; }

    /// <summary>The model on the input as given, with the same settings.</summary>
    public required Trajectory Baseline { get; init; }

    /// <summary>The forecast's distribution per dimension, over the runs that finished.</summary>
    public required IReadOnlyList<ForecastDistribution> Forecast { get; init; }

    /// <summary>BDM: the distribution of the final weighted mean (reported with the median); null for models without one.</summary>
    public ForecastDistribution? FinalMean { get; init; }

    /// <summary>Every run that finished, in run order.</summary>
    public required IReadOnlyList<PerturbedRun> Runs { get; init; }

    /// <summary>Runs the model refused (for example every salience shaken to 0), in run order.</summary>
    public required IReadOnlyList<PerturbationFailure> Failures { get; init; }

    /// <summary>
    /// The dimensions whose unperturbed forecast lies outside the perturbed runs' 5-95% band: a knife
    /// edge, where the input as given sits at a tip the slightest change leaves, so its forecast is
    /// not what nearby inputs forecast.
    /// </summary>
    public IReadOnlyList<string> KnifeEdges =>
        [.. Forecast.Select((f, d) => (f, d)).Where(x => x.f.Count > 0 && (Baseline.Forecast[x.d] < x.f.P5 || Baseline.Forecast[x.d] > x.f.P95)).Select(x => x.f.Dimension)];
}

/// <summary>
/// Percentiles 5/25/50/75/95 (linear interpolation between order statistics, as R's type 7 and
/// NumPy's default), mean, minimum and maximum of one forecast quantity over <see cref="Count"/> runs.
/// </summary>
public sealed record ForecastDistribution(
    string Dimension, int Count, double P5, double P25, double P50, double P75, double P95, double Mean, double Min, double Max)
{
    /// <summary>The summary of <paramref name="values"/> (NaN throughout when there are none).</summary>
    public static ForecastDistribution Of(string dimension, IReadOnlyList<double> values) => Internal.Percentiles.Summarise(dimension, values);
}

/// <summary>One perturbed run: its number, forecast, final mean (BDM), turns and stop reason.</summary>
public sealed record PerturbedRun(int Index, IReadOnlyList<double> Forecast, double? FinalMean, int Turns, string StopReason);

/// <summary>A perturbed run the model refused, with the first problem it gave.</summary>
public sealed record PerturbationFailure(int Index, string Message);
