using Fulcrum.Scenario.Model;

namespace Fulcrum.Decision.Tests;

/// <summary>Cases whose answers are known in closed form.</summary>
public class AppraiserClosedFormTests
{
    [Fact]
    public void Appraise_DeterministicOneScenario_GivesTheExactExpectedUtility()
    {
        var c = new CaseBuilder().Interest("a", 0.6, 0.6).Interest("b", 0.4, 0.4).Option("x").Scenario("s", 1)
            .Effect("x", null, "a", 0.5).Effect("x", null, "b", 0.25).Build();
        var x = Run.Appraise(c, draws: 1000).Option("x");
        // 0.6 × 0.5 + 0.4 × 0.25 = 0.4 in every draw.
        Assert.Equal(0.4, x.ExpectedUtility, 14);
        Assert.Equal(0, x.EuSe, 14);
        Assert.Equal(0.4, x.EuLow, 14);
        Assert.Equal(0.4, x.EuHigh, 14);
        Assert.Equal(0.4, x.Cvar10, 14);
        Assert.Equal(1, x.PBest);
    }

    [Fact]
    public void Appraise_DeterministicThreeScenarios_IsTheScenarioWeightedMean()
    {
        var c = new CaseBuilder().Interest("a", 1, 1).Option("x").Option("y")
            .Scenario("s1", 0.5).Scenario("s2", 0.3).Scenario("s3", 0.2)
            .Effect("x", "s1", "a", 0.9).Effect("x", "s2", "a", 0.5).Effect("x", "s3", "a", 0.1)
            .Effect("y", null, "a", 0.55).Build();
        var a = Run.Appraise(c, draws: 50_000);
        var exact = a.Fraction("s1") * 0.9 + a.Fraction("s2") * 0.5 + a.Fraction("s3") * 0.1;
        Assert.Equal(exact, a.Option("x").ExpectedUtility, 12);
        Assert.Equal(0.55, a.Option("y").ExpectedUtility, 12);
        // Against the probabilities themselves: within 4 standard errors of the scenario sampling.
        Assert.InRange(a.Option("x").ExpectedUtility - 0.62, -4 * a.Option("x").EuSe, 4 * a.Option("x").EuSe);
    }

    [Fact]
    public void Quartiles_DeterministicThreeScenarios_AreTheStepsOfTheUtilitysDistribution()
    {
        // Utility 0.1 in a tenth of the draws, 0.5 in three tenths, 0.9 in six: the first quartile
        // falls on 0.5, the median and the third quartile on 0.9; the ends are 0.1 and 0.9.
        var c = new CaseBuilder().Interest("a", 1, 1).Option("x").Option("y")
            .Scenario("s1", 0.6).Scenario("s2", 0.3).Scenario("s3", 0.1)
            .Effect("x", "s1", "a", 0.9).Effect("x", "s2", "a", 0.5).Effect("x", "s3", "a", 0.1)
            .Effect("y", null, "a", 0.55).Build();

        var a = Run.Appraise(c, draws: 50_000);

        Assert.Equal(new UtilityQuartiles(0.1, 0.5, 0.9, 0.9, 0.9), Rounded(a.Option("x").Quartiles!));
        Assert.Equal(new UtilityQuartiles(0.55, 0.55, 0.55, 0.55, 0.55), Rounded(a.Option("y").Quartiles!));
    }

    private static UtilityQuartiles Rounded(UtilityQuartiles q) =>
        new(Math.Round(q.Min, 12), Math.Round(q.Q1, 12), Math.Round(q.Median, 12), Math.Round(q.Q3, 12), Math.Round(q.Max, 12));

    [Fact]
    public void Switching_TwoOptionsTwoScenarios_MatchesTheAnalyticValue()
    {
        // EU(A) − EU(B) = (1 − p)(0.8 − 0.5) + p(0.2 − 0.6) with p = P(s2): zero at p = 3/7.
        var c = new CaseBuilder().Interest("a", 1, 1).Option("A").Option("B")
            .Scenario("s1", 0.7, 0.5, 0.9).Scenario("s2", 0.3, 0.1, 0.5)
            .Effect("A", "s1", "a", 0.8).Effect("A", "s2", "a", 0.2)
            .Effect("B", "s1", "a", 0.5).Effect("B", "s2", "a", 0.6).Build();
        var s = Run.Appraise(c).Sensitivity!;
        Assert.Equal(("A", "B"), (s.OptionA, s.OptionB));
        var p2 = s.Switching.Single(v => v.Parameter == "P(s2)");
        Assert.Equal(3.0 / 7, p2.Value!.Value, 1e-6);
        Assert.True(p2.WithinRange);
        Assert.Contains("B overtakes A if P(s2) rises above 0.4286 (inside the range 0.1-0.5 (range))", p2.Statement, StringComparison.Ordinal);
        Assert.Equal(4.0 / 7, s.Switching.Single(v => v.Parameter == "P(s1)").Value!.Value, 1e-6);
        // The weight of the only interest cannot switch anything: every draw is renormalised to it.
        Assert.Null(s.Switching.Single(v => v.Parameter == "weight a").Value);
    }

