using Fulcrum.Core.Problems;

namespace Fulcrum.Detection.Internal;

/// <summary>Builds an <see cref="Alarm"/> from a detector's state at the point it fired.</summary>
internal static class Alarms
{
    /// <summary>
    /// The alarm at point <paramref name="at"/>. Its numbers must be finite: the readers bound every
    /// value so that no statistic can be NaN, and one that is would be a bug (never printed as "NaN / 5").
    /// </summary>
    public static Alarm Raise(Series series, string method, int at, int onset, Direction direction, double statistic, double threshold, Baseline baseline)
    {
        Preconditions.Finite(statistic, $"the {method} statistic of an alarm on {series.Name}");
        Preconditions.Finite(threshold, $"the {method} threshold of an alarm on {series.Name}");
        Preconditions.Finite(baseline.Mean, $"the baseline mean of an alarm on {series.Name}");
        Preconditions.Finite(baseline.Sd, $"the baseline spread of an alarm on {series.Name}");
        return new(
            series.Name,
            series.Dates[at],
            series.Dates[onset],
            method,
            direction,
            DirectionMeaning.Of(direction, series.Polarity),
            statistic,
            threshold,
            baseline.Mean,
            baseline.Sd,
            baseline.IsKnown ? null : series.Dates[baseline.Start],
            baseline.IsKnown ? null : series.Dates[baseline.End - 1],
            new AlarmEvidence(series.Points(onset, at + 1)));
    }
}
