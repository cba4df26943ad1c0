using FsCheck;
using FsCheck.Fluent;
using Fulcrum.Decision.Internal;
using Fulcrum.Scenario.Model;
using MathNet.Numerics.Distributions;

namespace Fulcrum.Decision.Tests.Internal;

public class SamplersTests
{
    private static readonly double[] Us = [1e-9, 0.001, 0.05, 0.2, 0.37, 0.5, 0.63, 0.8, 0.95, 0.999, 1 - 1e-9];

    private static Func<double, double> Sampler(Distribution d)
    {
        var s = new Samplers();
        var k = s.Add(d);
        s.Freeze();
        return u => s.Sample(k, u);
    }

    [Fact]
    public void Triangular_IsTheExactInverseCdf()
    {
        var sample = Sampler(new TriangularDistribution(-20, -8, 0));
        foreach (var u in Us) Assert.Equal(Triangular.InvCDF(-20, 0, -8, u), sample(u), 1e-9);
    }

    [Fact]
    public void Uniform_IsTheExactInverseCdf()
    {
        var sample = Sampler(new UniformDistribution(2, 3));
        foreach (var u in Us) Assert.Equal(2 + u, sample(u), 1e-12);
    }

    [Theory]
    [InlineData(-50, -20, 0, 4)]
    [InlineData(-95, -55, -15, 4)]
    [InlineData(0, 1, 10, 4)]
    [InlineData(0, 5, 10, 2)]
    public void Pert_TableMatchesTheBetaQuantile(double low, double mode, double high, double lambda)
    {
        // PERT = low + (high - low) Beta(1 + λ(mode-low)/(high-low), 1 + λ(high-mode)/(high-low)) (Vose, Risk Analysis, 3rd ed., §9.1).
        var pert = new PertDistribution(low, mode, high, lambda);
        var sample = Sampler(pert);
        // Within 1e-4 of the range inside the table; in the two end cells (u below 1/8192 or above
        // 1 − 1/8192, where the beta follows its power laws) within 3e-4.
        foreach (var u in Us.Concat([1e-5, 5e-5, 1.5e-4, 1 - 1e-5, 1 - 5e-5, 1 - 1.5e-4]))
        {
            var endCell = u < 1.0 / PertTable.Cells || u > 1 - 1.0 / PertTable.Cells;
            Assert.Equal(low + (high - low) * Beta.InvCDF(pert.Alpha, pert.Beta, u), sample(u), (endCell ? 3e-4 : 1e-4) * (high - low));
        }
    }

    [Fact]
    public void Pert_SampleMeanMatchesThePertMean()
    {
        var pert = new PertDistribution(-70, -35, -5);
        var sample = Sampler(pert);
        const int n = 200_000;
        var mean = Enumerable.Range(0, n).Average(k => sample((k + 0.5) / n));
        Assert.Equal(pert.Mean, mean, 1e-3);
    }

    [Theory]
    [InlineData(0, 0.2, -0.6, 0.6)]
    [InlineData(-1.1, 0.3, -2.2, -0.2)]
    [InlineData(0, 1, double.NegativeInfinity, double.PositiveInfinity)]
    [InlineData(0, 1, 4, 6)]
    [InlineData(0, 1, -6, -4)]
    public void TruncatedNormal_MatchesTheTruncatedQuantile(double mu, double sigma, double low, double high)
    {
        var sample = Sampler(new NormalDistribution(mu, sigma, low, high));
        var (a, b) = (Normal.CDF(mu, sigma, low), Normal.CDF(mu, sigma, high));
        foreach (var u in Us.Where(u => u is > 1e-6 and < 1 - 1e-6))
        {
            var x = sample(u);
            Assert.InRange(x, low, high);
            // Far in the upper tail MathNet's own quantile loses digits; compare there through the mirror image.
            var expected = low > mu
                ? mu - sigma * Normal.InvCDF(0, 1, Normal.CDF(0, 1, -(high - mu) / sigma) + (1 - u) * (Normal.CDF(0, 1, -(low - mu) / sigma) - Normal.CDF(0, 1, -(high - mu) / sigma)))
                : Normal.InvCDF(mu, sigma, a + u * (b - a));
            Assert.Equal(expected, x, 1e-7 * Math.Max(1, Math.Abs(expected)));
        }
    }

    [Fact]
    public void DegenerateDistributions_AreFixed()
    {
        Assert.Equal(3, Sampler(new TriangularDistribution(3, 3, 3))(0.4));
        Assert.Equal(3, Sampler(new PertDistribution(3, 3, 3))(0.4));
        Assert.Equal(3, Sampler(new UniformDistribution(3, 3))(0.4));
        Assert.Equal(0.5, Sampler(new NormalDistribution(2, 0, -1, 0.5))(0.4));
    }

    [Fact]
    public void Quantiles_RiseWithTheUniform_SoRandomNumbersAreCommon()
    {
        // Common random numbers need every sampler to be monotone in u: the same u is the same quantile.
        Distribution[] all =
        [
            new TriangularDistribution(-10, -2, 5), new PertDistribution(-90, -50, -15), new UniformDistribution(-1, 1),
            new NormalDistribution(-0.7, 0.3, -1.8, 0), new NormalDistribution(0, 1, 1, 3), new FixedDistribution(2),
        ];
        Prop.ForAll(Gen.Choose(1, 999_999).ToArbitrary(), Gen.Choose(1, 999_999).ToArbitrary(), (i, j) =>
        {
            var (u, v) = (Math.Min(i, j) / 1e6, Math.Max(i, j) / 1e6);
            return all.All(d => Sampler(d)(u) <= Sampler(d)(v));
        }).QuickCheckThrowOnFailure();
    }
}
