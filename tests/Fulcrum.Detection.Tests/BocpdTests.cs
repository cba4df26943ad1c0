using Fulcrum.Detection.ChangePoint;

namespace Fulcrum.Detection.Tests;

public class BocpdTests
{
    /// <summary>N(0,1) for 100 points, N(3,1) for 100, N(−1,1) for 100: change points at 100 and 200.</summary>
    private static Series TwoChanges(ulong seed)
    {
        var rng = Core.Randomness.SeededRandom.ForStream(seed, 3);
        return Simulation.Daily([.. Enumerable.Range(0, 300).Select(i => rng.NextStandardNormal() + (i < 100 ? 0 : i < 200 ? 3 : -1))]);
    }

    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    [InlineData(3UL)]
    public void Posterior_TwoKnownChangePoints_PeaksAtThem(ulong seed)
    {
        // Adams & MacKay (2007), Fig. 1: the run-length posterior collapses to zero at each change
        // and then grows with the new run. Ten points after each change the most probable start
        // of the current run is the change point (to within the two points noise can blur), and
        // the starts around it hold nearly all the mass.
        var posterior = new Bocpd().Posterior(TwoChanges(seed));

        Assert.Equal(0, posterior[99].MostProbableStart());
        foreach (var change in new[] { 100, 200 })
        {
            var after = posterior[change + 10];
            Assert.InRange(after.MostProbableStart(), change - 2, change + 2);
            var near = Enumerable.Range(change - 2, 5).Sum(after.StartedAt);
            Assert.True(near > 0.9, $"P(start within 2 of {change}) = {near:F3}");
            Assert.Equal(0, posterior[change - 1].StartedAt(change)); // nothing is known of a change before it happens
        }
    }

    [Fact]
    public void Posterior_PoissonCountsWithTwoChanges_PeaksAtThem()
    {
        var rng = Core.Randomness.SeededRandom.ForStream(9, 4);
        var series = Simulation.Daily([.. Enumerable.Range(0, 300).Select(i => (double)Simulation.PoissonDraw(rng, i < 100 ? 5 : i < 200 ? 15 : 5))]);
        var posterior = new Bocpd(new BocpdOptions { Model = BocpdModel.Poisson }).Posterior(series);
        Assert.InRange(posterior[110].MostProbableStart(), 98, 102);
        Assert.InRange(posterior[210].MostProbableStart(), 198, 202);
        Assert.True(Enumerable.Range(98, 5).Sum(posterior[110].StartedAt) > 0.9);
    }

    [Fact]
    public void Detect_TwoKnownChangePoints_AlarmsWithOnsetsAtThem()
    {
        var series = TwoChanges(1);
        var alarms = new Bocpd().Detect(series).Alarms;
        Assert.Equal(2, alarms.Count);
        Assert.Equal((series.Dates[100], Direction.Up), (alarms[0].Onset, alarms[0].Direction));
        Assert.Equal((series.Dates[200], Direction.Down), (alarms[1].Onset, alarms[1].Direction));
        Assert.All(alarms, a => Assert.True(a.Statistic >= a.Threshold));
    }

    [Fact]
    public void Posterior_LongStationarySeries_KeepsAtMostMaxRunLengthHypotheses()
    {
        // The truncation that keeps the cost linear: never more than MaxRunLength run lengths.
        var options = new BocpdOptions { MaxRunLength = 100 };
        var posterior = new Bocpd(options).Posterior(Simulation.Normal(11, 1000));
        Assert.All(posterior, p => Assert.InRange(p.Starts.Count, 1, 100));
        Assert.All(posterior, p => Assert.InRange(p.Probabilities.Sum(), 0.999999, 1.000001));
        // The merged oldest state keeps the whole series' statistics: a stationary series stays one run.
        Assert.Equal(0, posterior[^1].MostProbableStart());
        Assert.True(posterior[^1].StartedAt(0) > 0.5);
    }

    [Fact]
    public void Detect_DefaultsOnStationarySeries_FalseAlarmsAtTheDocumentedRate()
    {
        // docs/watch.md: with the defaults (hazard 1/250, lookback 28, probability ½) a false alarm
        // every 906 points on stationary normal noise (150 series of 5,000 points). This smaller run
        // (about 280 alarms) must agree within 25%.
        var perAlarm = Simulation.PointsPerAlarm(new Bocpd(), seed => Simulation.Normal(seed + 700, 5000), runs: 50, warmUp: 28);
        Assert.InRange(perAlarm, 906 * 0.75, 906 * 1.25);
    }

    [Fact]
    public void Detect_TwoSdStep_FoundWithinAFewPoints()
    {
        // docs/watch.md: a two-sd step is found in practically every run, after 4.2 points on average.
        var run = Simulation.Delay(new Bocpd(), seed => Simulation.Normal(seed + 800, 260, shift: 2, change: 200), runs: 150, change: 200);
        Assert.True(run.Found >= 0.97);
        Assert.InRange(run.Delay, 4.2 - (4 * run.StandardError), 4.2 + (4 * run.StandardError));
    }

    [Fact]
    public void Detect_SingleOutlier_IsOneChangeNotTwo()
    {
        var values = Simulation.Normal(12, 80).Values.ToArray();
        values[50] = 12;
        var alarms = new Bocpd().Detect(Simulation.Daily(values)).Alarms;
        var alarm = Assert.Single(alarms);
        Assert.Equal(Direction.Up, alarm.Direction);
    }

    [Theory]
    [InlineData(10, "has 10 points; BOCPD needs 29")]
    public void Unsuitable_TooShort_SaysHowManyPointsAreNeeded(int n, string message) =>
        Assert.Contains(message, new Bocpd().Unsuitable(Simulation.Normal(1, n)), StringComparison.Ordinal);

    [Fact]
    public void Unsuitable_PoissonModelOnScores_SaysItNeedsCounts() =>
        Assert.Contains("not a count", new Bocpd(new BocpdOptions { Model = BocpdModel.Poisson }).Unsuitable(Simulation.Normal(1, 60)), StringComparison.Ordinal);

    [Theory]
    [InlineData(1.0, 0.5, "expected run length")]
    [InlineData(250, 1.0, "alarm probability")]
    public void Options_OutOfRange_AreRefused(double runLength, double probability, string field) =>
        Assert.Contains(new BocpdOptions { ExpectedRunLength = runLength, Probability = probability }.Check(), p => p.Contains(field, StringComparison.Ordinal));
}
