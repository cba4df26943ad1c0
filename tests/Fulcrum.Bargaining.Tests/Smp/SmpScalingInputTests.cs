using Fulcrum.Bargaining.Input;
using Fulcrum.Bargaining.Smp;

namespace Fulcrum.Bargaining.Tests.Smp;

/// <summary>
/// KTAB's scaling inputs have no published trajectory, so these check plausibility, not identity:
/// the run stops by KTAB's rule (not the turn limit), positions stay within the input's range, and
/// the forecast lies within the capability×salience-weighted interquartile range of the inputs.
/// </summary>
public class SmpScalingInputTests
{
    [Theory]
    [InlineData("dummyData-a040")]
    [InlineData("dummyData-a080")]
    public void Run_KtabScalingInput_ConvergesToAPlausibleForecast(string name)
    {
        var table = KtabCsvReader.Read(KtabReference.Fixture(name + ".csv")).ValueOrThrow();
        var t = new SmpModel().Run(table, new BargainRunSettings(SmpParameters.KtabDefaultSeed));
        Assert.StartsWith("fractional change", t.StopReason, StringComparison.Ordinal);
        Assert.InRange(t.TurnCount, 2, 99);
        double min = table.Actors.Min(a => a.Positions[0]), max = table.Actors.Max(a => a.Positions[0]);
        Assert.All(t.Turns.SelectMany(s => s.Positions), p => Assert.InRange(p[0], min - 1e-9, max + 1e-9));
        Assert.InRange(t.Forecast[0], WeightedQuantile(table, 0.25), WeightedQuantile(table, 0.75));
    }

    private static double WeightedQuantile(ActorTable table, double q)
    {
        var points = table.Actors.Select(a => (X: a.Positions[0], W: a.Capability * a.Saliences[0])).OrderBy(p => p.X).ToList();
        var target = q * points.Sum(p => p.W);
        var acc = 0.0;
        foreach (var (x, w) in points)
        {
            acc += w;
            if (acc >= target) return x;
        }
        return points[^1].X;
    }
}
