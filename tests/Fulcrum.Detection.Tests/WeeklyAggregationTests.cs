using Fulcrum.Core.Time;

namespace Fulcrum.Detection.Tests;

public class WeeklyAggregationTests
{
    private static Series Days(DateOnly first, params double[] values) =>
        new("A", Period.Day, values.Select((_, i) => first.AddDays(i)), values, "test");

    [Fact]
    public void ToWeekly_Sum_AddsMondayToSundayAndDropsPartialWeeks()
    {
        // 2021-10-01 is a Friday: Fri-Sun is a partial week (dropped), then two full weeks, then a partial Monday.
        var daily = Days(new DateOnly(2021, 10, 1), [1, 1, 1, .. Enumerable.Repeat(2.0, 7), .. Enumerable.Repeat(3.0, 7), 9]);
        var weekly = daily.ToWeekly(WeekAggregate.Sum);
        Assert.Equal(Period.Week, weekly.Period);
        Assert.Equal([new DateOnly(2021, 10, 4), new DateOnly(2021, 10, 11)], weekly.Dates.ToArray());
        Assert.Equal([14.0, 21.0], weekly.Values.ToArray());
    }

    [Fact]
    public void ToWeekly_Mean_AveragesTheDaysPresent()
    {
        var daily = new Series("A", Period.Day, [new DateOnly(2021, 10, 4), new DateOnly(2021, 10, 6), new DateOnly(2021, 10, 10)], [1.0, 2, 6], "test");
        Assert.Equal([3.0], daily.ToWeekly(WeekAggregate.Mean).Values.ToArray());
    }

    [Fact]
    public void ToWeekly_AWeekAGapOfNoDataTouches_IsNoDataAndTheBreakIsKept()
    {
        // Mon 2021-10-04 .. Wed 10-13 covered, then no data until Fri 10-22, covered to Sun 10-31: the
        // week of 10-11 (Mon-Wed only) and the week of 10-18 (Fri-Sun only) are no data, not small sums.
        var first = Enumerable.Range(0, 10).Select(i => new DateOnly(2021, 10, 4).AddDays(i));
        var second = Enumerable.Range(0, 10).Select(i => new DateOnly(2021, 10, 22).AddDays(i));
        var dates = first.Concat(second).ToArray();
        var daily = new Series("A", Period.Day, dates, dates.Select(_ => 1.0), "store") { Breaks = [new DateOnly(2021, 10, 22)] };
        var weekly = daily.ToWeekly(WeekAggregate.Sum);
        Assert.Equal([new DateOnly(2021, 10, 4), new DateOnly(2021, 10, 25)], weekly.Dates.ToArray());
        Assert.Equal([7.0, 7.0], weekly.Values.ToArray());
        Assert.Equal([new DateOnly(2021, 10, 25)], weekly.Breaks.ToArray());
        Assert.Equal(2, weekly.Split().Count);
    }

    [Fact]
    public void ToWeekly_NotDaily_IsRefused() =>
        Assert.Throws<ArgumentException>(() => new Series("A", Period.Month, [new DateOnly(2021, 1, 1)], [1.0], "t").ToWeekly(WeekAggregate.Sum));
}
