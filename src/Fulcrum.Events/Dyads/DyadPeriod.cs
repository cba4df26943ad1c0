namespace Fulcrum.Events.Dyads;

/// <summary>The length of one point of a dyad series.</summary>
public enum DyadPeriod
{
    Day,
    /// <summary>ISO weeks: Monday to Sunday, labelled by the Monday.</summary>
    Week,
    /// <summary>Calendar months, labelled by the first day.</summary>
    Month,
}

/// <summary>Period arithmetic shared by every store and the series builder.</summary>
public static class DyadPeriods
{
    /// <summary>The first day of the period holding <paramref name="date"/>.</summary>
    public static DateOnly Start(this DyadPeriod period, DateOnly date) => period switch
    {
        DyadPeriod.Day => date,
        DyadPeriod.Week => date.AddDays(-(((int)date.DayOfWeek + 6) % 7)),
        DyadPeriod.Month => new DateOnly(date.Year, date.Month, 1),
        _ => throw new ArgumentOutOfRangeException(nameof(period), period, "unknown period"),
    };

    /// <summary>The first day of the period after the one starting at <paramref name="start"/>.</summary>
    public static DateOnly Next(this DyadPeriod period, DateOnly start) => period switch
    {
        DyadPeriod.Day => start.AddDays(1),
        DyadPeriod.Week => start.AddDays(7),
        DyadPeriod.Month => start.AddMonths(1),
        _ => throw new ArgumentOutOfRangeException(nameof(period), period, "unknown period"),
    };

    /// <summary>The first day of the period <paramref name="count"/> periods before the one starting at <paramref name="start"/>.</summary>
    public static DateOnly Back(this DyadPeriod period, DateOnly start, int count) => period switch
    {
        DyadPeriod.Day => start.AddDays(-count),
        DyadPeriod.Week => start.AddDays(-7 * count),
        DyadPeriod.Month => start.AddMonths(-count),
        _ => throw new ArgumentOutOfRangeException(nameof(period), period, "unknown period"),
    };

    /// <summary>The last day of the period starting at <paramref name="start"/>.</summary>
    public static DateOnly End(this DyadPeriod period, DateOnly start) => period.Next(start).AddDays(-1);

    /// <summary><c>day</c>, <c>week</c> or <c>month</c>.</summary>
    public static string Name(this DyadPeriod period) => period.ToString().ToLowerInvariant();

    public static DyadPeriod? Parse(string? name) => name?.Trim().ToUpperInvariant() switch
    {
        "DAY" => DyadPeriod.Day,
        "WEEK" => DyadPeriod.Week,
        "MONTH" => DyadPeriod.Month,
        _ => null,
    };

    /// <summary>The default z-score baseline: 60 days, 12 weeks or 12 months.</summary>
    public static int DefaultBaseline(this DyadPeriod period) => period == DyadPeriod.Day ? 60 : 12;
}
