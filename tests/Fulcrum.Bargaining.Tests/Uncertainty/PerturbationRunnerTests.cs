using Fulcrum.Bargaining.Bdm;
using Fulcrum.Bargaining.Uncertainty;
using Fulcrum.Core.Problems;

namespace Fulcrum.Bargaining.Tests.Uncertainty;

public class PerturbationRunnerTests
{
    private static readonly ActorTable Scholz = Fixture.Bdm("jmckib-ExampleActors.csv");
    private static readonly BargainRunSettings Settings = new(Seed: 20240201);
    private static readonly PerturbationSpec Shake = new(PositionSd: 0.5, SalienceSd: 10, CapabilitySd: 0.2);

    private static readonly ActorTable TwoDimensions = new()
    {
        Scenario = "two",
        Dimensions = ["Policy", "Competitive"],
        Actors =
        [
            new BargainingActor("A", "", 3, [10, 90], [40, 50]),
            new BargainingActor("B", "", 1, [60, 20], [70, 30]),
            new BargainingActor("C", "", 2, [95, 45], [20, 20]),
        ],
    };

    private static PerturbationResult Run(int runs, int cores, BargainRunSettings? settings = null, PerturbationSpec? spec = null) =>
        PerturbationRunner.Run(new BdmModel(), Scholz, settings ?? Settings,
            new PerturbationOptions { Runs = runs, Spec = spec ?? Shake, MaxDegreeOfParallelism = cores });

    [Fact]
    public void Run_SameSeed_SameResults()
    {
        Assert.Equal(Summary(Run(60, -1)), Summary(Run(60, -1)));
    }

    [Fact]
    public void Run_OneCoreOrFour_IdenticalRunByRun()
    {
        var one = Run(60, 1);
        var four = Run(60, 4);

        Assert.Equal(Summary(one), Summary(four));
        Assert.Equal(one.Forecast, four.Forecast);
        Assert.Equal(one.FinalMean, four.FinalMean);
    }

    [Fact]
    public void Run_OtherSeed_OtherDraws()
    {
        Assert.NotEqual(Summary(Run(30, -1)), Summary(Run(30, -1, new BargainRunSettings(Seed: 7))));
    }

    [Fact]
    public void Run_NoShake_EveryRunIsTheBaseline()
    {
        var result = Run(8, -1, spec: new PerturbationSpec());

        var baseline = result.Baseline.Forecast[0];
        Assert.All(result.Runs, r => Assert.Equal(baseline, r.Forecast[0]));
        var d = Assert.Single(result.Forecast);
        Assert.Equal(("Position", 8, baseline, baseline, baseline), (d.Dimension, d.Count, d.P5, d.P50, d.P95));
        Assert.Equal(result.Baseline.Turns[^1].Mean, result.FinalMean!.P50);
    }

    [Fact]
    public void Run_Shaken_ForecastSpreadsAndPercentilesAreOrdered()
    {
        var result = Run(200, -1);

        var d = Assert.Single(result.Forecast);
        Assert.Equal(200, d.Count);
        Assert.Empty(result.Failures);
        Assert.True(d.Min <= d.P5 && d.P5 <= d.P25 && d.P25 <= d.P50 && d.P50 <= d.P75 && d.P75 <= d.P95 && d.P95 <= d.Max);
        Assert.True(d.Max > d.Min);
        Assert.InRange(d.Mean, d.Min, d.Max);
        Assert.Equal(Enumerable.Range(0, 200), result.Runs.Select(r => r.Index));
    }

    [Fact]
    public void Run_AnyModelOnTwoDimensions_OneDistributionPerDimension()
    {
        var result = PerturbationRunner.Run(new MeanModel(), TwoDimensions, Settings,
            new PerturbationOptions { Runs = 50, Spec = new PerturbationSpec(5, 5, 0.1) });

        Assert.Equal(["Policy", "Competitive"], result.Forecast.Select(f => f.Dimension));
        Assert.Null(result.FinalMean);
        Assert.All(result.Forecast, f => Assert.InRange(f.P50, 0, 100));
        Assert.NotEqual(result.Forecast[0].P50, result.Forecast[1].P50);
    }

    [Fact]
    public void Run_SomeCopiesRefused_CountedAsFailuresAndLeftOut()
    {
        // Salience SD 200 shakes A's 40 to 0 (clamped) in about 42 % of the runs; MeanModel refuses those.
        var result = PerturbationRunner.Run(new MeanModel(), TwoDimensions, Settings,
            new PerturbationOptions { Runs = 100, Spec = new PerturbationSpec(0, 200, 0) });

        Assert.NotEmpty(result.Failures);
        Assert.NotEmpty(result.Runs);
        Assert.Equal(100, result.Failures.Count + result.Runs.Count);
        Assert.All(result.Failures, f => Assert.Equal("first actor has no salience", f.Message));
        Assert.Equal(result.Runs.Count, result.Forecast[0].Count);
    }

    [Fact]
    public void Run_EveryCopyRefused_ThrowsInputException()
    {
        var table = TwoDimensions with { Actors = [TwoDimensions.Actors[0] with { Saliences = [0.0, 50] }, .. TwoDimensions.Actors.Skip(1)] };

        var error = Assert.Throws<InputException>(() => PerturbationRunner.Run(new MeanModel(), table, Settings,
            new PerturbationOptions { Runs = 3, Spec = new PerturbationSpec(1, 0, 0) }));

        Assert.Equal("first actor has no salience", error.Problems[0].Message);
    }

    private static string[] Summary(PerturbationResult result) =>
        [.. result.Runs.Select(r => $"{r.Index} {r.Forecast[0]:R} {r.FinalMean:R} {r.Turns} {r.StopReason}")];
}
