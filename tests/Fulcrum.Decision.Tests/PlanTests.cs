using FsCheck;
using FsCheck.Fluent;

namespace Fulcrum.Decision.Tests;

/// <summary>Adaptive plans and the value of watching, against closed forms and hand computation.</summary>
public class PlanTests
{
    // A: 0.9 under s1, 0.2 under s2; B: 0.5 and 0.7. EU(A) = 0.62 > EU(B) = 0.58 at P(s1) = 0.6.
    private static CaseBuilder TwoScenarios() => new CaseBuilder().Interest("a", 1, 1).Option("A").Option("B")
        .Scenario("s1", 0.6).Scenario("s2", 0.4)
        .Effect("A", "s1", "a", 0.9).Effect("A", "s2", "a", 0.2).Effect("B", "s1", "a", 0.5).Effect("B", "s2", "a", 0.7);

    [Fact]
    public void Appraise_PerfectlyInformativeSignpost_BestPlanIsWorthPerfectInformationOnTheScenario()
    {
        var a = Run.Appraise(TwoScenarios().Signpost("war", 0, 1).Plan("watch", "A", "war", onFire: true, "B").Build());
        var plan = Assert.Single(a.Plans);
        // Knowing the scenario: A under s1, B under s2 — on the draws, and in closed form 0.6 × 0.9 + 0.4 × 0.7 = 0.82.
        var onDraws = a.Fraction("s1") * 0.9 + a.Fraction("s2") * 0.7;
        Assert.Equal(onDraws, plan.Eu, 12);
        Assert.InRange(plan.Eu - 0.82, -4 * a.Option("A").EuSe, 4 * a.Option("A").EuSe);
        Assert.Equal(a.Fraction("s2"), plan.Switches[0].Probability, 12);
        // The signpost's EVSI is then the scenario's EVPPI, and the plan's value is the same number.
        var w = a.Watching!;
        Assert.Equal(("A", "watch"), (w.Reference, w.BestPlan));
        var evsi = Assert.Single(w.Signposts);
        Assert.Equal(a.Sensitivity!.Evpi.ByUncertainty.Single(e => e.Kind == "scenario").Value, evsi.Evsi, 12);
        Assert.Equal(("B", "A"), (evsi.IfFires, evsi.IfClears));
        Assert.Equal(plan.Eu - a.Option("A").ExpectedUtility, w.Value!.Value, 12);
        Assert.Equal(w.Value.Value, evsi.Evsi, 12);
        Assert.Equal(plan.Evsi, w.Value.Value, 15);
    }

    [Fact]
    public void Evsi_SignpostFiringEquallyOftenUnderEveryScenario_IsExactlyZero()
    {
        var a = Run.Appraise(TwoScenarios().Signpost("noise", 0.3, 0.3).Plan("watch", "A", "noise", onFire: true, "B").Build());
        var evsi = Assert.Single(a.Watching!.Signposts);
        Assert.Equal(0, evsi.Evsi);
        Assert.Equal(("A", "A"), (evsi.IfFires, evsi.IfClears));
        Assert.Equal(0.3, evsi.FireProbability, 12);
        // The plan still switches at random, 30% of the time, and so loses to A.
        Assert.InRange(a.Plans[0].Switches[0].Probability, 0.28, 0.32);
        Assert.True(a.Plans[0].Evsi < 0);
    }

    [Fact]
    public void Appraise_SwitchWithCost_MatchesHandComputation()
    {
        // Switching late to B costs 0.1 on interest a (value linear 0-1, weight 1): 0.7 − 0.1 = 0.6 under s2.
        // The tolerance (a below 0.3, at most 5%) is breached by A under s2 and by neither plan.
        var a = Run.Appraise(TwoScenarios().Signpost("war", 0, 1).Plan("late", "A", "war", onFire: true, "B", ("a", -0.1))
            .Tolerance("floor", "RUS", Scenario.Model.ConditionTarget.Interest, "a", below: true, threshold: 0.3, max: 0.05).Build());
        var plan = a.Plans.Single();
        Assert.Equal(a.Fraction("s1") * 0.9 + a.Fraction("s2") * 0.6, plan.Eu, 12);
        Assert.Equal(0.1, plan.Switches[0].Cost, 12);
        Assert.Equal(0, plan.Breach["RUS"]);
        Assert.Null(plan.Breach["USA"]);
        Assert.True(plan.Admissible);
        Assert.Equal(a.Fraction("s2"), a.Option("A").Breach["RUS"]!.Value, 12);
        // Regret against the best fixed option in each draw: 0 under s1, 0.7 − 0.6 under s2.
        Assert.Equal(a.Fraction("s2") * 0.1, plan.Regret, 12);
        // A is inadmissible, so the reference is B; the plan beats it by f1 × 0.4 − f2 × 0.1.
        Assert.Equal("B", a.Watching!.Reference);
        Assert.Equal(a.Fraction("s1") * 0.4 - a.Fraction("s2") * 0.1, plan.Evsi, 12);
    }

    [Fact]
    public void Appraise_AddingAPlan_ChangesNoOptionsNumbers()
    {
        var without = Run.Appraise(TwoScenarios().Build());
        var with = Run.Appraise(TwoScenarios().Signpost("war", 0.2, 0.9).Plan("watch", "A", "war", onFire: true, "B").Build());
        Assert.Equal(without.Options.Select(o => o.ExpectedUtility), with.Options.Select(o => o.ExpectedUtility));
        Assert.Equal((without.Recommendation.Option, without.Recommendation.Reason), (with.Recommendation.Option, with.Recommendation.Reason));
    }

    [Fact]
    public void BestResponsePlan_IsNeverWorseThanTheBestFixedOption_UpToMonteCarloError()
    {
        // The plan built from a signpost's best responses (start with the best option when it clears,
        // switch to the best when it fires; no cost) is worth EU(reference) + EVSI ≥ EU(reference) in
        // expectation. Its estimate may fall short only by sampling error, bounded here by four times
        // the sum of the two standard errors.
        Prop.ForAll(Gen.Choose(1, 1_000_000).ToArbitrary(), seed =>
        {
            var r = new Core.Randomness.SeededRandom((ulong)seed);
            var c = RandomCases.Make(seed);
            var fire = c.Scenarios.Select(_ => Math.Round(r.NextDouble(), 2)).ToArray();
            var signpost = new Scenario.Model.Signpost("sig", "sig", new Scenario.Model.ManualIndicator([]), new Scenario.Model.ObservedRule(),
                new Scenario.Model.SignpostEffect(new Dictionary<string, double>(), "flag"), "test")
            { FireProbability = c.Scenarios.Select((s, k) => (s.Id, fire[k])).ToDictionary(t => t.Id, t => t.Item2) };
            var first = Run.Appraise(c with { Signposts = [signpost] }, 3000);
            var best = first.Watching!.Signposts.Single();
            if (best.IfFires == best.IfClears) return best.Evsi == 0;
            var plan = new Scenario.Model.Plan("best", "best", best.IfClears, [new Scenario.Model.PlanSwitch("sig", true, best.IfFires, new Dictionary<string, Scenario.Model.Effect>())], "test");
            var second = Run.Appraise(c with { Signposts = [signpost], Plans = [plan] }, 3000);
            var p = second.Plans.Single();
            var reference = second.Option(second.Watching!.Reference);
            return p.Eu >= reference.ExpectedUtility - 4 * (p.EuSe + reference.EuSe) && best.Evsi >= 0;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(20));
    }
}
