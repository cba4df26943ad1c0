using Fulcrum.Detection.Cusum;

namespace Fulcrum.Detection.Tests;

public class CusumDesignTests
{
    [Theory]
    // Montgomery, Introduction to Statistical Quality Control (6th ed.), Table 9.3: ARL of the
    // two-sided tabular CUSUM with k = 1/2: h = 4 gives 168 in control and 8.38 after a one-sd
    // shift; h = 5 gives 465 and 10.4.
    [InlineData(4, 0, 168)]
    [InlineData(4, 1, 8.38)]
    [InlineData(5, 0, 465)]
    [InlineData(5, 1, 10.4)]
    public void GaussianArlTwoSided_KHalf_MatchesMontgomeryTable(double h, double shift, double published)
    {
        var arl = CusumDesign.GaussianArlTwoSided(0.5, h, shift);
        Assert.InRange(arl, published * 0.99, published * 1.01);
    }

    [Fact]
    public void GaussianArl_MoreStates_Converges()
    {
        var coarse = CusumDesign.GaussianArl(0.5, 5, 0, states: 100);
        var fine = CusumDesign.GaussianArl(0.5, 5, 0, states: 800);
        Assert.InRange(coarse / fine, 0.999, 1.001);
    }

    [Fact]
    public void PoissonArl_StepFrom4To8_MatchesSimulatedDelay()
    {
        // The chain's ARL₁ for the Poisson CUSUM designed for λ₀ = 4 → 6 (one sd), h = 5, when the
        // counts jump to 8: checked against 2,000 seeded runs of the detector with the same design.
        var design = CusumDesign.PoissonArl(4, 6, 5, trueRate: 8);
        var detector = new PoissonCusum(new PoissonCusumOptions { Known = new KnownBaseline(4, 2), EstimateOverdispersion = false });
        var run = Simulation.Delay(detector, seed => Simulation.Poisson(seed + 1_000, 120, 4, 8, change: 0), runs: 2000, change: 0);
        Assert.Equal(1.0, run.Found);
        Assert.InRange(design, run.Delay - (4 * run.StandardError), run.Delay + (4 * run.StandardError));
    }

    [Fact]
    public void PoissonArl_LargeCounts_ApproachTheGaussianDesign()
    {
        // For large λ the log-likelihood-ratio increment of a one-sd shift tends to z − ½: the
        // Poisson CUSUM becomes the Gaussian CUSUM with k = ½ and the same h.
        var lambda = 10_000.0;
        var poisson = CusumDesign.PoissonArl(lambda, lambda + Math.Sqrt(lambda), 5, lambda);
        Assert.InRange(poisson / CusumDesign.GaussianArl(0.5, 5, 0), 0.97, 1.03);
    }
}
