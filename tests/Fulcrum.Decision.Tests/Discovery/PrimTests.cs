using Fulcrum.Core.Randomness;
using Fulcrum.Decision.Discovery;

namespace Fulcrum.Decision.Tests.Discovery;

public class PrimTests
{
    [Theory]
    // The EMA Workbench's own cases for its quantile (test/test_analysis/test_prim.py, test_quantile).
    [InlineData(new double[] { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 }, 0.9, 8.5)]
    [InlineData(new double[] { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 }, 0.95, 8.5)]
    [InlineData(new double[] { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 }, 0.1, 0.5)]
    [InlineData(new double[] { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 }, 0.05, 0.5)]
    [InlineData(new double[] { 1 }, 0.9, 1)]
    [InlineData(new double[] { 1 }, 0.05, 1)]
    [InlineData(new double[] { 1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 9 }, 0.9, 8.5)]
    [InlineData(new double[] { 1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 9 }, 0.95, 8.5)]
    [InlineData(new double[] { 1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 9 }, 0.1, 1.5)]
    [InlineData(new double[] { 1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 9 }, 0.05, 1.5)]
    public void Quantile_TheWorkbenchCases_GiveItsValues(double[] sorted, double q, double expected) =>
        Assert.Equal(expected, Prim.Quantile(sorted, q));

    [Fact]
    public void Find_KnownFailureBox_IsRecovered()
    {
        // 20,000 points uniform on [0, 1]^5 and a category of three; failures inside x0 in [0.2, 0.6],
        // x1 ≥ 0.7 and category c2 (mass 0.4 × 0.3 / 3 = 0.04), plus 2% of the rest at random.
        var r = new SeededRandom(11);
        const int n = 20_000;
        var columns = Enumerable.Range(0, 6).Select(_ => new double[n]).ToArray();
        var outcome = new bool[n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < 5; j++) columns[j][i] = r.NextDouble();
            columns[5][i] = r.NextInt(3);
            var inside = columns[0][i] is >= 0.2 and <= 0.6 && columns[1][i] >= 0.7 && columns[5][i] == 2;
            outcome[i] = inside || r.NextDouble() < 0.02;
        }
        var dims = Enumerable.Range(0, 5).Select(j => new PrimDimension($"x{j}")).Append(new PrimDimension("kind", ["c0", "c1", "c2"])).ToList();
        var box = Assert.Single(Prim.Find(new PrimData(dims, columns, outcome), new PrimOptions { MassMin = 0.02 }));
        // Of ~1,180 failures ~800 lie in the true box; the box found should hold most of them, and little else.
        Assert.InRange(box.Coverage, 0.6, 1);
        Assert.InRange(box.Density, 0.85, 1);
        Assert.Equal(["kind", "x0", "x1"], box.Limits.Select(l => l.Dimension).Order());
        var x0 = box.Limits.Single(l => l.Dimension == "x0");
        Assert.InRange(x0.Low!.Value, 0.17, 0.23);
        Assert.InRange(x0.High!.Value, 0.57, 0.63);
        Assert.InRange(box.Limits.Single(l => l.Dimension == "x1").Low!.Value, 0.67, 0.73);
        Assert.Equal(["c2"], box.Limits.Single(l => l.Dimension == "kind").Categories!);
        Assert.Equal("kind is c2", box.Limits.Single(l => l.Dimension == "kind").Text);
        // The trajectory starts from the whole space and never loses density while peeling.
        Assert.Equal((1.0, 1.0, 0), (box.Trajectory[0].Coverage, box.Trajectory[0].Mass, box.Trajectory[0].Restricted));
        Assert.True(box.Trajectory.Zip(box.Trajectory.Skip(1)).All(p => p.Second.Density >= p.First.Density));
    }
}