    [Fact]
    public void Evpi_TextbookInvestment_IsWorth350()
    {
        // Wikipedia, "Expected value of perfect information", Example: stock 1500/300/−800, mutual fund
        // 900/600/−200, CD 500 under a market that rises (0.5), stays (0.3) or falls (0.2): EVPI = $350.
        // With value linear from −800 (0) to 1500 (1), that is 350 / 2300 in utility.
        var c = new CaseBuilder().Interest("payoff", 1, 1, worst: -800, best: 1500).Option("stock").Option("fund").Option("cd")
            .Scenario("up", 0.5).Scenario("flat", 0.3).Scenario("down", 0.2)
            .Effect("stock", "up", "payoff", 1500).Effect("stock", "flat", "payoff", 300).Effect("stock", "down", "payoff", -800)
            .Effect("fund", "up", "payoff", 900).Effect("fund", "flat", "payoff", 600).Effect("fund", "down", "payoff", -200)
            .Effect("cd", null, "payoff", 500).Build();
        var a = Run.Appraise(c, draws: 200_000);
        var evpi = a.Sensitivity!.Evpi;
        // On the draws: the regret of the stock, weighted by how often each market came up.
        var onDraws = (a.Fraction("flat") * 300 + a.Fraction("down") * 1300) / 2300;
        Assert.Equal(onDraws, evpi.Total, 12);
        var se = Math.Sqrt((0.3 * Math.Pow(300.0 / 2300, 2) + 0.2 * Math.Pow(1300.0 / 2300, 2) - Math.Pow(350.0 / 2300, 2)) / a.Draws);
        Assert.InRange(evpi.Total - 350.0 / 2300, -4 * se, 4 * se);
        // The market is the only uncertainty: learning it is learning everything.
        Assert.Equal(evpi.Total, evpi.ByUncertainty.Single(e => e.Kind == "scenario").Value, 12);
        Assert.Equal("stock", a.Sensitivity.OptionA);
    }

    [Fact]
    public void RankAcceptability_TwoCriteriaUniformWeights_MatchesTheClosedForm()
    {
        // Values A = (1, 0), B = (0.4, 0.9), weights w1, w2 ~ U(0, 1) normalised: A ranks first when
        // w2 < r w1 with r = 0.6 / 0.9 = 2/3, probability r / 2 = 1/3. Given that, t = w2 / w1 is
        // uniform on [0, r], so A's central weight on criterion 1 is E[1 / (1 + t)] = ln(1 + r) / r.
        var c = new CaseBuilder().Interest("c1", 0, 1).Interest("c2", 0, 1).Option("A").Option("B").Scenario("s", 1)
            .Effect("A", null, "c1", 1).Effect("A", null, "c2", 0).Effect("B", null, "c1", 0.4).Effect("B", null, "c2", 0.9).Build();
        var a = Run.Appraise(c, draws: 100_000);
        var se = Math.Sqrt(1.0 / 3 * 2 / 3 / a.Draws);
        Assert.InRange(a.Option("A").PBest - 1.0 / 3, -3 * se, 3 * se);
        Assert.Equal(1, a.Option("A").RankAcceptability[0] + a.Option("A").RankAcceptability[1], 12);
        Assert.Equal(a.Option("A").PBest, a.Option("B").RankAcceptability[1], 12);
        Assert.Equal(Math.Log(5.0 / 3) * 1.5, a.Option("A").CentralWeights![0], 0.005);
    }

