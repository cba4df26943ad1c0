using Fulcrum.Scenario.Model;

namespace Fulcrum.Decision.Tests;

/// <summary>Sensitivities that say what the rule would do, each against an independent computation.</summary>
public class SensitivityTruthTests
{
    [Fact]
    public void Switching_ThirdOptionOvertakesBeforeTheRunnerUp_IsTheOneReported()
    {
        // Under s1/s2: A 0.8/0.2, B 0.75/0.3, C 0.55/0.9; P(s2) = 0.2. EU: A 0.68, B 0.66 (runner-up), C 0.62.
        // EU(A) − EU(B) = 0.05 − 0.15 p (zero at 1/3); EU(A) − EU(C) = 0.25 − 0.95 p (zero at 5/19 = 0.263): C comes first.
        var c = new CaseBuilder().Interest("a", 1, 1).Option("A").Option("B").Option("C")
            .Scenario("s1", 0.8, 0.6, 0.9).Scenario("s2", 0.2, 0.1, 0.4)
            .Effect("A", "s1", "a", 0.8).Effect("A", "s2", "a", 0.2).Effect("B", "s1", "a", 0.75).Effect("B", "s2", "a", 0.3)
            .Effect("C", "s1", "a", 0.55).Effect("C", "s2", "a", 0.9).Build();
        var s = Run.Appraise(c).Sensitivity!;
        Assert.Equal(("A", "B"), (s.OptionA, s.OptionB));
        var rising = s.Switching.Single(v => v.Parameter == "P(s2)" && v.Rises == true);
        Assert.Equal("C", rising.OptionB);
        Assert.Equal(5.0 / 19, rising.Value!.Value, 1e-9);
        Assert.True(rising.WithinRange);
        Assert.Equal("overtakes", rising.Cause);
        // Falling from 0.2, A stays ahead of both to 0.
        Assert.DoesNotContain(s.Switching, v => v.Parameter == "P(s2)" && v.Rises == false);
    }

    [Fact]
    public void Switching_Weight_IsReportedAsANormalisedShare()
    {
        // Weights: a in [1, 3] (midpoint 2), b fixed at 2.5. X is worth 1 on a, Y 0.6 on b. With a's weight
        // at x in every draw: EU(X) = x / (x + 2.5), EU(Y) = 1.5 / (x + 2.5): Y overtakes as x falls below 1.5,
        // a share of 1.5 / (1.5 + 2.5) = 0.375 (base share 2 / 4.5).
        var c = new CaseBuilder().Interest("a", 1, 3).Interest("b", 2.5, 2.5).Option("X").Option("Y").Scenario("s", 1)
            .Effect("X", null, "a", 1.0).Effect("Y", null, "b", 0.6).Build();
        var s = Run.Appraise(c).Sensitivity!;
        var v = s.Switching.Single(x => x.Parameter == "weight a" && x.Value is not null);
        Assert.Equal(("X", "Y", false), (v.OptionA, v.OptionB, v.Rises));
        Assert.Equal(1.5, v.Value!.Value, 1e-9);
        Assert.Equal(0.375, v.Share!.Value, 1e-9);
        Assert.Equal(2 / 4.5, v.BaseShare!.Value, 12);
        Assert.Contains("the share of a in the weights falls below 0.375", v.Statement, StringComparison.Ordinal);
        var bar = s.Tornado.Single(b => b.Parameter == "weight a");
        Assert.Equal((1 / 3.5, 3 / 5.5), (bar.ShareLow!.Value, bar.ShareHigh!.Value));
        Assert.Equal(("Y", "X"), (bar.ChoiceAtLow, bar.ChoiceAtHigh));
    }

    [Fact]
    public void Switching_ProbabilityOutsideItsPriorRange_ShowsTheRangeTheTornadoUsed()
    {
        var c = new CaseBuilder().Interest("a", 1, 1).Option("A").Option("B")
            .Scenario("s1", 0.55, 0.3, 0.6).Scenario("s2", 0.45, 0.4, 0.7)
            .Effect("A", "s1", "a", 0.8).Effect("A", "s2", "a", 0.2).Effect("B", "s1", "a", 0.5).Effect("B", "s2", "a", 0.6).Build();
        var p = ScenarioProbabilities.From(c, [new("s1", 0.879), new("s2", 0.121)], "test").ValueOrThrow();
        var s = Run.Appraise(c, p: p).Sensitivity!;
        var bar = s.Tornado.Single(b => b.Parameter == "P(s2)");
        Assert.Equal("±50%", bar.RangeSource);
        Assert.All(s.Switching.Where(v => v.Parameter == "P(s2)"), v =>
        {
            Assert.Equal((bar.ParameterLow, bar.ParameterHigh, "±50%"), (v.RangeLow, v.RangeHigh, v.RangeSource));
            Assert.Equal(0.0605, v.RangeLow, 12);
        });
    }

