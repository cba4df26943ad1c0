using Fulcrum.Scenario.BuiltIn;
using Fulcrum.Scenario.Loading;

namespace Fulcrum.Scenario.Tests;

/// <summary>Plans and fire probabilities: the minimal fixture with its signpost and a plan, then one thing broken at a time.</summary>
public class CaseLoaderPlanTests
{
    private static readonly string Minimal = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "minimal.fulcrum.yaml"));

    private const string Fire = "    fire_probability: {calm: 0.1, war: 0.833}\n";

    private const string Plan = """
        plans:
          - id: watch
            name: Stay; sanction if forces move into attack positions
            start: stay
            switch:
              - when: buildup fires
                to: sanction
                cost: {alliance: {triangular: [-3, -1, 0]}}
            source: test

        """;

    private static string WithFire(string fire) => Minimal.Replace("    source: test\n", "    source: test\n", StringComparison.Ordinal)
        .Replace("    effect: {likelihood_ratios: {calm: 0.3, war: 2.5}}\n", "    effect: {likelihood_ratios: {calm: 0.3, war: 2.5}}\n" + fire, StringComparison.Ordinal);

    [Fact]
    public void Load_PlanOnASignpostWithFireProbabilities_ReadsBoth()
    {
        var c = CaseLoader.LoadText(WithFire(Fire) + Plan, "plan").ValueOrThrow();
        var plan = Assert.Single(c.Plans);
        Assert.Equal(("watch", "stay"), (plan.Id, plan.Start));
        var w = Assert.Single(plan.Switches);
        Assert.Equal(("buildup", true, "sanction", "buildup fires"), (w.Signpost, w.OnFire, w.To, w.When));
        Assert.Equal("test", w.Cost["alliance"].Source);
        Assert.Equal(0.833, c.Signposts.Single().FireProbability["war"]);
    }

    [Fact]
    public void Load_FireProbabilitiesWithoutRatios_DeriveTheRatios()
    {
        var text = WithFire(Fire).Replace("    effect: {likelihood_ratios: {calm: 0.3, war: 2.5}}\n", "", StringComparison.Ordinal);
        var s = CaseLoader.LoadText(text, "fire").ValueOrThrow().Signposts.Single();
        Assert.Equal(0.1 / 0.833, s.Effect.LikelihoodRatios["calm"], 12);
        Assert.Equal(1, s.Effect.LikelihoodRatios["war"]);
    }

    [Theory]
    [InlineData("    fire_probability: {calm: 0.5, war: 0.5}\n", "the likelihood ratios of signpost 'buildup' disagree with its fire probabilities (scenario 'calm')")]
    [InlineData("    fire_probability: {calm: 0.1}\n", "signpost 'buildup' gives no fire probability for scenario 'war'")]
    [InlineData("    fire_probability: {calm: 0, war: 0.8}\n", "fire probability 0 of 'calm' in signpost 'buildup' must be in (0, 1]")]
    public void Load_BadFireProbabilities_SaySo(string fire, string message)
    {
        var result = CaseLoader.LoadText(WithFire(fire), "fire");
        Assert.Null(result.Value);
        Assert.Contains(result.Problems, p => p.Message == message && p.Line > 0 && p.Hint.Length > 0);
    }

    [Theory]
    [InlineData("buildup fires", "buildup", "signpost 'buildup' is watched by plan 'watch' but states no fire_probability", false)]
    [InlineData("buildup fires", "sanctoin", "unknown option 'sanctoin'", true)]
    [InlineData("buildup goes off", "sanction", "'buildup goes off' in switch of plan 'watch' is not 'SIGNPOST fires' or 'SIGNPOST clears'", true)]
    [InlineData("biuldup fires", "sanction", "unknown signpost 'biuldup'", true)]
    [InlineData("buildup clears", "stay", "switch of plan 'watch' switches to its own start 'stay'", true)]
    public void Load_BadPlan_SaysWhatIsWrong(string when, string to, string message, bool withFire)
    {
        var plan = Plan.Replace("when: buildup fires", $"when: {when}", StringComparison.Ordinal).Replace("to: sanction", $"to: {to}", StringComparison.Ordinal);
        var result = CaseLoader.LoadText((withFire ? WithFire(Fire) : Minimal) + plan, "plan");
        Assert.Null(result.Value);
        Assert.Contains(result.Problems, p => p.Message == message && p.Line > 0 && p.Hint.Length > 0);
    }

    [Fact]
    public void BuiltIn_FoundingCase_HasPlansFromTheSeedOnSignpostsWithFireProbabilities()
    {
        var c = CaseLoader.LoadBuiltIn(BuiltInCases.Default).ValueOrThrow();
        Assert.Equal(3, c.Plans.Count);
        Assert.All(c.Plans, p => Assert.False(string.IsNullOrWhiteSpace(p.Source)));
        Assert.All(c.Plans.SelectMany(p => p.Switches), w =>
        {
            Assert.Equal(c.Scenarios.Count, c.Signposts.Single(s => s.Id == w.Signpost).FireProbability.Count);
            Assert.All(w.Cost.Values, e => Assert.False(string.IsNullOrWhiteSpace(e.Source)));
        });
    }
}
