using Fulcrum.Core.Time;
using Fulcrum.Detection;
using Fulcrum.Watch.Signposts;

namespace Fulcrum.Watch.Tests.Signposts;

public class ThresholdEvaluationTests
{
    private static readonly SignpostData Data = SignpostData.Of("test.csv A", Make.Daily([10, 12, 41, 45, 50, 39, 42, 43]));

    [Fact]
    public void Evaluate_LatestAbove_IsFiredSinceTheRunOfValuesAbove()
    {
        var r = SignpostEvaluator.Evaluate(Make.Threshold("t", above: true, 40), Data, Make.Start.AddDays(7));
        Assert.Equal((SignpostState.Fired, Make.Start.AddDays(6), 43.0, 40.0), (r.State, r.Since, r.Statistic, r.Threshold));
        Assert.Equal([42.0, 43.0], r.Evidence.Points.Select(p => p.Value));
    }

    [Fact]
    public void Evaluate_LatestNotBelow_IsQuiet()
    {
        var r = SignpostEvaluator.Evaluate(Make.Threshold("t", above: false, 40), Data, Make.Start.AddDays(4));
        Assert.Equal((SignpostState.Quiet, Make.Start.AddDays(2), 50.0), (r.State, r.Since, r.Statistic));
    }

    [Fact]
    public void Evaluate_PointsAfterAsOf_AreIgnored()
    {
        var r = SignpostEvaluator.Evaluate(Make.Threshold("t", above: true, 40), Data, Make.Start.AddDays(1));
        Assert.Equal((SignpostState.Quiet, Make.Start, Make.Start.AddDays(1), 12.0), (r.State, r.Since, r.DataThrough, r.Statistic));
    }

    [Fact]
    public void Evaluate_AsOfBeforeTheFirstPoint_IsNoData()
    {
        var r = SignpostEvaluator.Evaluate(Make.Threshold("t", above: true, 40), Data, Make.Start.AddDays(-1));
        Assert.Equal(SignpostState.NoData, r.State);
        Assert.Contains("has no day that ended by as_of 2020-12-31 (it starts 2021-01-01)", r.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_SeriesEndingBeforeTheWindow_IsNoData()
    {
        // The last point (day 7) is 28 days before day 35: outside the 28-day window.
        var r = SignpostEvaluator.Evaluate(Make.Threshold("t", above: true, 40), Data, Make.Start.AddDays(35));
        Assert.Equal((SignpostState.NoData, (DateOnly?)Make.Start.AddDays(7)), (r.State, r.DataThrough));
        Assert.Contains("ends 2021-01-08, 28 days before as_of", r.Reason, StringComparison.Ordinal);
        Assert.Equal(SignpostState.Fired, SignpostEvaluator.Evaluate(Make.Threshold("t", above: true, 40), Data, Make.Start.AddDays(34)).State);
    }

    [Fact]
    public void Evaluate_NoSeries_IsNoDataWithTheReason()
    {
        var r = SignpostEvaluator.Evaluate(Make.Threshold("t", above: true, 40), SignpostData.Unavailable("x.csv A", "x.csv has no series 'A'"), Make.Start);
        Assert.Equal((SignpostState.NoData, "x.csv has no series 'A'"), (r.State, r.Reason));
    }

    [Fact]
    public void Evaluate_YearlySeries_UsesAFiveYearWindow()
    {
        var years = new Series("ISR-RUS s", Period.Year, Enumerable.Range(2010, 10).Select(y => new DateOnly(y, 1, 1)), [.. Enumerable.Range(0, 10).Select(i => 0.1 * i)], "t");
        var data = SignpostData.Of("unvotes:ISR-RUS s", years);
        var r = SignpostEvaluator.Evaluate(Make.Threshold("t", above: false, 0.5), data, new DateOnly(2022, 1, 5));
        Assert.Equal((SignpostState.Quiet, new DateOnly(2015, 1, 1)), (r.State, r.Since));
        Assert.Contains("the data end 2019", r.Reason, StringComparison.Ordinal);
        // On 30 December 2024 the last year ended is 2023 (window 2019-2023); on the 31st it is 2024, and 2019 falls out.
        Assert.Equal(SignpostState.Quiet, SignpostEvaluator.Evaluate(Make.Threshold("t", above: false, 0.5), data, new DateOnly(2024, 12, 30)).State);
        Assert.Equal(SignpostState.NoData, SignpostEvaluator.Evaluate(Make.Threshold("t", above: false, 0.5), data, new DateOnly(2024, 12, 31)).State);
    }

    [Fact]
    public void Evaluate_YearStillRunning_IsNotUsed()
    {
        // The 2019 point holds votes from all of 2019: as of mid-2019 only 2018 has ended.
        var years = new Series("ISR-RUS s", Period.Year, Enumerable.Range(2010, 10).Select(y => new DateOnly(y, 1, 1)), [.. Enumerable.Range(0, 10).Select(i => 0.1 * i)], "t");
        var r = SignpostEvaluator.Evaluate(Make.Threshold("t", above: true, 0.85), SignpostData.Of("unvotes:ISR-RUS s", years), new DateOnly(2019, 6, 1));
        Assert.Equal((SignpostState.Quiet, (DateOnly?)new DateOnly(2018, 1, 1)), (r.State, r.DataThrough));
        Assert.Equal(SignpostState.Fired, SignpostEvaluator.Evaluate(Make.Threshold("t", above: true, 0.85), SignpostData.Of("u", years), new DateOnly(2019, 12, 31)).State);
    }
}
