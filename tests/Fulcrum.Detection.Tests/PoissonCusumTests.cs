using Fulcrum.Detection.Cusum;

namespace Fulcrum.Detection.Tests;

public class PoissonCusumTests
{
    [Fact]
    public void Detect_KnownRateStepChange_FoundWithinTheDesignDelay()
    {
        // Lucas's Poisson CUSUM designed for 4 → 6 events a day (one sd), h = 5: the chain
        // (CusumDesign) predicts an average delay of 11.8 days when the rate really rises to 6.
        var design = CusumDesign.PoissonArl(4, 6, 5, trueRate: 6);
        var detector = new PoissonCusum(new PoissonCusumOptions { Known = new KnownBaseline(4, 2), EstimateOverdispersion = false });
        var run = Simulation.Delay(detector, seed => Simulation.Poisson(seed + 2_000, 200, 4, 6, change: 0), runs: 1000, change: 0);
        Assert.InRange(design, run.Delay - (4 * run.StandardError), run.Delay + (4 * run.StandardError));
    }

    [Fact]
    public void Detect_DefaultTrailingBaselineStepChange_FoundSoonAfterTheDesignDelay()
    {
        // docs/watch.md: with the default 28-day trailing baseline and overdispersion estimated, a
        // doubling from 4 to 8 events a day is found in 99% of runs, after 5.8 days on average
        // against the design's 4.85 with a known rate: estimating the baseline costs about a day.
        var design = CusumDesign.PoissonArl(4, 6, 5, trueRate: 8);
        var run = Simulation.Delay(new PoissonCusum(), seed => Simulation.Poisson(seed + 3_000, 260, 4, 8, change: 200), runs: 400, change: 200);
        Assert.True(run.Found >= 0.98);
        Assert.InRange(run.Delay, design, design * 1.35);
    }

    [Fact]
    public void Detect_KnownRateInControl_FalseAlarmsAtTheDesignRate()
    {
        // Two-sided design at λ = 4 (upper and lower charts, 1/ARL = 1/ARL⁺ + 1/ARL⁻): 557 points.
        var design = 1 / ((1 / CusumDesign.PoissonArl(4, 6, 5, 4)) + (1 / CusumDesign.PoissonArl(4, 16.0 / 6, 5, 4)));
        var detector = new PoissonCusum(new PoissonCusumOptions { Known = new KnownBaseline(4, 2), EstimateOverdispersion = false });
        var perAlarm = Simulation.PointsPerAlarm(detector, seed => Simulation.Poisson(seed + 4_000, 5000, 4), runs: 150, warmUp: 0);
        Assert.InRange(perAlarm, design * 0.88, design * 1.12);
    }

    [Fact]
    public void Detect_DefaultTrailingBaselineInControl_FalseAlarmsAtTheDocumentedRate()
    {
        // docs/watch.md: on Poisson counts with rate 4, the default (trailing baseline, φ estimated
        // and floored at 1) raises a false alarm every 1,073 points, about half as often as the design.
        var perAlarm = Simulation.PointsPerAlarm(new PoissonCusum(), seed => Simulation.Poisson(seed + 5_000, 5000, 4), runs: 150, warmUp: 28);
        Assert.InRange(perAlarm, 1073 * 0.85, 1073 * 1.15);
    }

    [Fact]
    public void Detect_OverdispersedCounts_EstimatingDispersionCutsFalseAlarms()
    {
        // News-driven counts vary far more than Poisson. Counts with a gamma-mixed rate, mean 20
        // and variance 20 + 20²/4 = 120 (6× Poisson's), and no change at all: the pure Poisson
        // CUSUM alarms constantly, the quasi-Poisson default far less.
        static Series Overdispersed(ulong seed)
        {
            var rng = Core.Randomness.SeededRandom.ForStream(seed, 7);
            return Simulation.Daily([.. Enumerable.Range(0, 3000).Select(_ => (double)Simulation.PoissonDraw(rng, 20 * Gamma(rng, 4) / 4))]);
        }

        var pure = Simulation.PointsPerAlarm(new PoissonCusum(new PoissonCusumOptions { EstimateOverdispersion = false }), s => Overdispersed(s + 6_000), 20, 28);
        var quasi = Simulation.PointsPerAlarm(new PoissonCusum(), s => Overdispersed(s + 6_000), 20, 28);
        Assert.True(quasi > 5 * pure, $"quasi {quasi:F0} vs pure {pure:F0} points per alarm");
    }

    /// <summary>A Gamma(shape, scale 1) draw, shape ≥ 1 (Marsaglia &amp; Tsang 2000).</summary>
    private static double Gamma(Core.Randomness.SeededRandom rng, double shape)
    {
        var d = shape - (1.0 / 3);
        var c = 1 / Math.Sqrt(9 * d);
        while (true)
        {
            var z = rng.NextStandardNormal();
            var v = Math.Pow(1 + (c * z), 3);
            if (v > 0 && Math.Log(rng.NextOpenDouble()) < (0.5 * z * z) + d - (d * v) + (d * Math.Log(v))) return d * v;
        }
    }

    [Theory]
    [InlineData(-1.0, "is not a count: -1")]
    [InlineData(2.5, "is not a count: 2.5")]
    public void Unsuitable_NotCounts_SaysWhichValue(double bad, string message)
    {
        var series = Simulation.Daily([.. Enumerable.Repeat(3.0, 40), bad]);
        Assert.Contains(message, new PoissonCusum().Unsuitable(series), StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_AllZeroBaselineThenEvents_AlarmsUp()
    {
        // The Jeffreys rate (0 + ½)/28 keeps λ₀ above zero, so a burst after silence is a finite, large ratio.
        var series = Simulation.Daily([.. Enumerable.Repeat(0.0, 28), 3, 4, 5]);
        var alarm = Assert.Single(new PoissonCusum().Detect(series).Alarms);
        Assert.Equal(Direction.Up, alarm.Direction);
        Assert.Equal(0.5 / 28, alarm.BaselineMean, 12);
    }
}
