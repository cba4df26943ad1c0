using Fulcrum.App.Stores;
using Fulcrum.Core.Time;
using Fulcrum.Detection;
using Fulcrum.Detection.Reading;

namespace Fulcrum.App.Alarms;

/// <summary>A change detector and its settings; a null setting takes the method's documented default.</summary>
public sealed record DetectorSettings
{
    /// <summary>cusum (default), poisson-cusum or bocpd.</summary>
    public string Method { get; init; } = Detection.Cusum.GaussianCusum.MethodName;
    /// <summary>Points in the trailing baseline.</summary>
    public int? Baseline { get; init; }
    /// <summary>cusum: the reference value k in standard deviations.</summary>
    public double? K { get; init; }
    /// <summary>cusum, poisson-cusum: the decision threshold h.</summary>
    public double? H { get; init; }
    /// <summary>poisson-cusum: the shift to detect, in baseline standard deviations.</summary>
    public double? Shift { get; init; }
    /// <summary>poisson-cusum: no overdispersion correction.</summary>
    public bool PurePoisson { get; init; }
    /// <summary>bocpd: normal or poisson.</summary>
    public string? Model { get; init; }
    /// <summary>bocpd: prior expected run length.</summary>
    public double? RunLength { get; init; }
    /// <summary>bocpd: posterior probability of a recent change that raises an alarm.</summary>
    public double? Probability { get; init; }
    /// <summary>bocpd: how recent a change must be, in points.</summary>
    public int? Lookback { get; init; }
}

/// <summary>The two actors of a store dyad series (CAMEO country codes, undirected).</summary>
public sealed record DyadSeriesSpec(string A, string B);

/// <summary>
/// Change detection on series: from a series source (<see cref="Series"/>: a CSV file,
/// <c>builtin:gdelt-dyads</c>, <c>unvotes:A-B[:measure]</c>) or from a dyad of the event store
/// (<see cref="Dyad"/>, each alarm with the events behind it).
/// </summary>
public sealed record AlarmsRequest
{
    public string? Series { get; init; }
    public DyadSeriesSpec? Dyad { get; init; }
    /// <summary>With a store dyad: the measure to watch (default goldstein_sum).</summary>
    public string? Measure { get; init; }
    public StoreRef? Store { get; init; }
    /// <summary>Only these series of the source (a pair either way round); empty: all.</summary>
    public IReadOnlyList<string> Names { get; init; } = [];
    /// <summary>Day or week (a daily series summed or averaged over ISO weeks); null: the series' own.</summary>
    public Period? By { get; init; }
    public WeekAggregate? Aggregate { get; init; }
    public DetectorSettings Detector { get; init; } = new();
    /// <summary>Report alarms from this date.</summary>
    public DateOnly? From { get; init; }
    /// <summary>Use the data up to this date only.</summary>
    public DateOnly? To { get; init; }
    public GapPolicy? Gaps { get; init; }
    public Polarity? Higher { get; init; }
}
