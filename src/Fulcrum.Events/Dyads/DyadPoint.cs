using Fulcrum.Core.Problems;

namespace Fulcrum.Events.Dyads;

/// <summary>
/// One period of a dyad series with every measure. Counts are whole numbers unless the series is
/// normalised; <see cref="GoldsteinMean"/> and <see cref="Tone"/> are null where undefined (no events,
/// no mentions, or no baseline for a z-score).
/// </summary>
public sealed record DyadPoint(
    DateOnly PeriodStart, DateOnly PeriodEnd,
    double? N1, double? N2, double? N3, double? N4, double? Events,
    double? GoldsteinSum, double? GoldsteinPos, double? GoldsteinNeg, double? GoldsteinMean,
    double? NetCoop, double? Tone)
{
    /// <summary>
    /// Whether the store covers every day of the period (<see cref="Store.StoreCoverage.Spans"/>). An
    /// uncovered period is no data, never zero: every measure is null.
    /// </summary>
    public bool Covered { get; init; } = true;

    /// <summary>A period the store does not cover: no data, every measure null.</summary>
    internal static DyadPoint NoData(DateOnly start, DateOnly end) => From(start, end, _ => null) with { Covered = false };

    /// <summary>The value of one measure.</summary>
    public double? Value(DyadMeasure measure) => measure switch
    {
        DyadMeasure.N1 => N1,
        DyadMeasure.N2 => N2,
        DyadMeasure.N3 => N3,
        DyadMeasure.N4 => N4,
        DyadMeasure.Events => Events,
        DyadMeasure.GoldsteinSum => GoldsteinSum,
        DyadMeasure.GoldsteinPos => GoldsteinPos,
        DyadMeasure.GoldsteinNeg => GoldsteinNeg,
        DyadMeasure.GoldsteinMean => GoldsteinMean,
        DyadMeasure.NetCoop => NetCoop,
        DyadMeasure.Tone => Tone,
        _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, "unknown measure"),
    };

    /// <summary>A point built from a function of each measure (used by normalisation).</summary>
    internal static DyadPoint From(DateOnly start, DateOnly end, Func<DyadMeasure, double?> value) => new(
        start, end, value(DyadMeasure.N1), value(DyadMeasure.N2), value(DyadMeasure.N3), value(DyadMeasure.N4),
        value(DyadMeasure.Events), value(DyadMeasure.GoldsteinSum), value(DyadMeasure.GoldsteinPos),
        value(DyadMeasure.GoldsteinNeg), value(DyadMeasure.GoldsteinMean), value(DyadMeasure.NetCoop), value(DyadMeasure.Tone));
}

/// <summary>A dyad series: every period from the first to the last, those without events as zeros, those the store does not cover as no data.</summary>
/// <param name="From">The first day of the first period.</param>
/// <param name="To">The last day of the last period.</param>
public sealed record DyadSeries(DyadQuery Query, DateOnly From, DateOnly To, IReadOnlyList<DyadPoint> Points)
{
    /// <summary>
    /// Events in the store dated only to their month, which a daily or weekly series cannot place
    /// (they are in no day or week; a monthly series counts them); 0 for a monthly series.
    /// </summary>
    public long MonthOnlyLeftOut { get; init; }

    /// <summary>What the series may not mean what was asked: an actor code that is no CAMEO code and in no event (a typo gives zeros), a spelling the store does not use.</summary>
    public IReadOnlyList<Problem> Warnings { get; init; } = [];
}
