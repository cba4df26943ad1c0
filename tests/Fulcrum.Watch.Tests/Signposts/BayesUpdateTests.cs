using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Fulcrum.Watch.Signposts;

namespace Fulcrum.Watch.Tests.Signposts;

public class BayesUpdateTests
{
    private static readonly IReadOnlyList<Scenario.Model.ScenarioState> Three = Make.Scenarios(("none", 0.45), ("limited", 0.35), ("full", 0.20));

    [Fact]
    public void Apply_OneSignpost_GivesTheHandComputedPosterior()
    {
        // 0.45·0.5 = 0.225, 0.35·1.4 = 0.49, 0.20·2 = 0.40; sum 1.115.
        var update = BayesUpdate.Apply(Three, [Make.WithRatios("conflict", ("none", 0.5), ("limited", 1.4), ("full", 2.0))]);
        Assert.Equal([0.225 / 1.115, 0.49 / 1.115, 0.40 / 1.115], update.Scenarios.Select(s => s.Posterior), Tolerance);
        Assert.Equal([0.45, 0.35, 0.20], update.Scenarios.Select(s => s.Prior));
        Assert.Equal(["conflict"], update.MovedBy);
        Assert.Equal(2.0, update.Scenarios[2].Factors.Single().Ratio);
    }

    [Fact]
    public void Apply_TwoSignposts_MultipliesTheirRatios()
    {
        // 0.45·0.5·0.3 = 0.0675, 0.35·1.4·1.5 = 0.735, 0.20·2·2.5 = 1.0; sum 1.8025.
        var update = BayesUpdate.Apply(Three, [
            Make.WithRatios("conflict", ("none", 0.5), ("limited", 1.4), ("full", 2.0)),
            Make.WithRatios("positions", ("none", 0.3), ("limited", 1.5), ("full", 2.5))]);
        Assert.Equal([0.0675 / 1.8025, 0.735 / 1.8025, 1.0 / 1.8025], update.Scenarios.Select(s => s.Posterior), Tolerance);
        Assert.Equal(["conflict", "positions"], update.MovedBy);
    }

    [Fact]
    public void Apply_TwoFiredMembersOfAGroup_CountOnceByTheMoreDecisive()
    {
        // RUS-UKR (spread 2.0/0.5 = 4) and RUS-USA (1.4/0.7 = 2) read one crisis: only RUS-UKR's ratios apply.
        var ukr = Make.WithRatios("ukr", ("none", 0.5), ("limited", 1.4), ("full", 2.0)) with { Group = "crisis" };
        var usa = Make.WithRatios("usa", ("none", 0.7), ("limited", 1.2), ("full", 1.4)) with { Group = "crisis" };
        var update = BayesUpdate.Apply(Three, [usa, ukr]);
        Assert.Equal([0.225 / 1.115, 0.49 / 1.115, 0.40 / 1.115], update.Scenarios.Select(s => s.Posterior), Tolerance);
        Assert.Equal(["ukr"], update.MovedBy);
        Assert.Equal(new GroupedSignpost("usa", "crisis", "ukr"), Assert.Single(update.Grouped));
        var alone = BayesUpdate.Apply(Three, [usa]);
        Assert.Equal(["usa"], alone.MovedBy);
        Assert.Empty(alone.Grouped);
    }

    [Fact]
    public void Apply_RatiosOfOne_ChangeNothingAndMoveNothing()
    {
        var update = BayesUpdate.Apply(Three, [Make.WithRatios("idle", ("none", 1), ("limited", 1), ("full", 1))]);
        Assert.Equal([0.45, 0.35, 0.20], update.Scenarios.Select(s => s.Posterior), Tolerance);
        Assert.Empty(update.MovedBy);
        Assert.All(update.Scenarios, s => Assert.Empty(s.Factors));
    }

    [Fact]
    public void Apply_EqualRatios_CancelInTheNormalisation()
    {
        var update = BayesUpdate.Apply(Three, [Make.WithRatios("same", ("none", 3), ("limited", 3), ("full", 3))]);
        Assert.Equal([0.45, 0.35, 0.20], update.Scenarios.Select(s => s.Posterior), Tolerance);
        Assert.Empty(update.MovedBy);
    }

    [Fact]
    public void Apply_NoFiredSignpost_LeavesThePriors() =>
        Assert.Equal([0.45, 0.35, 0.20], BayesUpdate.Apply(Three, []).Scenarios.Select(s => s.Posterior));

    [Fact]
    public void Apply_ZeroPrior_StaysZero()
    {
        var scenarios = Make.Scenarios(("none", 0.6), ("limited", 0.4), ("full", 0));
        var update = BayesUpdate.Apply(scenarios, [Make.WithRatios("conflict", ("none", 0.5), ("limited", 1.4), ("full", 1000))]);
        Assert.Equal(0, update.Scenarios[2].Posterior);
        // 0.6·0.5 = 0.3, 0.4·1.4 = 0.56.
        Assert.Equal([0.3 / 0.86, 0.56 / 0.86, 0], update.Scenarios.Select(s => s.Posterior), Tolerance);
    }

    [Fact]
    public void Apply_RatiosThatDifferOnlyOnAZeroPrior_MoveNothing()
    {
        var scenarios = Make.Scenarios(("none", 0.6), ("limited", 0.4), ("full", 0));
        Assert.Empty(BayesUpdate.Apply(scenarios, [Make.WithRatios("x", ("none", 2), ("limited", 2), ("full", 5))]).MovedBy);
    }

    [Property(MaxTest = 200)]
    public Property Apply_OrderOfSignposts_DoesNotMatter()
    {
        var ratio = Gen.Choose(1, 400).Select(i => i / 40.0);
        var signposts = Gen.Choose(1, 6).SelectMany(n => Gen.ArrayOf(Gen.Three(ratio), n)).Select(a => a.Select((r, i) =>
            Make.WithRatios($"s{i}", ("none", r.Item1), ("limited", r.Item2), ("full", r.Item3))).ToArray());
        return Prop.ForAll(Arb.From(signposts), Arb.From(Gen.Choose(0, 1000)), (list, seed) =>
        {
            var random = new Random(seed);
            var shuffled = list.OrderBy(_ => random.Next()).ToArray();
            var a = BayesUpdate.Apply(Three, list).Scenarios.Select(s => s.Posterior).ToArray();
            var b = BayesUpdate.Apply(Three, shuffled.Reverse()).Scenarios.Select(s => s.Posterior).ToArray();
            return a.SequenceEqual(b) && Math.Abs(a.Sum() - 1) < 1e-12 && a.All(p => p is >= 0 and <= 1);
        });
    }

    private static readonly IEqualityComparer<double> Tolerance = new Within(1e-12);

    private sealed class Within(double epsilon) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= epsilon;

        public int GetHashCode(double obj) => 0;
    }
}
