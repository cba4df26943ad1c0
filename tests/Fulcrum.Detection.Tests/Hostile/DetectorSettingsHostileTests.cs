using Fulcrum.Core.Problems;
using Fulcrum.Core.Time;
using Fulcrum.Detection.ChangePoint;
using Fulcrum.Detection.Cusum;

namespace Fulcrum.Detection.Tests.Hostile;

/// <summary>Detector settings at the edge of int and double: refused by Check, never overflowed.</summary>
public class DetectorSettingsHostileTests
{
    [Fact]
    public void Check_BaselineWindowOfIntMax_IsRefusedForEveryDetector()
    {
        Assert.Contains("the baseline window is 2,147,483,647 points; it may be at most 100,000", new GaussianCusumOptions { BaselineWindow = int.MaxValue }.Check());
        Assert.Contains("the baseline window is 2,147,483,647 points; it may be at most 100,000", new PoissonCusumOptions { BaselineWindow = int.MaxValue }.Check());
        Assert.Contains("the baseline window is 2,147,483,647 points; it may be at most 100,000", new BocpdOptions { BaselineWindow = int.MaxValue }.Check());
    }

    [Fact]
    public void Check_LookbackOfIntMax_IsRefusedWithoutOverflowing()
    {
        var problems = new BocpdOptions { Lookback = int.MaxValue }.Check();
        Assert.Contains("the lookback is 2,147,483,647 points; it may be at most 100,000", problems);
        Assert.Contains(problems, p => p.Contains("twice the lookback (4294967294)", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(double.MaxValue)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NaN)]
    public void Check_ShiftOrRunLengthPastItsBound_IsRefused(double x)
    {
        Assert.NotEmpty(new PoissonCusumOptions { Shift = x }.Check());
        Assert.NotEmpty(new BocpdOptions { ExpectedRunLength = x }.Check());
    }

    [Fact]
    public void Check_KnownBaselineBeyondTheValueBound_IsRefused()
    {
        Assert.NotEmpty(new GaussianCusumOptions { Known = new KnownBaseline(1e308, 1) }.Check());
        Assert.NotEmpty(new GaussianCusumOptions { Known = new KnownBaseline(0, 5e-324) }.Check());
        Assert.NotEmpty(new PoissonCusumOptions { Known = new KnownBaseline(1e-300, 1) }.Check());
    }

    [Fact]
    public void Detect_WindowAtTheLimit_SaysTheSeriesIsTooShort()
    {
        var cusum = new GaussianCusum(new GaussianCusumOptions { BaselineWindow = 100_000 });
        var series = new Series("s", Period.Day, [new DateOnly(2024, 1, 1), new DateOnly(2024, 1, 2)], [1, 2], "t");
        Assert.Contains("needs 100001", cusum.Unsuitable(series), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ReversedDateRange_SaysSoForEverySeries()
    {
        var series = Simulation.Normal(3, 100, 0);
        var options = new AlarmScanOptions { From = new DateOnly(2022, 5, 1), To = new DateOnly(2022, 1, 1) };
        var report = AlarmScan.Run([series], new GaussianCusum(), options);
        Assert.Empty(report.Runs);
        Assert.Equal("the date range is reversed: the first date 2022-05-01 is after the last 2022-01-01", Assert.Single(report.Skipped).Reason);
        var problem = Assert.Single(AlarmScan.Check(options));
        Assert.Equal(Subjects.From, problem.Subject);
    }

    [Fact]
    public void Check_OneDayRange_IsFine() =>
        Assert.Empty(new AlarmScanOptions { From = new DateOnly(2022, 1, 1), To = new DateOnly(2022, 1, 1) }.Check());
}
