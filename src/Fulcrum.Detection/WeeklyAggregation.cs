using Fulcrum.Core.Time;

namespace Fulcrum.Detection;

/// <summary>How the days of a week become the week's value.</summary>
public enum WeekAggregate
{
    /// <summary>The sum of the days: right for counts and for summed scores (GDELT dyad sums).</summary>
    Sum,

    /// <summary>The mean of the days present: right for levels (tone, mean Goldstein, shares).</summary>
    Mean,
}

/// <summary>Daily series to weekly ones (ISO weeks, Monday to Sunday, each dated by its Monday).</summary>
public static class WeeklyAggregation
{
    /// <summary>
    /// The weekly series of a daily one. A first or last week that the data covers only in part
    /// is dropped, because a partial sum would read as a fall at the very end of the series, the
    /// place an analyst looks first. A week inside the series with days missing (a series read with
    /// gaps skipped) is aggregated over the days present; a week with no day present is left out.
    /// A week that a gap of no data touches (<see cref="Series.Breaks"/>: days the store does not
    /// cover) is no data and left out too, and the weekly series keeps the break.
    /// </summary>
    public static Series ToWeekly(this Series daily, WeekAggregate aggregate)
    {
        if (daily.Period != Period.Day)
            throw new ArgumentException($"series '{daily.Name}' is {daily.Period.Noun()}ly; only daily series aggregate to weeks", nameof(daily));
        var dates = new List<DateOnly>();
        var values = new List<double>();
        if (daily.Count == 0) return new Series(daily.Name, Period.Week, dates, values, daily.Source, daily.Polarity);
        var first = daily.Dates[0];
        var last = daily.Dates[^1];
        var gaps = daily.GapDays();
        var i = 0;
        while (i < daily.Count)
        {
            var monday = PeriodCalendar.WeekStart(daily.Dates[i]);
            var sunday = monday.AddDays(6);
            double sum = 0;
            var days = 0;
            for (; i < daily.Count && daily.Dates[i] <= sunday; i++)
            {
                sum += daily.Values[i];
                days++;
            }
            var partial = monday < first || sunday > last || Segments.Touches(gaps, monday, sunday);
            if (partial) continue;
            dates.Add(monday);
            values.Add(aggregate == WeekAggregate.Sum ? sum : sum / days);
        }
        return new Series(daily.Name, Period.Week, dates, values, daily.Source, daily.Polarity) { Breaks = Segments.BreaksAfter(gaps, dates) };
    }
}
