using Fulcrum.Core.Time;
using Fulcrum.Detection;
using Fulcrum.Watch.Balance.Internal;

namespace Fulcrum.Watch.Tests.Balance;

public class MonthlyAggregationTests
{
    [Fact]
    public void ToMonthly_AMonthAGapOfNoDataTouches_IsNoDataAndTheBreakIsKept()
    {
        // Covered 2018-05-01..2018-06-10, then no data until 2018-09-01, covered to 2018-10-31 (a store
        // holding two separate stretches): June is no data, not a ten-day sum that reads as a collapse.
        var first = Enumerable.Range(0, 41).Select(i => new DateOnly(2018, 5, 1).AddDays(i));
        var second = Enumerable.Range(0, 61).Select(i => new DateOnly(2018, 9, 1).AddDays(i));
        var dates = first.Concat(second).ToArray();
        var daily = new Series("A", Period.Day, dates, dates.Select(_ => 2.0), "store") { Breaks = [new DateOnly(2018, 9, 1)] };
        var monthly = daily.ToMonthly(WeekAggregate.Sum);
        Assert.Equal([new DateOnly(2018, 5, 1), new DateOnly(2018, 9, 1), new DateOnly(2018, 10, 1)], monthly.Dates.ToArray());
        Assert.Equal([62.0, 60.0, 62.0], monthly.Values.ToArray());
        Assert.Equal([new DateOnly(2018, 9, 1)], monthly.Breaks.ToArray());
    }

    [Fact]
    public void ToMonthly_WithoutGaps_KeepsEveryWholeMonth()
    {
        var dates = Enumerable.Range(0, 61).Select(i => new DateOnly(2018, 9, 1).AddDays(i)).ToArray();
        var monthly = new Series("A", Period.Day, dates, dates.Select(_ => 1.0), "file").ToMonthly(WeekAggregate.Mean);
        Assert.Equal([1.0, 1.0], monthly.Values.ToArray());
        Assert.Empty(monthly.Breaks);
    }
}
