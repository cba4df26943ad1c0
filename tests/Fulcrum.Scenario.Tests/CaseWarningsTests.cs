using Fulcrum.Scenario.Checks;
using Fulcrum.Scenario.Loading;

namespace Fulcrum.Scenario.Tests;

/// <summary>The founding case, with one analyst's mistake each: a valid case that still warns, and the founding case itself, which does not.</summary>
public class CaseWarningsTests
{
    private static readonly string Founding = File.ReadAllText(Path.Combine(DocsTests.RepoRoot(), "src", "Fulcrum.Scenario", "BuiltIn", "Data", "israel-2022.fulcrum.yaml"));

    private static IReadOnlyList<Core.Problems.Problem> WarningsOf(string from, string to)
    {
        Assert.Contains(from, Founding, StringComparison.Ordinal);
        var c = CaseLoader.LoadText(Founding.Replace(from, to, StringComparison.Ordinal), "edited").ValueOrThrow();
        return CaseWarnings.Of(c, "edited");
    }

    [Fact]
    public void FoundingCase_HasNoWarnings() =>
        Assert.Empty(CaseWarnings.Of(CaseLoader.LoadBuiltIn("israel-2022").ValueOrThrow(), "builtin:israel-2022"));

    [Fact]
    public void WeightOnAnotherScale_25Among005To03_IsAWarningNamingItsShare()
    {
        var warning = Assert.Single(WarningsOf("weight: [0.08, 0.15]", "weight: 25"));

        Assert.StartsWith("the weight of interest 'us_iran_coordination' (25) is ", warning.Message, StringComparison.Ordinal);
        Assert.Contains("it takes 97% of the total weight", warning.Message, StringComparison.Ordinal);
        Assert.Contains("one scale", warning.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void WeightShares_AreTheMidpointsOverTheirSum()
    {
        var shares = CaseWarnings.WeightShares(CaseLoader.LoadBuiltIn("israel-2022").ValueOrThrow());

        Assert.Equal(1, shares.Sum(s => s.Share), 12);
        // syria_freedom [0.20, 0.35] -> 0.275 of a total of 0.935.
        Assert.Equal(0.275 / 0.935, shares.Single(s => s.Interest == "syria_freedom").Share, 3);
    }

    [Fact]
    public void ToleranceNoDrawCanReach_IsAWarning()
    {
        var warning = Assert.Single(WarningsOf("breach_when: {interest: syria_freedom, below: 50}", "breach_when: {interest: syria_freedom, below: -50}"));

        Assert.StartsWith("tolerance 'rus_deconfliction' is breached when interest 'syria_freedom' is below -50, but no draw can take it there", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToleranceEveryDrawBreaches_IsAWarning()
    {
        var warning = Assert.Single(WarningsOf("breach_when: {relation: USA, below: -1.5}", "breach_when: {relation: USA, below: 50}"));

        Assert.Contains("which every draw is", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EffectFarOutsideTheValueRange_IsOneWarningPerInterest()
    {
        var warning = Assert.Single(WarningsOf("us_backing: {triangular: [-5, 0, 0]}", "us_backing: {triangular: [-90, -60, -40]}"));

        Assert.Contains("the effect on interest 'us_backing' in reaction to 'keep_line' under 'no_invasion' (triangular(-90, -60, -40) on the baseline 100) takes it down to 10, far outside its value range 40-110",
            warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OneDuplicateId_IsOneProblem_NotOneForEveryReferenceToTheIdItHid()
    {
        // An interest copied and its id not renamed: us_backing written as syria_freedom. 29 places still name us_backing.
        var text = Founding.Replace("  - id: us_backing\n", "  - id: syria_freedom\n", StringComparison.Ordinal);

        var loaded = CaseLoader.LoadText(text, "dup");

        var problem = Assert.Single(loaded.Problems);
        Assert.Equal("duplicate interest id 'syria_freedom'", problem.Message);
        Assert.Contains("was this one meant to be 'us_backing'?", problem.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownIdNamedManyTimes_IsOneProblemSayingHowManyMore()
    {
        var text = Founding.Replace("  - id: us_backing\n", "  - id: us_backin\n", StringComparison.Ordinal);

        var loaded = CaseLoader.LoadText(text, "typo");

        var unknown = loaded.Problems.Where(p => p.Message.Contains("'us_backing'", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, unknown.Count); // the interest references, and the context facts that bear on it
        Assert.Contains(unknown, p => p.Message == "unknown interest 'us_backing'" && p.Hint.Contains("more places: line", StringComparison.Ordinal));
    }
}
