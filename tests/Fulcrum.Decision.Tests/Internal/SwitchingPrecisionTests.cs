using Fulcrum.Decision.Internal;

namespace Fulcrum.Decision.Tests.Internal;

/// <summary>
/// The weights' switching values are refined by interpolating the margin (MarginBracket), not by
/// bisection: each must still sit where the choice changes, to the stated precision, checked on the
/// draws themselves by the rule at either side of it.
/// </summary>
public class SwitchingPrecisionTests
{
    [Fact]
    public void FoundingCase_EveryWeightSwitchingValue_IsWhereTheChoiceChanges()
    {
        var c = FoundingCase.Answered;
        var m = CompiledCase.Compile(c, ScenarioProbabilities.Priors(c)).ValueOrThrow();
        var options = new AppraisalOptions { Draws = 20_000, Seed = 42 };
        var store = Appraiser.Sample(m, options);
        var x = Measures.Compute(m, store, options);
        var curves = new RuleCurves(m, store, x);
        var values = Switching.Values(m, curves, curves.Base().Choice, options, [])
            .Where(v => v.Kind == ParameterKind.Weight && v.Value is not null).ToList();
        Assert.NotEmpty(values);
        var ids = c.Options.Select(o => o.Id).ToList();
        var scale = m.WeightScale;
        foreach (var v in values)
        {
            var k = c.Interests.ToList().FindIndex(i => i.Id == v.Id);
            // In the scan's domain t = w / (w + M): a step of 1e-11 either side (the bracket is 1e-12 wide).
            var t = v.Value!.Value / (v.Value.Value + scale);
            double W(double u) => scale * u / (1 - u);
            var (before, after) = v.Rises == true ? (t - 1e-11, t + 1e-11) : (t + 1e-11, t - 1e-11);
            var choices = curves.AtWeights(k, [W(before), W(after)]).Select(p => ids[p.Choice]).ToArray();
            Assert.Equal((v.OptionA, v.OptionB), (choices[0], choices[1]));
        }
    }

    [Fact]
    public void Refine_CurvedMargin_FindsTheRootToTheTolerance()
    {
        // X is worth 1 on a; Y is worth 0.6 on b, Z 0.3 on a and 0.45 on b. With a's weight at w (b at 2.5):
        // EU(X) = w / (w + 2.5), EU(Y) = 1.5 / (w + 2.5), EU(Z) = (0.3 w + 1.125) / (w + 2.5): the margin of X
        // is curved in t, and X's strongest rival changes inside the bracket (Y at w = 1, Z at w = 2): the
        // margin has a kink. Z overtakes X first, at w = 1.125 / 0.7 (Y would at 1.5).
        var c = new CaseBuilder().Interest("a", 1, 3).Interest("b", 2.5, 2.5).Option("X").Option("Y").Option("Z").Scenario("s", 1)
            .Effect("X", null, "a", 1.0).Effect("Y", null, "b", 0.6).Effect("Z", null, "a", 0.3).Effect("Z", null, "b", 0.45).Build();
        var m = CompiledCase.Compile(c, ScenarioProbabilities.Priors(c)).ValueOrThrow();
        var options = new AppraisalOptions { Draws = 2_000, Seed = 3 };
        var store = Appraiser.Sample(m, options);
        var curves = new RuleCurves(m, store, Measures.Compute(m, store, options));
        var scale = m.WeightScale;
        double W(double u) => scale * u / (1 - u);
        RuleCurves.Point[] AtMany(double[] ts) => curves.AtWeights(0, Array.ConvertAll(ts, W));
        var (inside, outside) = (2.0 / (2 + scale), 1.0 / (1 + scale)); // X chosen at w = 2, Y at w = 1
        var root = 1.125 / 0.7;
        var points = AtMany([inside, outside]);
        var passes = 0;
        var (i, o, p) = MarginBracket.Refine(inside, points[0], outside, points[1], 0, ts => { passes++; return AtMany(ts); });
        Assert.True(Math.Abs(o - i) <= MarginBracket.Tolerance, $"bracket {i}..{o}");
        // The draws keep interest values in single precision (0.3f, 0.45f): the root on them is the exact one to ~1e-9.
        Assert.Equal(root / (root + scale), (i + o) / 2, 1e-8);
        Assert.Equal((0, 2), (AtMany([i])[0].Choice, AtMany([o])[0].Choice));
        Assert.Equal(2, p.Choice);
        Assert.InRange(passes, 1, 6); // thirty bisections, three at a time, took ten
    }
}
