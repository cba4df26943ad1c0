using Fulcrum.Bargaining.Uncertainty;
using Fulcrum.Bargaining.Uncertainty.Internal;
using Fulcrum.Core.Randomness;

namespace Fulcrum.Bargaining.Tests.Uncertainty;

public class PercentilesAndPerturberTests
{
    [Fact]
    public void Summarise_KnownSamples_MatchPythonInclusiveQuantiles()
    {
        // statistics.quantiles(data, n=20, method='inclusive') under CPython 3.11: cut points 1, 5, 10, 15, 19.
        var a = Percentiles.Summarise("x", [1, 2, 3, 4, 10]);
        Assert.Equal((1.2, 2.0, 3.0, 4.0, 8.8, 4.0), (a.P5, a.P25, a.P50, a.P75, a.P95, a.Mean), new Close());
        var b = Percentiles.Summarise("x", [0.3, -1.5, 2.25, 8, 4, 4]);
        Assert.Equal((-1.05, 0.7875, 3.125, 4.0, 7.0, 2.841666666666667), (b.P5, b.P25, b.P50, b.P75, b.P95, b.Mean), new Close());
        Assert.Equal(7.5, Percentiles.Summarise("x", [7.5]).P95);
    }

    [Fact]
    public void Draw_LargeShakes_StayInsideTheValidRanges()
    {
        var table = Fixture.Bdm("dmasad-ChinaData.cr.csv");
        var perturber = new TablePerturber(table, new PerturbationSpec(80, 80, 2), null);
        var random = new SeededRandom(3);

        for (var i = 0; i < 200; i++)
        {
            var drawn = perturber.Draw(random);
            Assert.All(drawn.Actors, a => Assert.InRange(a.Positions[0], 0, 100));
            Assert.All(drawn.Actors, a => Assert.InRange(a.Saliences[0], 0, 100));
            Assert.All(drawn.Actors, a => Assert.True(a.Capability > 0));
        }
    }

    [Fact]
    public void Draw_SeveralDimensions_SaliencesScaledBackToAtMostOneHundred()
    {
        var table = new ActorTable
        {
            Scenario = "t",
            Dimensions = ["a", "b"],
            Actors = [new BargainingActor("A", "", 1, [50, 50], [50, 50]), new BargainingActor("B", "", 1, [20, 80], [60, 40])],
        };
        var perturber = new TablePerturber(table, new PerturbationSpec(0, 30, 0), null);
        var random = new SeededRandom(11);

        for (var i = 0; i < 200; i++)
            Assert.All(perturber.Draw(random).Actors, a => Assert.True(a.Saliences.Sum() <= 100 + 1e-9));
    }

    [Fact]
    public void Draw_PositionsOffTheHundredScale_ClampedToTheirOwnRange()
    {
        var table = Fixture.Bdm("jmckib-ExampleActors.csv");
        var years = table with { Actors = [.. table.Actors.Select(a => a with { Positions = [a.Positions[0] + 1990] })] };
        var perturber = new TablePerturber(years, new PerturbationSpec(5, 0, 0), null);

        var drawn = perturber.Draw(new SeededRandom(5));

        Assert.All(drawn.Actors, a => Assert.InRange(a.Positions[0], 1994, 2000));
    }

    private sealed class Close : IEqualityComparer<(double, double, double, double, double, double)>
    {
        public bool Equals((double, double, double, double, double, double) x, (double, double, double, double, double, double) y) =>
            Math.Abs(x.Item1 - y.Item1) < 1e-12 && Math.Abs(x.Item2 - y.Item2) < 1e-12 && Math.Abs(x.Item3 - y.Item3) < 1e-12
            && Math.Abs(x.Item4 - y.Item4) < 1e-12 && Math.Abs(x.Item5 - y.Item5) < 1e-12 && Math.Abs(x.Item6 - y.Item6) < 1e-12;

        public int GetHashCode((double, double, double, double, double, double) obj) => 0;
    }
}
