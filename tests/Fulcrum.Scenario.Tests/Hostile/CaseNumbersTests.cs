using Fulcrum.Scenario.Loading;

namespace Fulcrum.Scenario.Tests.Hostile;

/// <summary>
/// Every number is checked once, at load: finite, and 0 or between 1e-12 and 1e12 in size, so that
/// the appraisal's sums, spans and products stay finite. These values used to pass 'case check' and
/// then crash or give NaN in 'examine'.
/// </summary>
public class CaseNumbersTests
{
    private const string Bounds = "numbers in a case are 0 or between 1e-12 and 1e12 in size (1e-12 ≤ |x| ≤ 1e12)";

    [Theory]
    [InlineData("{uniform: [-40, -10]}", "{uniform: [-.inf, -10]}",
        "'uniform' of effects on 'syria' in reaction to 'sanction' under 'calm' must be a finite number, not -.inf")]
    [InlineData("{pert: [-60, -30, -5]}", "{pert: [-1e308, 0, 1e308]}",
        "'pert' of effects on 'syria' in reaction to 'sanction' under 'war' is -1E+308: too large; " + Bounds)]
    [InlineData("weight: 0.5", "weight: 1e308", "'weight' of interest 'alliance' is 1E+308: too large; " + Bounds)]
    [InlineData("weight: [0.4, 0.6]", "weight: [0.4, .inf]", "'weight' of interest 'syria' must be a finite number, not .inf")]
    [InlineData("weight: 0.5", "weight: 5e-324", "'weight' of interest 'alliance' is 5E-324: too small; " + Bounds)]
    [InlineData("weight: 0.5", "weight: 1e400", "'weight' of interest 'alliance' is 1e400: too large; " + Bounds)]
    [InlineData("war: 2.5}", "war: .inf}", "likelihood ratio of 'war' must be a finite number, not .inf")]
    [InlineData("baseline: 100\n    depends_on: USA", "baseline: -1e13\n    depends_on: USA", "'baseline' of interest 'alliance' is -10000000000000: too large; " + Bounds)]
    [InlineData("alliance: 5}", "alliance: 2e12}", "effects on 'alliance' in reaction to 'sanction' under 'calm' is 2000000000000: too large; " + Bounds)]
    [InlineData("below: 50}", "below: .inf}", "'below' of breach_when of tolerance 'deconfliction' must be a finite number, not .inf")]
    [InlineData("{pert: [-60, -30, -5]}", "{pert: [-60, -30, -5], lambda: 1e9}",
        "'lambda' of effects on 'syria' in reaction to 'sanction' under 'war' must be positive and at most 100, not 1000000000")]
    [InlineData("weight: 0.5", "weight: NaN", "'weight' of interest 'alliance' must be a number, not 'NaN'")]
    [InlineData("weight: 0.5", "weight: Infinity", "'weight' of interest 'alliance' must be a number, not 'Infinity'")]
    public void LoadText_NumberTheEngineCannotCompute_IsRefusedWithTheBound(string from, string to, string message)
    {
        var result = CaseLoader.LoadText(LargeCases.MinimalWith(from, to), "numbers.yaml");
        Assert.Null(result.Value);
        Assert.Contains(result.Problems, p => p.Message == message);
    }

    [Theory]
    [InlineData("as_of: 9999-12-31", "'as_of' of the case is 9999-12-31; a case's dates lie between 1800-01-01 and 2199-12-31")]
    [InlineData("as_of: 0001-01-01", "'as_of' of the case is 0001-01-01; a case's dates lie between 1800-01-01 and 2199-12-31")]
    public void LoadText_DateAtTheEndOfTheCalendar_IsRefused(string asOf, string message)
    {
        // The balance sheet's baseline window before as_of once stepped out of the calendar and threw.
        var problem = Assert.Single(CaseLoader.LoadText(LargeCases.MinimalWith("as_of: 2022-01-05", asOf), "dates.yaml").Problems);
        Assert.Equal(message, problem.Message);
    }

    [Fact]
    public void LoadText_ValueFunctionWithAMillionPoints_IsRefused()
    {
        var points = string.Join(", ", Enumerable.Range(0, 1_000).Select(i => $"[{i}, {i / 1000.0}]"));
        var problem = Assert.Single(CaseLoader.LoadText(LargeCases.MinimalWith("value: {worst: 0, best: 100}\n    source: test\n  - id: alliance",
            $"value: {{worst: 0, best: 100, points: [{points}]}}\n    source: test\n  - id: alliance"), "points.yaml").Problems);
        Assert.Equal("the value function of interest 'syria' has 1,000 points; it may have at most 100", problem.Message);
    }

    [Fact]
    public void LoadText_DuplicateKey_IsASyntaxErrorNotACrash()
    {
        var problem = Assert.Single(CaseLoader.LoadText(LargeCases.MinimalWith("title: A minimal case", "title: A minimal case\ntitle: again"), "dup.yaml").Problems);
        Assert.StartsWith("YAML syntax error", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadText_InfiniteBoundOfANormal_IsAllowed()
    {
        var result = CaseLoader.LoadText(LargeCases.MinimalWith("bounds: [-2, 0]", "bounds: [-.inf, 0]"), "half-normal.yaml");
        Assert.True(result.Ok, string.Join("\n", result.Problems));
    }

    [Fact]
    public void LoadText_NumbersAtTheBounds_Load()
    {
        var text = LargeCases.MinimalWith("weight: 0.5", "weight: 1e12")
            .Replace("{pert: [-60, -30, -5]}", "{pert: [-1e12, 0, 1e12]}", StringComparison.Ordinal)
            .Replace("alliance: 5}", "alliance: 1e-12}", StringComparison.Ordinal);
        var result = CaseLoader.LoadText(text, "edges.yaml");
        Assert.True(result.Ok, string.Join("\n", result.Problems));
    }

    [Fact]
    public void LoadText_HugeValue_IsEchoedCutToEightyCharacters()
    {
        var huge = new string('7', 10_000_00);
        var problem = Assert.Single(CaseLoader.LoadText(LargeCases.MinimalWith("weight: 0.5", $"weight: x{huge}"), "huge.yaml").Problems);
        Assert.True(problem.Message.Length < 200, problem.Message[..Math.Min(400, problem.Message.Length)]);
        Assert.Contains("x777", problem.Message, StringComparison.Ordinal);
        Assert.Contains("…'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadText_RatiosThatMultiplyPastADouble_AreRefused()
    {
        // 30 signposts, each with a ratio of 1e11 on war: if all fire the posterior would be 1e330 / 1e330.
        var signposts = string.Concat(Enumerable.Range(0, 30).Select(i =>
            $"  - {{id: s{i}, name: S{i}, source: t, indicator: {{kind: manual, observations: []}}, rule: {{kind: observed}}, effect: {{likelihood_ratios: {{calm: 1, war: 1e11}}}}}}\n"));
        var text = LargeCases.MinimalWith("signposts:\n", "signposts:\n" + signposts);
        var problem = Assert.Single(CaseLoader.LoadText(text, "ratios.yaml").Problems);
        Assert.Equal("the likelihood ratios on scenario 'war' multiply to 1e330 when every signpost fires; the product must lie within 1e-300 to 1e300", problem.Message);
    }
}
