namespace Fulcrum.Detection.Internal;

/// <summary>Builds an <see cref="Alarm"/> from a detector's state at the point it fired.</summary>
internal static class Alarms
{
    public static Alarm Raise(Series series, string method, int at, int onset, Direction direction, double statistic, double threshold, Baseline baseline) =>
        new(
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
