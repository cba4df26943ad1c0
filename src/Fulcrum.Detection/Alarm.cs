using Fulcrum.Core.Evidence;

namespace Fulcrum.Detection;

/// <summary>
/// A change a detector found: when it would have been raised, where the change began, which way,
/// the statistic against its threshold, the baseline it was measured against, and its evidence.
/// </summary>
/// <param name="Series">The series' name.</param>
/// <param name="Date">The date of the point at which the statistic crossed the threshold: the day the alarm would have been raised.</param>
/// <param name="Onset">The estimated start of the change (CUSUM: the first point of the excursion; BOCPD: the most probable start of the current run).</param>
/// <param name="Method">cusum, poisson-cusum or bocpd.</param>
/// <param name="Direction">Up or down.</param>
/// <param name="Meaning">Worsening or improving, when the series' polarity is known.</param>
/// <param name="Statistic">The detector's statistic at the alarm (CUSUM sum; BOCPD posterior probability of a recent change).</param>
/// <param name="Threshold">The threshold it crossed.</param>
/// <param name="BaselineMean">The mean of the baseline the change is measured against.</param>
/// <param name="BaselineSd">Its standard deviation (Poisson CUSUM: the model's, √(φλ₀)).</param>
/// <param name="BaselineStart">The first date of the baseline window (null when the baseline was given, not estimated).</param>
/// <param name="BaselineEnd">The last date of the baseline window (null when given).</param>
/// <param name="Evidence">The points behind the alarm, and the events behind them where the series comes from the store.</param>
public sealed record Alarm(
    string Series,
    DateOnly Date,
    DateOnly Onset,
    string Method,
    Direction Direction,
    Meaning Meaning,
    double Statistic,
    double Threshold,
    double BaselineMean,
    double BaselineSd,
    DateOnly? BaselineStart,
    DateOnly? BaselineEnd,
    AlarmEvidence Evidence);

/// <summary>
/// What an alarm rests on: the series points from its onset to its date, and the events behind
/// them. <see cref="Events"/> is null when the series' source has no events (an external file);
/// a store-backed source fills it through an <see cref="IEvidenceSource"/>.
/// </summary>
public sealed record AlarmEvidence(IReadOnlyList<SeriesPoint> Points, IReadOnlyList<EvidenceEvent>? Events = null);

/// <summary>
/// Finds the events behind an alarm: implemented by series sources that know their events (the
/// event store), so alarms on dyad series carry event ids, codes and source URLs.
/// </summary>
public interface IEvidenceSource
{
    /// <summary>
    /// At most <paramref name="limit"/> events behind each of <paramref name="alarms"/> on one series,
    /// most relevant first, in the alarms' order. A source that can find them in one pass (the event
    /// store) should.
    /// </summary>
    Task<IReadOnlyList<IReadOnlyList<EvidenceEvent>>> EventsBehindAsync(Series series, IReadOnlyList<Alarm> alarms, int limit, CancellationToken cancellationToken = default);
}
