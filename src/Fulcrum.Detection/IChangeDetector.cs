using Fulcrum.Core.Time;

namespace Fulcrum.Detection;

/// <summary>A change detector: runs over a series, online (an alarm at a date depends only on the points up to it).</summary>
public interface IChangeDetector
{
    /// <summary>The method's name: cusum, poisson-cusum or bocpd.</summary>
    string Method { get; }

    /// <summary>Why <paramref name="series"/> cannot be run (too short, not counts), or null when it can.</summary>
    string? Unsuitable(Series series);

    /// <summary>What to do about <see cref="Unsuitable"/>'s reason: by default, more points or a shorter baseline; a detector of counts says what to use for a series that is not one.</summary>
    string UnsuitableHint(Series series) => "give a longer series, or a shorter {baseline}";

    /// <summary>The settings the detector uses on a series of this period, for reports.</summary>
    IReadOnlyDictionary<string, double> Settings(Period period);

    /// <summary>Runs over <paramref name="series"/>; throws <see cref="ArgumentException"/> if it is <see cref="Unsuitable"/>.</summary>
    DetectionResult Detect(Series series);
}

/// <summary>
/// A detector's run over one series: its alarms and, per point, the statistic in each direction
/// (NaN while the baseline is still being gathered), for charts and for checking an alarm by hand.
/// The CUSUMs give their upper and lower sums; BOCPD gives the posterior probability of a recent
/// change in both (the direction of a BOCPD change is read from the means when it alarms).
/// </summary>
public sealed record DetectionResult(
    Series Series, string Method, IReadOnlyList<Alarm> Alarms, IReadOnlyList<double> Up, IReadOnlyList<double> Down);
