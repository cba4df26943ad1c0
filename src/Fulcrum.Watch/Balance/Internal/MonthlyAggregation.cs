using Fulcrum.Core.Time;
using Fulcrum.Detection;

namespace Fulcrum.Watch.Balance.Internal;

/// <summary>Daily series to calendar months, each dated by its 1st; as with weeks, a month the data cover only in part, or that a gap of no data touches, is dropped, and the monthly series keeps the break.</summary>
internal static class MonthlyAggregation
{
    public static Series ToMonthly(this Series daily, WeekAggregate aggregate)
    {
        if (daily.Period != Period.Day)
            throw new ArgumentException($"series '{daily.Name}' is {daily.Period.Adjective()}; only daily series aggregate to months", nameof(daily));
        var dates = new List<DateOnly>();
        var values = new List<double>();
        var gaps = daily.GapDays();
        var i = 0;
        while (i < daily.Count)
        {
            var first = Period.Month.Start(daily.Dates[i]);
            var last = first.AddMonths(1).AddDays(-1);
            double sum = 0;
            var days = 0;
            for (; i < daily.Count && daily.Dates[i] <= last; i++)
            {
                sum += daily.Values[i];
                days++;
            }
            if (first < daily.Dates[0] || last > daily.Dates[^1] || Segments.Touches(gaps, first, last)) continue;
            dates.Add(first);
            values.Add(aggregate == WeekAggregate.Sum ? sum : sum / days);
        }
        return new Series(daily.Name, Period.Month, dates, values, daily.Source, daily.Polarity) { Breaks = Segments.BreaksAfter(gaps, dates) };
    }
}