    [Fact]
    public void Switching_ToleranceLimit_MovesTheChoiceWhereTheLeaderStopsBeingAdmissible()
    {
        // A leads but breaches 'floor' under s2 (share f2 of the draws, accepted up to 0.5): lowering the
        // limit below f2 leaves B, which never breaches.
        var c = new CaseBuilder().Interest("a", 1, 1).Option("A").Option("B").Scenario("s1", 0.7).Scenario("s2", 0.3)
            .Effect("A", "s1", "a", 0.9).Effect("A", "s2", "a", 0.2).Effect("B", null, "a", 0.5)
            .Tolerance("floor", "RUS", ConditionTarget.Interest, "a", below: true, threshold: 0.3, max: 0.5).Build();
        var a = Run.Appraise(c);
        var v = a.Sensitivity!.Switching.Single(x => x.Parameter == "limit floor" && x.Value is not null);
        Assert.Equal(("A", "B", false, "becomes_inadmissible"), (v.OptionA, v.OptionB, v.Rises, v.Cause));
        Assert.Equal(a.Fraction("s2"), v.Value!.Value, 1e-9);
        var bar = a.Sensitivity.Tornado.Single(b => b.Parameter == "limit floor");
        // ±50% of 0.5: at 0.25 (below f2 ≈ 0.3) the rule takes B; bars that change the choice come first.
        Assert.Equal((0.25, 0.75, "B", "A"), (bar.ParameterLow, bar.ParameterHigh, bar.ChoiceAtLow, bar.ChoiceAtHigh));
        Assert.True(bar.ChangesChoice("A"));
        var changes = a.Sensitivity.Tornado.Select(b => b.ChangesChoice("A")).ToList();
        Assert.Equal(changes.OrderByDescending(x => x), changes);
    }

    [Fact]
    public void KnifeEdge_BreachExactlyAtItsLimit_IsFlaggedAndCannotBeSettled()
    {
        CaseBuilder Make(double max) => new CaseBuilder().Interest("a", 1, 1).Option("A").Option("B").Scenario("s1", 0.7).Scenario("s2", 0.3)
            .Effect("A", "s1", "a", 0.9).Effect("A", "s2", "a", 0.2).Effect("B", null, "a", 0.5)
            .Tolerance("floor", "RUS", ConditionTarget.Interest, "a", below: true, threshold: 0.3, max: max);
        var f2 = Run.Appraise(Make(0.5).Build()).Fraction("s2");
        var a = Run.Appraise(Make(f2).Build());
        var edge = Assert.Single(a.Option("A").KnifeEdges);
        Assert.Equal(("floor", f2, f2), (edge.Tolerance, edge.Breach, edge.Limit));
        Assert.Equal(Math.Sqrt(f2 * (1 - f2) / a.Draws), edge.StandardError, 15);
        Assert.Null(edge.DrawsToSettle);
        Assert.True(a.Option("A").Admissible);
        Assert.Contains(a.Recommendation.Caveats, x => x.Contains("no number of draws settles it", StringComparison.Ordinal));
        Assert.Empty(a.Option("B").KnifeEdges);
        // Off the edge by 0.005 (more than two standard errors of 0.0032) it is not flagged; at 0.004 it is,
        // and 4 p(1 − p) / 0.004² draws would settle it.
        Assert.Empty(Run.Appraise(Make(f2 + 0.007).Build()).Option("A").KnifeEdges);
        var near = Assert.Single(Run.Appraise(Make(f2 + 0.004).Build()).Option("A").KnifeEdges);
        Assert.InRange(near.DrawsToSettle!.Value - 4 * near.Breach * (1 - near.Breach) / Math.Pow(near.Limit - near.Breach, 2), 0, 1);
    }

    [Fact]
    public void Reason_CloseButDistinctUtilities_ShowsEnoughDigits()
    {
        var c = new CaseBuilder().Interest("a", 1, 1).Option("x", "X").Option("y", "Y").Scenario("s", 1)
            .Effect("x", null, "a", 0.8801).Effect("y", null, "a", 0.8799).Build();
        Assert.Contains("(0.8801 against 0.8799 for Y)", Run.Appraise(c).Recommendation.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Reason_UtilitiesWithinMonteCarloError_SaysTied()
    {
        // Same distributions on different interests: the two differ only by sampling noise.
        var c = new CaseBuilder().Interest("a", 1, 1).Interest("b", 1, 1).Option("x", "X").Option("y", "Y").Scenario("s", 1)
            .Effect("x", null, "a", new UniformDistribution(0, 1)).Effect("y", null, "b", new UniformDistribution(0, 1)).Build();
        var reason = Run.Appraise(c).Recommendation.Reason;
        Assert.Contains("tied within Monte Carlo error with", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Evpi_InadmissibleLeader_IsMeasuredAgainstTheAdmissibleReference()
    {
        // Bold leads on expected utility but breaches; Steady is the only admissible option, so perfect
        // information cannot do better than Steady: EVPI 0 (it was measured against Bold and all options).
        var c = new CaseBuilder().Interest("a", 1, 1).Option("A", "Bold").Option("B", "Steady").Scenario("s1", 0.9).Scenario("s2", 0.1)
            .Effect("A", "s1", "a", 1.0).Effect("A", "s2", "a", 0.0).Effect("B", "s1", "a", 0.9).Effect("B", "s2", "a", 0.85)
            .Tolerance("syria", "RUS", ConditionTarget.Interest, "a", below: true, threshold: 0.5, max: 0.05).Build();
        var e = Run.Appraise(c).Sensitivity!.Evpi;
        Assert.Equal(("B", 0.0), (e.Against, e.Total));
    }
}
