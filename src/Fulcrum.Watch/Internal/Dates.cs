using System.Globalization;
using Fulcrum.Core.Time;

namespace Fulcrum.Watch.Internal;

/// <summary>Dates and counts in the words of reasons.</summary>
internal static class Dates
{
    /// <summary>A date as precise as the period: 2021-11-13, 2021-11, 2019.</summary>
    public static string D(DateOnly date, Period period) => date.ToString(period switch
    {
        Period.Year => "yyyy",
        Period.Month => "yyyy-MM",
        _ => "yyyy-MM-dd",
    }, CultureInfo.InvariantCulture);

    /// <summary>"1 day", "28 days", "5 years".</summary>
    public static string Count(int n, Period period) => $"{n} {period.Noun()}{(n == 1 ? "" : "s")}";

    /// <summary>"28-day", "5-year": a window as an adjective.</summary>
    public static string Span(int n, Period period) => $"{n}-{period.Noun()}";

    /// <summary>"on 2021-11-13" for days and weeks, "in 2019" for months and years.</summary>
    public static string On(DateOnly date, Period period) => (period is Period.Day or Period.Week ? "on " : "in ") + D(date, period);

    public static string N(double x) =>
        x.ToString(Math.Abs(x) switch { >= 10 => "0.#", >= 1 => "0.##", _ => "0.###" }, CultureInfo.InvariantCulture);
}
