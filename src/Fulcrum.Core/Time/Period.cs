namespace Fulcrum.Core.Time;

/// <summary>The length of one point of a series: a day, an ISO week (Monday to Sunday, labelled by the Monday), a calendar month or year (labelled by its first day).</summary>
public enum Period
{
    Day,
    Week,
    Month,
    Year,
}

/// <summary>Calendar arithmetic on <see cref="Period"/>s: the one calendar every series, store and detector uses.</summary>
public static class PeriodCalendar
{
    /// <summary>The date of the period after <paramref name="date"/>.</summary>
    public static DateOnly Next(this Period period, DateOnly date) => period.Add(date, 1);

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

    /// <summary>The last day of the period starting at <paramref name="start"/>.</summary>
    public static DateOnly End(this Period period, DateOnly start) => period.Next(start).AddDays(-1);

    /// <summary>The Monday that starts the ISO week of <paramref name="date"/>.</summary>
    public static DateOnly WeekStart(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    /// <summary>The noun for one period, for messages and option values: day, week, month, year.</summary>
    public static string Noun(this Period period) => period.ToString().ToLowerInvariant();

    /// <summary>The adjective: daily, weekly, monthly, yearly.</summary>
    public static string Adjective(this Period period) => period == Period.Day ? "daily" : period.Noun() + "ly";

    /// <summary>A period from its noun (day, week, month, year; any case), or null.</summary>
    public static Period? Parse(string? noun) => noun?.Trim().ToUpperInvariant() switch
    {
        "DAY" => Period.Day,
        "WEEK" => Period.Week,
        "MONTH" => Period.Month,
        "YEAR" => Period.Year,
        _ => null,
    };
}