    [Fact]
    public void Measures_UniformUtility_GiveKnownQuantilesAndCvar()
    {
        // Utility ~ U(0, 1): 5th and 95th percentiles 0.05 and 0.95; CVaR10 = mean of U(0, 0.1) = 0.05.
        var c = new CaseBuilder().Interest("a", 1, 1).Option("x").Scenario("s", 1).Effect("x", null, "a", new UniformDistribution(0, 1)).Build();
        var x = Run.Appraise(c, draws: 100_000).Option("x");
        Assert.Equal(0.5, x.ExpectedUtility, 0.003);
        Assert.Equal(0.05, x.EuLow, 0.003);
        Assert.Equal(0.95, x.EuHigh, 0.003);
        Assert.Equal(0.05, x.Cvar10, 0.002);
        Assert.Equal(Math.Sqrt(1.0 / 12 / 100_000), x.EuSe, 0.00005);
    }

    [Fact]
    public void Breach_TriangularEffectAndTruncatedNormalRelation_MatchTheirCdfs()
    {
        // P(triangular(−20, −8, 0) < −15) = 5² / (20 × 12) = 25 / 240.
        var relation = new NormalDistribution(-1.1, 0.3, -2.2, -0.2);
        var c = new CaseBuilder().Interest("syria", 1, 1, worst: -100, best: 100).Option("x").Scenario("s", 1)
            .Effect("x", null, "syria", new TriangularDistribution(-20, -8, 0)).Relation("x", null, "USA", relation)
            .Tolerance("rus", "RUS", ConditionTarget.Interest, "syria", below: true, threshold: -15, max: 0.2)
            .Tolerance("usa", "USA", ConditionTarget.Relation, "USA", below: true, threshold: -1.5, max: 0.2).Build();
        var x = Run.Appraise(c, draws: 100_000).Option("x");
        var n = MathNet.Numerics.Distributions.Normal.CDF;
        var pUsa = (n(-1.1, 0.3, -1.5) - n(-1.1, 0.3, -2.2)) / (n(-1.1, 0.3, -0.2) - n(-1.1, 0.3, -2.2));
        foreach (var (got, expected) in new[] { (x.Breach["RUS"]!.Value, 25.0 / 240), (x.Breach["USA"]!.Value, pUsa) })
            Assert.InRange(got - expected, -3 * Math.Sqrt(expected * (1 - expected) / 100_000), 3 * Math.Sqrt(expected * (1 - expected) / 100_000));
        Assert.Equal(x.Breach["RUS"], x.BreachByTolerance["rus"]);
    }

    [Fact]
    public void Dirichlet_MeanWeightsAreTheNormalisedMidpoints()
    {
        // Dirichlet(c m) has mean m: A's utility is the weight of criterion 1 when A = (1, 0).
        var c = new CaseBuilder().Interest("c1", 0.2, 0.4).Interest("c2", 0.5, 0.9).Option("A").Scenario("s", 1)
            .Effect("A", null, "c1", 1).Dirichlet(50).Build();
        var a = Run.Appraise(c, draws: 50_000).Option("A");
        Assert.InRange(a.ExpectedUtility - 0.3 / 1.0, -4 * a.EuSe, 4 * a.EuSe);
        // Var of a Dirichlet component: m(1 − m) / (c + 1).
        Assert.Equal(Math.Sqrt(0.3 * 0.7 / 51 / 50_000), a.EuSe, 0.0001);
    }

    [Fact]
    public void Factor_LevelsFollowTheirScenarioProbabilitiesAndOverrideEffects()
    {
        // Under s1 the factor is heavy with probability 0.25 and then the effect is 0.2 instead of 0.6.
        var c = new CaseBuilder().Interest("a", 1, 1).Option("x").Option("y").Scenario("s1", 1)
            .Factor("pressure", ["moderate", "heavy"], new() { ["s1"] = [0.75, 0.25] })
            .Effect("x", null, "a", 0.6).Override("x", "s1", "pressure", "heavy", "a", new FixedDistribution(0.2))
            .Effect("y", null, "a", 0.45).Build();
        var a = Run.Appraise(c, draws: 100_000);
        var x = a.Option("x");
        var se = Math.Sqrt(0.25 * 0.75 / a.Draws) * 0.4;
        Assert.InRange(x.ExpectedUtility - 0.5, -4 * se, 4 * se);
        // Knowing the factor lets one take y (0.45) when pressure is heavy: EVPPI = P(heavy) × 0.25.
        var evppi = a.Sensitivity!.Evpi.ByUncertainty.Single(e => e.Name == "factor pressure").Value;
        Assert.Equal((1 - x.PBest) * 0.25, evppi, 12);
    }
}
