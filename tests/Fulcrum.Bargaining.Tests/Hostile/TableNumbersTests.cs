using Fulcrum.Bargaining.Bdm;
using Fulcrum.Bargaining.Input;
using Fulcrum.Bargaining.Internal;
using Fulcrum.Bargaining.Smp;

namespace Fulcrum.Bargaining.Tests.Hostile;

/// <summary>
/// Capabilities and positions the models cannot compute with are refused by the readers, with the
/// bound; tables at the bounds run to finite forecasts; a NaN forecast is a programmer error.
/// </summary>
public class TableNumbersTests
{
    private const string KtabHead = "XYZ, XYZ Issue, 3, 1,\nActor, Description, Influence, XYZ Position, XYZ Salience\n";

    [Fact]
    public void KtabCsv_CapabilityOf1e308_IsRefusedAndEchoedShort()
    {
        var problem = Assert.Single(KtabCsvReader.Parse(KtabHead + "A, a, 1e308, 10, 50\nB, b, 1, 50, 50\nC, c, 1, 90, 50\n", "cap.csv").Problems);
        Assert.Equal("capability of 'A' is 1E+308; it must lie between 1e-12 and 1e12", problem.Message);
    }

    [Fact]
    public void KtabCsv_TinyCapability_IsRefused()
    {
        var problem = Assert.Single(KtabCsvReader.Parse(KtabHead + "A, a, 5e-324, 10, 50\nB, b, 1, 50, 50\nC, c, 1, 90, 50\n", "cap.csv").Problems);
        Assert.Equal("capability of 'A' is 5E-324; it must lie between 1e-12 and 1e12", problem.Message);
    }

    [Fact]
    public void BdmCsv_CapabilityAndPositionBeyondTheBounds_AreRefused()
    {
        var read = BdmCsvReader.ReadText("Actor,Capability,Position,Salience\nA,1e308,0.5,0.5\nB,1,1e308,0.5\nC,1,-1e13,0.5\n", "big.csv");
        Assert.Equal(
            ["capability 1E+308 of 'A' must lie between 1e-12 and 1e12",
             "position 1E+308 of 'B' is too large: positions are at most 1e12 in size (|x| ≤ 1e12)",
             "position -10000000000000 of 'C' is too large: positions are at most 1e12 in size (|x| ≤ 1e12)"],
            read.Problems.Select(p => p.Message));
    }

    [Fact]
    public void Smp_CapabilitiesAtTheBounds_GiveAFiniteForecast()
    {
        var table = KtabCsvReader.Parse(KtabHead + "A, a, 1e12, 10, 100\nB, b, 1e-12, 50, 100\nC, c, 1e12, 90, 100\n", "edges.csv").ValueOrThrow();
        var run = new SmpModel().Run(table, new BargainRunSettings(SmpParameters.KtabDefaultSeed));
        Assert.All(run.Forecast, x => Assert.True(double.IsFinite(x)));
    }

    [Fact]
    public void Bdm_ValuesAtTheBounds_GiveAFiniteForecast()
    {
        var table = BdmCsvReader.ReadText("Actor,Capability,Position,Salience\nA,1e12,-1e12,1\nB,1e-12,0,0.5\nC,1e12,1e12,1\n", "edges.csv").ValueOrThrow();
        var run = new BdmModel().Run(table, new BargainRunSettings(1));
        Assert.All(run.Forecast, x => Assert.True(double.IsFinite(x)));
    }

    [Fact]
    public void Guard_NaNForecast_IsAProgrammerError()
    {
        var t = new Trajectory { Model = "smp", Actors = ["A"], Turns = [], Forecast = [double.NaN], StopReason = "" };
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => TrajectoryGuard.Finite(t));
        Assert.Contains("the smp forecast", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("capability=1000", "the SD of capability '1000' is too large: at most 5")]
    [InlineData("salience=1e300", "the SD of salience '1e300' is too large: at most 100")]
    [InlineData("position=1e300", "the SD of position '1e300' is too large: at most 1000000000000")]
    public void PerturbationSpec_SdPastWhatTheModelCanRun_IsRefused(string spec, string message) =>
        Assert.Equal(message, Assert.Single(Fulcrum.Bargaining.Uncertainty.PerturbationSpec.Parse(spec).Problems).Message);

    [Fact]
    public void Perturbation_LargestCapabilitySd_NeverGivesACapabilityOfZero()
    {
        // capability=1000 once made exp(SD·Z) underflow to 0, and SMP refused the copy as a bug.
        var table = KtabCsvReader.Parse(KtabHead + "A, a, 1e-12, 10, 50\nB, b, 1, 50, 50\nC, c, 1e12, 90, 50\n", "edges.csv").ValueOrThrow();
        var spec = Fulcrum.Bargaining.Uncertainty.PerturbationSpec.Parse("capability=5").ValueOrThrow();
        var result = Fulcrum.Bargaining.Uncertainty.PerturbationRunner.Run(new SmpModel(), table, new BargainRunSettings(7),
            new Fulcrum.Bargaining.Uncertainty.PerturbationOptions { Runs = 50, Spec = spec });
        Assert.Empty(result.Failures);
    }
}
