using System.Text.Json;

namespace Fulcrum.Cli.Tests.Bargain;

public class BargainCommandTests
{
    [Fact]
    public void Smp_WinProbabilitiesArePerPosition_AndShownSo()
    {
        var text = CliRunner.Run("bargain", Fixture("SOE-Pol-Comp.csv"));
        using var doc = JsonDocument.Parse(CliRunner.Run("bargain", Fixture("SOE-Pol-Comp.csv"), "--json").Out);

        Assert.Equal(0, text.ExitCode);
        Assert.DoesNotContain("P(win) final", text.Out, StringComparison.Ordinal);
        Assert.Contains("Final positions: P(win) per position (6 distinct; sum 1.00)", text.Out, StringComparison.Ordinal);
        Assert.Contains("MOF, SHX, HLJ", text.Out, StringComparison.Ordinal);
        var final = doc.RootElement.GetProperty("final_positions").EnumerateArray().ToList();
        Assert.Equal(1, final.Sum(p => p.GetProperty("probability").GetDouble()), 9);
        Assert.Equal(13, final.Sum(p => p.GetProperty("actors").GetArrayLength()));
    }

    [Fact]
    public void KtabCsv_RunsSmpByDefault_AndReproducesKtabsReferenceRun()
    {
        var run = CliRunner.Run("bargain", Fixture("dummyData_3Dim.csv"), "--json");
        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Out);
        var root = doc.RootElement;
        Assert.Equal("smp", root.GetProperty("model").GetString());
        Assert.Equal(10, root.GetProperty("turn_count").GetInt32());
        var turns = root.GetProperty("turns");
        Assert.Equal(11, turns.GetArrayLength()); // turn 0 is the input
        // Final state of KTAB smpc's reference run (shared/bargaining.md §1.5): SActor-05 at
        // (79.88, 34.37, 75.16) with p = .401; the derived forecast (78.07, 35.63, 72.16).
        var last = turns[10];
        var sActor05 = last.GetProperty("positions").GetProperty("SActor-05").EnumerateArray().Select(x => x.GetDouble()).ToArray();
        Assert.Equal([79.88, 34.37, 75.16], sActor05.Select(x => Math.Round(x, 2)));
        Assert.Equal(0.401, Math.Round(last.GetProperty("probabilities").GetProperty("SActor-05").GetDouble(), 3));
        // The document derives the forecast from the rounded printed probabilities: agree to its rounding.
        var forecast = root.GetProperty("forecast").GetProperty("position").EnumerateArray().Select(x => x.GetDouble()).ToArray();
        Assert.All(forecast.Zip([78.07, 35.63, 72.16]), p => Assert.Equal(p.Second, p.First, 0.011));
        Assert.True(root.TryGetProperty("elapsed_ms", out _));
    }

    [Fact]
    public void BdmCsv_ScholzCodeCompat_EndsOnTheReferenceMedianAndMean()
    {
        var run = CliRunner.Run("bargain", Fixture("ExampleActors.scholz2011.lf.csv"), "--compat", "scholz-code", "--json");
        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Out);
        var root = doc.RootElement;
        Assert.Equal("bdm", root.GetProperty("model").GetString());
        var turns = root.GetProperty("turns");
        // shared/bargaining.md §2.2: both replications start at median 7.0 and mean 7.389956;
        // jmckib's run ends after 10 rounds at median 7.0 and mean 7.242131.
        Assert.Equal(7.0, turns[0].GetProperty("median").GetDouble());
        Assert.Equal(7.389956, turns[0].GetProperty("mean").GetDouble(), 1e-6);
        Assert.Equal(7.0, turns[10].GetProperty("median").GetDouble());
        Assert.Equal(7.242131, turns[10].GetProperty("mean").GetDouble(), 1e-6);
        var movers = root.GetProperty("moves").EnumerateArray().Select(m => m.GetProperty("actor").GetString()).Distinct().Order();
        Assert.Equal(["Belgium", "Ireland", "Luxembourg"], movers); // "Only BE, LU and IE move."
    }

    [Fact]
    public void BdmCsv_Table_ShowsMovesAndForecast()
    {
        var run = CliRunner.Run("bargain", Fixture("ExampleActors.scholz2011.lf.csv"), "--compat", "scholz-code");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Accepted offers (who moved where)", run.Out, StringComparison.Ordinal);
        Assert.Contains("Forecast: Position 7.00 (final median; weighted mean 7.24)", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void KtabXml_ShippedWithABlankCoordinate_IsBadInputWithItsLocation()
    {
        var run = CliRunner.Run("bargain", Fixture("smpExample.xml"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("smpExample.xml:32:10: position of 'Alice' on 'FirstDim' is empty", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void KtabXml_Fixed_RunsWithItsOwnSeedAndParameters()
    {
        var run = CliRunner.Run("bargain", Fixture("smpExample-fixed.xml"), "--json");
        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Out);
        Assert.Equal("ktab-xml", doc.RootElement.GetProperty("input").GetProperty("layout").GetString());
        Assert.Contains(doc.RootElement.GetProperty("settings").EnumerateArray(), s => s.GetString() == "StateTransitions: Stochastic");
    }

    [Theory]
    [InlineData("--compat", "paper")]                           // compat is BDM's
    [InlineData("--model", "bdm")]                              // three dimensions
    [InlineData("--runs", "5")]                                 // runs without perturb
    [InlineData("--perturb", "position=5")]                     // perturb without runs
    [InlineData("--runs", "5", "--perturb", "spin=3")]          // unknown perturbation key
    [InlineData("--drop-actor", "Nobody")]                      // unknown actor
    [InlineData("--max-turns", "0")]
    public void BadOptions_AreBadInputWithoutAStackTrace(params string[] options)
    {
        var run = CliRunner.Run(["bargain", Fixture("dummyData_3Dim.csv"), .. options]);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: ", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Perturbation_SameSeed_SameDistribution_AndPercentilesAreOrdered()
    {
        string[] args = ["bargain", Fixture("ExampleActors.scholz2011.lf.csv"), "--runs", "40", "--perturb", "position=0.5,salience=5,capability=0.2", "--seed", "7", "--json"];
        var first = JsonDocument.Parse(CliRunner.Run(args).Out).RootElement.GetProperty("perturbation");
        var second = JsonDocument.Parse(CliRunner.Run(args).Out).RootElement.GetProperty("perturbation");
        Assert.Equal(first.GetRawText(), second.GetRawText());
        var f = first.GetProperty("forecast")[0];
        var q = new[] { "p5", "p25", "p50", "p75", "p95" }.Select(k => f.GetProperty(k).GetDouble()).ToArray();
        Assert.Equal(q.Order(), q);
        Assert.Equal(40, first.GetProperty("runs").GetInt32());
    }

    [Fact]
    public void DropActorAll_GivesOneShockPerActor()
    {
        var run = CliRunner.Run("bargain", Fixture("ExampleActors.scholz2011.lf.csv"), "--drop-actor", "all", "--json");
        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Out);
        Assert.Equal(10, doc.RootElement.GetProperty("drop_actor").GetArrayLength());
    }

    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "bargaining", name);
}
