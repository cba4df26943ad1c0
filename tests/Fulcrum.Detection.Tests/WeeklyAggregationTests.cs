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
    public void ToWeekly_NotDaily_IsRefused() =>
        Assert.Throws<ArgumentException>(() => new Series("A", Period.Month, [new DateOnly(2021, 1, 1)], [1.0], "t").ToWeekly(WeekAggregate.Sum));
}
