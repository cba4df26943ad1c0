using Fulcrum.Scenario.Model;

namespace Fulcrum.Decision.Tests;

public class RecommendationTests
{
    private static CaseBuilder Tail() => new CaseBuilder().Interest("a", 1, 1).Option("A", "Bold").Option("B", "Steady")
        .Scenario("s1", 0.9).Scenario("s2", 0.1)
        .Effect("A", "s1", "a", 1.0).Effect("A", "s2", "a", 0.0).Effect("B", "s1", "a", 0.9).Effect("B", "s2", "a", 0.85);

    [Fact]
    public void Recommend_ClearlyLowerTailRegret_PrefersTheRobustOption()
    {
        // EU: Bold 0.9, Steady 0.895. Regret: Bold 0.85 in the 10% of draws under s2 (95th percentile
        // 0.85); Steady 0.1 under s1 (95th percentile 0.1). Steady is the more robust.
        var a = Run.Appraise(Tail().Build());
        Assert.Equal("B", a.Recommendation.Option);
        Assert.Equal(RecommendationStatus.LowerTailRegret, a.Recommendation.Status);
        Assert.Equal("A", a.Recommendation.Runner);
        Assert.Equal(["A", "B"], a.Recommendation.Admissible);
        Assert.Equal(0.85, a.Option("A").RegretP95, 12);
        Assert.Equal(0.1, a.Option("B").RegretP95, 12);
        Assert.Contains("although Bold has a slightly higher expected utility", a.Recommendation.Reason, StringComparison.Ordinal);
        // The reason names the option whose regret it speaks of (it used to say "its").
        Assert.Contains("Steady's 95th-percentile regret is clearly lower (0.100 against 0.850 for Bold)", a.Recommendation.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Recommend_InadmissibleLeader_IsPassedOver()
    {
        // Bold breaches RUS's tolerance in s2 (10% > 5%): Steady is the only admissible option.
        var a = Run.Appraise(Tail().Tolerance("syria", "RUS", ConditionTarget.Interest, "a", below: true, threshold: 0.5, max: 0.05).Build());
        Assert.Equal("B", a.Recommendation.Option);
        Assert.Equal(RecommendationStatus.HighestExpectedUtility, a.Recommendation.Status);
        Assert.Matches(@"^Steady keeps every power inside its tolerance \('syria' holds with 100% probability\) and is the only option that does \(expected utility 0\.89\d\)\.$",
            a.Recommendation.Reason);
        Assert.False(a.Option("A").Admissible);
        Assert.Null(a.Option("A").Breach["USA"]);
    }

    [Fact]
    public void Recommend_NoTolerances_SaysEveryOptionIsAdmissible()
    {
        var c = new CaseBuilder().Interest("a", 1, 1).Option("x", "X").Option("y", "Y").Scenario("s", 1)
            .Effect("x", null, "a", 0.7).Effect("y", null, "a", 0.6).Build();
        var a = Run.Appraise(c);
        Assert.Equal("X has the highest expected utility (0.700 against 0.600 for Y); the case states no tolerances, so every option is admissible.", a.Recommendation.Reason);
    }

    [Fact]
    public void Recommend_FoundingCase_KeepsBothPowersInsideTheirTolerance()
    {
        var c = FoundingCase.Answered;
        var a = Run.Appraise(c, draws: 20_000);
        Assert.Contains(a.Recommendation.Option, a.Recommendation.Admissible);
        Assert.True(a.Option(a.Recommendation.Option).Admissible);
        // Joining sanctions, expelling spies and isolating Russia ends deconfliction in Syria far too often.
        Assert.DoesNotContain("sanctions_expel_isolate", a.Recommendation.Admissible);
        Assert.True(a.Option("sanctions_expel_isolate").Breach["RUS"] > 0.3);
        Assert.StartsWith(c.Options.Single(o => o.Id == a.Recommendation.Option).Name + " keeps every power inside its tolerance", a.Recommendation.Reason, StringComparison.Ordinal);
    }
}
