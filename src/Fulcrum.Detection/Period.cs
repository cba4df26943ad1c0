namespace Fulcrum.Detection;

/// <summary>The spacing of a series' points. A week is dated by its Monday, a month by its first day, a year by 1 January.</summary>
public enum Period
{
    Day,
    Week,
    Month,
    Year,
}

/// <summary>Calendar arithmetic on <see cref="Period"/>s.</summary>
public static class PeriodCalendar
{
    /// <summary>The date of the period after <paramref name="date"/>.</summary>
    public static DateOnly Next(this Period period, DateOnly date) => period switch
    {
        Period.Day => date.AddDays(1),
        Period.Week => date.AddDays(7),
        Period.Month => date.AddMonths(1),
        Period.Year => date.AddYears(1),
        _ => throw new ArgumentOutOfRangeException(nameof(period), period, "unknown period"),
    };

    /// <summary>The number of periods from <paramref name="from"/> to <paramref name="to"/> (both aligned to the period).</summary>
    public static int Steps(this Period period, DateOnly from, DateOnly to) => period switch
    {
        Period.Day => to.DayNumber - from.DayNumber,
        Period.Week => (to.DayNumber - from.DayNumber) / 7,
        Period.Month => ((to.Year - from.Year) * 12) + to.Month - from.Month,
        Period.Year => to.Year - from.Year,
        _ => throw new ArgumentOutOfRangeException(nameof(period), period, "unknown period"),
    };

    /// <summary>The date of the period <paramref name="count"/> periods after <paramref name="date"/> (before, when negative).</summary>
    public static DateOnly Add(this Period period, DateOnly date, int count) => period switch
    {
        Period.Day => date.AddDays(count),
        Period.Week => date.AddDays(7 * count),
        Period.Month => date.AddMonths(count),
        Period.Year => date.AddYears(count),
        _ => throw new ArgumentOutOfRangeException(nameof(period), period, "unknown period"),
    };

    /// <summary>The first day of the period that holds <paramref name="date"/>: the day itself, its ISO week's Monday, the 1st of its month, 1 January.</summary>
    public static DateOnly Start(this Period period, DateOnly date) => period switch
    {
        Period.Day => date,
        Period.Week => WeekStart(date),
        Period.Month => new DateOnly(date.Year, date.Month, 1),
        Period.Year => new DateOnly(date.Year, 1, 1),
        _ => throw new ArgumentOutOfRangeException(nameof(period), period, "unknown period"),
    };

    /// <summary>The Monday that starts the ISO week of <paramref name="date"/>.</summary>
    public static DateOnly WeekStart(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    /// <summary>The noun for one period, for messages: day, week, month, year.</summary>
    public static string Noun(this Period period) => period.ToString().ToLowerInvariant();

    /// <summary>The adjective: daily, weekly, monthly, yearly.</summary>
    public static string Adjective(this Period period) => period == Period.Day ? "daily" : period.Noun() + "ly";
}
