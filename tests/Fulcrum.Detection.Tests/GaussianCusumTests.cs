using FsCheck.Xunit;
using Fulcrum.Core.Time;
using Fulcrum.Detection.Cusum;

namespace Fulcrum.Detection.Tests;

public class GaussianCusumTests
{
    [Fact]
    public void Detect_KnownBaselineInControl_FalseAlarmsAtTheDesignRate()
    {
        // Design: a false alarm every 465 points (k = ½, h = 5; CusumDesignTests). 200 seeded
        // series of 5,000 points give about 2,000 alarms, so ±10% is over four standard errors.
        var detector = new GaussianCusum(new GaussianCusumOptions { Known = new KnownBaseline(0, 1) });
        var perAlarm = Simulation.PointsPerAlarm(detector, seed => Simulation.Normal(seed + 100, 5000), runs: 200, warmUp: 0);
        Assert.InRange(perAlarm, 465 * 0.9, 465 * 1.1);
    }

    [Fact]
    public void Detect_KnownBaselineOneSdStep_FoundWithinTheDesignDelay()
    {
        var detector = new GaussianCusum(new GaussianCusumOptions { Known = new KnownBaseline(0, 1) });
        var run = Simulation.Delay(detector, seed => Simulation.Normal(seed + 200, 100, shift: 1, change: 0), runs: 1000, change: 0);
        var design = CusumDesign.GaussianArlTwoSided(0.5, 5, 1); // 10.4
        Assert.InRange(design, run.Delay - (4 * run.StandardError), run.Delay + (4 * run.StandardError));
    }

    [Fact]
    public void Detect_DefaultTrailingBaseline_FalseAlarmsAtTheDocumentedRate()
    {
        // docs/watch.md: with the default 28-point trailing baseline and t-calibrated z-scores, a
        // false alarm every 556 points (1,000 series of 5,000 points), never more often than the
        // known-parameter design's 465. This smaller run (about 1,800 alarms) must agree within 12%.
        var perAlarm = Simulation.PointsPerAlarm(new GaussianCusum(), seed => Simulation.Normal(seed + 300, 5000), runs: 200, warmUp: 28);
        Assert.InRange(perAlarm, 556 * 0.88, 556 * 1.12);
        Assert.True(perAlarm > 465);
    }

    [Fact]
    public void Detect_DefaultTrailingBaselineTwoSdStep_AlwaysFoundWithinFivePointsOnAverage()
    {
        // docs/watch.md: a two-sd step is found in every run, after 4.85 points on average.
        var run = Simulation.Delay(new GaussianCusum(), seed => Simulation.Normal(seed + 400, 260, shift: 2, change: 200), runs: 400, change: 200);
        Assert.Equal(1.0, run.Found);
        Assert.InRange(run.Delay, 4.85 - (4 * run.StandardError), 4.85 + (4 * run.StandardError));
    }

    [Fact]
    public void Detect_StepDownOnAScoreBetterHigher_IsAWorseningAlarmWithItsEvidence()
    {
        var values = Simulation.Normal(500, 60, shift: -4, change: 40).Values;
        var series = new Series("RUS-UKR", Period.Day, Simulation.Daily(values).Dates, values, "test", Polarity.HigherIsBetter);

        var alarm = new GaussianCusum().Detect(series).Alarms.First();

        var onset = series.Dates.IndexOf(alarm.Onset);
        Assert.Equal((Direction.Down, Meaning.Worsening), (alarm.Direction, alarm.Meaning));
        Assert.InRange(onset, 30, 40); // the excursion may begin a little before the step, on a low point
        Assert.InRange(alarm.Date, series.Dates[40], series.Dates[43]);
        Assert.True(alarm.Statistic > alarm.Threshold);
        Assert.Equal(series.Dates[onset - 1], alarm.BaselineEnd);
        Assert.Equal(series.Dates[onset - 28], alarm.BaselineStart); // the 28 points before the onset
        Assert.Equal(series.Points(onset, series.Dates.IndexOf(alarm.Date) + 1), alarm.Evidence.Points);
        Assert.Null(alarm.Evidence.Events);
    }

    [Fact]
    public void Detect_IdenticalBaselineThenSmallWiggle_NoAlarmBelowOnePercent()
    {
        // A baseline with no spread: the spread is taken as 1% of the level, so a 0.5% wiggle is
        // half a standard deviation, while a 10% drop is ten.
        var flat = Enumerable.Repeat(1.0, 28);
        Assert.Empty(new GaussianCusum().Detect(Simulation.Daily([.. flat, 0.995, 1, 1, 1])).Alarms);
        Assert.NotEmpty(new GaussianCusum().Detect(Simulation.Daily([.. flat, 0.9, 0.9, 0.9])).Alarms);
    }

    [Property(MaxTest = 30)]
    public bool Detect_AnySeriesCutAnywhere_GivesTheSameEarlierAlarms(ushort seed, byte cut)
    {
        // Online: an alarm at a date depends only on the points up to that date.
        var series = Simulation.Normal(seed, 200, shift: 1.5, change: 120);
        var last = series.Dates[29 + (cut % 170)];
        var full = new GaussianCusum().Detect(series).Alarms.Where(a => a.Date <= last);
        var truncated = new GaussianCusum().Detect(series.Until(last)).Alarms;
        return full.Select(a => (a.Date, a.Direction, a.Statistic)).SequenceEqual(truncated.Select(a => (a.Date, a.Direction, a.Statistic)));
    }

    [Fact]
    public void Detect_SameSeriesTwice_SameAlarms()
    {
        var series = Simulation.Normal(600, 500, shift: 1, change: 250);
        Assert.Equal(new GaussianCusum().Detect(series).Alarms, new GaussianCusum().Detect(series).Alarms, new AlarmComparer());
    }

    [Theory]
    [InlineData(1, "has 1 point; the CUSUM needs 29")]
    [InlineData(28, "has 28 points; the CUSUM needs 29")]
    public void Unsuitable_TooShort_SaysHowManyPointsAreNeeded(int n, string message)
    {
        var why = new GaussianCusum().Unsuitable(Simulation.Normal(1, n));
        Assert.Contains(message, why, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new GaussianCusum().Detect(Simulation.Normal(1, n)));
    }

    [Theory]
    [InlineData(-1, 5, "reference shift k")]
    [InlineData(0.5, 0, "threshold h")]
    [InlineData(double.NaN, 5, "reference shift k")]
    public void Options_OutOfRange_AreRefused(double k, double h, string field)
    {
        var options = new GaussianCusumOptions { ReferenceShift = k, Threshold = h };
        Assert.Contains(options.Check(), p => p.Contains(field, StringComparison.Ordinal));
        Assert.Throws<ArgumentException>(() => new GaussianCusum(options));
    }
}

/// <summary>Alarms compared by value, evidence points included.</summary>
public sealed class AlarmComparer : IEqualityComparer<Alarm>
{
    public bool Equals(Alarm? x, Alarm? y) =>
        x is not null && y is not null && x with { Evidence = y.Evidence } == y && x.Evidence.Points.SequenceEqual(y.Evidence.Points);

    public int GetHashCode(Alarm obj) => HashCode.Combine(obj.Series, obj.Date, obj.Direction);
}
