using Fulcrum.Decision.Internal;
using Fulcrum.Scenario.Model;

namespace Fulcrum.Decision.Tests;

/// <summary>
/// What a case's questions put into the appraisal: factor probabilities per option (the level of each
/// option drawn from the draw's one uniform) and effects that are a sample of forecasts (each value
/// equally likely), against closed forms.
/// </summary>
public class QuestionInputsTests
{
    // Heavy pressure sets the only interest's effect to −0.5 under either option; P(heavy) is 0.8
    // under keep and 0.2 under yield, whose own effect otherwise costs 0.1.
    private static Case Pressure() => new CaseBuilder().Interest("a", 1, 1, baseline: 1).Option("keep").Option("yield").Scenario("s", 1)
        .FactorByOption("pressure", ["moderate", "heavy"], new() { ["keep"] = [0.2, 0.8], ["yield"] = [0.8, 0.2] })
        .Effect("yield", null, "a", -0.1)
        .Override("keep", "s", "pressure", "heavy", "a", new FixedDistribution(-0.5))
        .Override("yield", "s", "pressure", "heavy", "a", new FixedDistribution(-0.5))
        .Build();

    [Fact]
    public void Appraise_FactorProbabilitiesPerOption_EachOptionMeetsItsOwnLevels()
    {
        var a = Run.Appraise(Pressure(), draws: 50_000);

        // EU(keep) = 1 − 0.5·P_keep(heavy) = 0.6; EU(yield) = 0.8·0.9 + 0.2·0.5 = 0.82; within 4 se.
        Assert.InRange(a.Option("keep").ExpectedUtility - 0.6, -4 * a.Option("keep").EuSe, 4 * a.Option("keep").EuSe);
        Assert.InRange(a.Option("yield").ExpectedUtility - 0.82, -4 * a.Option("yield").EuSe, 4 * a.Option("yield").EuSe);
        Assert.Equal("yield", a.Recommendation.Option);
    }

    [Fact]
    public void Appraise_FactorProbabilitiesPerOption_ShareTheDrawsUniform()
    {
        // Common random numbers: a draw that gives yield heavy pressure (u ≥ 0.8) gives keep heavy
        // pressure too (u ≥ 0.2), so yield − keep is −0.1 (both moderate), +0.4 (keep heavy alone) or
        // 0 (both heavy), never −0.5 (yield heavy alone).
        var m = CompiledCase.Compile(Pressure(), ScenarioProbabilities.Priors(Pressure())).ValueOrThrow();
        var store = Appraiser.Sample(m, new AppraisalOptions { Draws = 4096, Seed = 3 });

        var heavyBoth = 0;
        for (var d = 0; d < store.N; d++)
        {
            var (keep, yield) = (store.Utility[d * 2], store.Utility[(d * 2) + 1]);
            Assert.Contains(Math.Round(yield - keep, 9), new[] { -0.1, 0.4, 0 });
            if (yield < 0.6) heavyBoth++;
            // The draw's group: 0 below 0.2 (both moderate), 1 between (keep heavy), 2 above 0.8 (both heavy).
            var u = store.FactorQuantile[d];
            Assert.Equal(u < 0.2 ? 0 : u < 0.8 ? 1 : 2, store.FactorLevel[d]);
        }
        Assert.InRange(heavyBoth / 4096.0, 0.17, 0.23);
        Assert.Equal(3, m.FactorGroups[0]);
    }

    [Fact]
    public void Evpi_FactorPerOption_IsTheValueOfKnowingTheUniformsInterval()
    {
        // Knowing the interval: below 0.2 both moderate (yield 0.9 < keep 1: take keep, gain 0.1 over
        // yield, the reference), between (keep heavy 0.5 < yield 0.9: yield already), above 0.8 both
        // heavy (0.5 each: nothing to gain). EVPPI = 0.2·0.1 = 0.02, all of the EVPI.
        var a = Run.Appraise(Pressure(), draws: 100_000);

        var item = a.Sensitivity!.Evpi!.ByUncertainty.Single(i => i.Name == "factor pressure");
        Assert.Equal(0.02, item.Value, 0.003);
        Assert.Equal(a.Sensitivity.Evpi.Total, item.Value, 1e-12);
    }

    [Fact]
    public void Appraise_AnEmpiricalEffect_HasTheSamplesMean()
    {
        var values = Enumerable.Range(0, 200).Select(k => -0.3 + (0.002 * k)).ToArray();
        var c = new CaseBuilder().Interest("a", 1, 1, baseline: 0.5).Option("x").Scenario("s", 1)
            .Effect("x", null, "a", new EmpiricalDistribution(values)).Build();

        var x = Run.Appraise(c, draws: 100_000).Option("x");

        Assert.InRange(x.ExpectedUtility - (0.5 + values.Average()), -4 * x.EuSe, 4 * x.EuSe);
        // Levels 0.2 to 0.598: the 5th and 95th percentiles near 0.22 and 0.578.
        Assert.InRange(x.EuLow, 0.2, 0.25);
        Assert.InRange(x.EuHigh, 0.55, 0.598);
    }

    [Fact]
    public void Appraise_AFactorAQuestionHasNotAnswered_SaysSo()
    {
        var c = Pressure();
        var unanswered = c with
        {
            Factors = [c.Factors[0] with { ByOption = null }],
            Questions = [new Question
            {
                Id = "q", Name = "q", Model = QuestionModel.Smp, Runs = 10, Perturb = new(1, 0, 0), Source = "test",
                MapsTo = new FactorTarget("pressure", [new("moderate", 0, 50), new("heavy", 50, 100)]),
            }],
        };

        var result = Appraiser.Appraise(unanswered, new AppraisalOptions { Draws = 1000 });

        var p = Assert.Single(result.Problems);
        Assert.Equal("factor 'pressure' takes its probabilities from question 'q', which has not been answered", p.Message);
    }

    [Fact]
    public void Appraise_PerOptionProbabilitiesOfAnOptionMissing_IsAProblem()
    {
        var c = Pressure();
        var broken = c with { Factors = [c.Factors[0] with { ByOption = new Dictionary<string, IReadOnlyDictionary<string, double>> { ["keep"] = c.Factors[0].ByOption!["keep"] } }] };

        var p = Assert.Single(Appraiser.Appraise(broken, new AppraisalOptions { Draws = 1000 }).Problems);
        Assert.Equal("factor 'pressure' gives no probabilities summing to 1 over its levels under option 'yield'", p.Message);
    }
}
