using Fulcrum.Decision.Internal;
using Fulcrum.Scenario.Model;

namespace Fulcrum.Decision.Tests.Hostile;

/// <summary>
/// No appraisal is NaN with success: numbers at the loader's bounds appraise to finite results,
/// and the last guard turns a NaN that got through into a programmer error, never a printed result.
/// </summary>
public class AppraisalGuardTests
{
    [Fact]
    public void Appraise_NumbersAtTheLoadersBounds_AreAllFinite()
    {
        // The extremes the case loader lets through: |x| up to 1e12, nonzero sizes down to 1e-12, a half-infinite normal.
        var c = new CaseBuilder()
            .Interest("huge", 1e12, 1e12, worst: -1e12, best: 1e12, baseline: 1e12)
            .Interest("tiny", 1e-12, 1e-12, worst: 0, best: 1e-12)
            .Interest("range", 1e-12, 1e12, worst: -1e12, best: 1e12)
            .Option("x").Option("y").Scenario("s1", 1e-12).Scenario("s2", 1 - 1e-12)
            .Effect("x", null, "huge", new PertDistribution(-1e12, 0, 1e12, 100))
            .Effect("y", null, "huge", new UniformDistribution(-1e12, 1e12))
            .Effect("x", null, "tiny", new NormalDistribution(0, 1e-12, double.NegativeInfinity, 0))
            .Effect("y", null, "tiny", new TriangularDistribution(-1e12, 1e-12, 1e12))
            .Effect("x", null, "range", new NormalDistribution(1e12, 1e12, double.NegativeInfinity, double.PositiveInfinity))
            .Effect("y", null, "range", 1e-12)
            .Tolerance("t", "USA", ConditionTarget.Interest, "huge", below: true, threshold: 1e12, max: 1)
            .Build();
        var a = Run.Appraise(c, draws: 2_000);
        Assert.All(a.Options, o => Assert.True(double.IsFinite(o.ExpectedUtility) && double.IsFinite(o.RegretP95)));
        Assert.True(double.IsFinite(a.Sensitivity!.Evpi.Total));
    }

    [Fact]
    public void Finite_AppraisalWithANaN_IsAProgrammerError()
    {
        var a = Run.Appraise(new CaseBuilder().Interest("a", 1, 1).Option("x").Option("y").Scenario("s", 1)
            .Effect("x", null, "a", new UniformDistribution(0, 1)).Build(), draws: 500);
        var broken = a with { Options = [a.Options[0] with { ExpectedUtility = double.NaN }, .. a.Options.Skip(1)] };
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => AppraisalGuard.Finite(broken));
        Assert.Contains("expected utility of x", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Appraise_SubnormalWeightsFromCode_AreNeverNaNWithSuccess()
    {
        // The loader refuses weights of 5e-324; a case built in code is caught by the guard instead of printed as NaN.
        var c = new CaseBuilder().Interest("a", 5e-324, 5e-324).Interest("b", 5e-324, 5e-324).Option("x").Option("y").Scenario("s", 1)
            .Effect("x", null, "a", new UniformDistribution(0, 1)).Build();
        try
        {
            var result = Appraiser.Appraise(c, new AppraisalOptions { Draws = 500 });
            Assert.All(result.Value?.Options ?? [], o => Assert.True(double.IsFinite(o.ExpectedUtility)));
        }
        catch (ArgumentOutOfRangeException e)
        {
            Assert.Contains("precondition failed", e.Message, StringComparison.Ordinal);
        }
    }
}
