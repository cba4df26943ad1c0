using Fulcrum.Decision.Internal;
using MathNet.Numerics.Distributions;

namespace Fulcrum.Decision.Tests.Internal;

public class NormalMathTests
{
    [Theory]
    [InlineData(-8.0)]
    [InlineData(-5.0)]
    [InlineData(-3.0)]
    [InlineData(-2.9)]
    [InlineData(-1.0)]
    [InlineData(0.0)]
    [InlineData(0.5)]
    [InlineData(2.0)]
    [InlineData(3.5)]
    [InlineData(6.0)]
    public void Cdf_MatchesMathNetToRelativePrecision(double x)
    {
        var expected = Normal.CDF(0, 1, x);
        Assert.Equal(expected, NormalMath.Cdf(x), Math.Max(1e-15, expected * 1e-12));
        // The lower tail keeps its relative accuracy (a truncated normal can lie out there).
        Assert.Equal(1, NormalMath.Cdf(-Math.Abs(x)) / Normal.CDF(0, 1, -Math.Abs(x)), 1e-11);
    }

    [Fact]
    public void Cdf_KnownValues()
    {
        // Abramowitz & Stegun, Table 26.1: Φ(1) = 0.8413447461, Φ(1.96) = 0.9750021049.
        Assert.Equal(0.8413447461, NormalMath.Cdf(1), 1e-10);
        Assert.Equal(0.9750021049, NormalMath.Cdf(1.96), 1e-10);
        Assert.Equal(0, NormalMath.Cdf(double.NegativeInfinity));
        Assert.Equal(1, NormalMath.Cdf(double.PositiveInfinity));
    }

    [Theory]
    [InlineData(1e-12)]
    [InlineData(0.001)]
    [InlineData(0.02)]
    [InlineData(0.3)]
    [InlineData(0.5)]
    [InlineData(0.975)]
    [InlineData(0.999999)]
    public void InverseCdf_MatchesMathNet(double p)
    {
        var expected = Normal.InvCDF(0, 1, p);
        // The quantile cannot be more precise than p itself: one ulp of p moves it by ulp / φ(x).
        var conditioning = 1.2e-16 / Normal.PDF(0, 1, expected);
        Assert.Equal(expected, NormalMath.InverseCdf(p), 1e-12 * Math.Max(1, Math.Abs(expected)) + conditioning);
        // Acklam alone: relative error below 1.15e-9 (Acklam's stated bound), ample for sampling.
        Assert.True(Math.Abs(NormalMath.Acklam(p) - expected) <= 1.2e-9 * Math.Abs(expected) + 1e-15);
    }

    [Fact]
    public void Acklam_RoundedEnds_StayFinite()
    {
        Assert.True(double.IsFinite(NormalMath.Acklam(0)));
        Assert.True(double.IsFinite(NormalMath.Acklam(1)));
    }
}
