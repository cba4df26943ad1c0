using FsCheck;
using FsCheck.Fluent;
using Fulcrum.Decision.Internal;

namespace Fulcrum.Decision.Tests.Internal;

public class StatsTests
{
    [Fact]
    public void Quantile_IsType7()
    {
        // R: quantile(1:10, c(0.05, 0.5, 0.95)) = 1.45, 5.5, 9.55 (type 7, the default).
        double[] x = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
        Assert.Equal(1.45, Stats.Quantile(x, 0.05), 1e-12);
        Assert.Equal(5.5, Stats.Quantile(x, 0.5), 1e-12);
        Assert.Equal(9.55, Stats.Quantile(x, 0.95), 1e-12);
    }

    [Fact]
    public void LowerTailMean_CountsTheBoundaryDrawInPart()
    {
        double[] x = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
        Assert.Equal(1, Stats.LowerTailMean(x, 0.1), 12);
        // The lowest 25% of 10 draws: 1, 2 and half of 3 -> (1 + 2 + 1.5) / 2.5.
        Assert.Equal(4.5 / 2.5, Stats.LowerTailMean(x, 0.25), 12);
        Assert.Equal(5.5, Stats.LowerTailMean(x, 1), 12);
    }

    [Fact]
    public void Selection_AgreesWithSorting()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<double[]>(), Gen.Choose(0, 100).ToArbitrary(), (raw, percent) =>
        {
            var x = raw.Where(double.IsFinite).Select(v => Math.Round(v % 1000, 1)).ToArray();
            if (x.Length == 0) return true;
            var sorted = x.Order().ToArray();
            var p = percent / 100.0;
            return Stats.SelectQuantile(x.ToArray(), p) == Stats.Quantile(sorted, p)
                && Math.Abs(Stats.SelectLowerTailMean(x.ToArray(), Math.Max(0.01, p)) - Stats.LowerTailMean(sorted, Math.Max(0.01, p))) < 1e-9;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Selection_OfAConstantSample_IsThatConstant()
    {
        var x = Enumerable.Repeat(0.4, 100_000).ToArray();
        Assert.Equal(0.4, Stats.SelectQuantile(x, 0.95));
        Assert.Equal(0.4, Stats.SelectLowerTailMean(x, 0.1), 12);
    }

    [Fact]
    public void SelectQuantiles_AreSelectQuantileAtEach()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<double[]>(), ArbMap.Default.ArbFor<byte[]>(), (raw, percents) =>
        {
            var x = raw.Where(double.IsFinite).Select(v => Math.Round(v % 1000, 1)).ToArray();
            if (x.Length == 0 || percents.Length == 0) return true;
            var ps = percents.Select(b => Math.Min(b, (byte)100) / 100.0).ToArray();
            var together = Stats.SelectQuantiles(x.ToArray(), ps);
            return ps.Select((p, j) => Stats.SelectQuantile(x.ToArray(), p) == together[j]).All(same => same);
        }).QuickCheckThrowOnFailure();
    }
}
