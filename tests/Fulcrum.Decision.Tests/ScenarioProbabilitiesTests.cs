using Fulcrum.Core.Problems;
namespace Fulcrum.Decision.Tests;

public class ScenarioProbabilitiesTests
{
    private static readonly Scenario.Model.Case Case = new CaseBuilder().Interest("a", 1, 1).Option("x")
        .Scenario("no_invasion", 0.45).Scenario("limited", 0.35).Scenario("full", 0.2).Build();

    [Fact]
    public void Priors_AreTheCasePriors()
    {
        var p = ScenarioProbabilities.Priors(Case);
        Assert.Equal([0.45, 0.35, 0.2], p.Values);
        Assert.Equal("case priors", p.Source);
        Assert.Empty(p.MovedBy);
    }

    [Fact]
    public void From_GivenInAnyOrder_FollowsTheCaseOrderAndKeepsItsSource()
    {
        var p = ScenarioProbabilities.From(Case, [new("full", 0.5), new("no_invasion", 0.2), new("limited", 0.3)], "signposts", ["attack_positions"]).ValueOrThrow();
        Assert.Equal([0.2, 0.3, 0.5], p.Values);
        Assert.Equal(["attack_positions"], p.MovedBy);
    }

    [Theory]
    [InlineData("no_invasion=0.5,limited=0.3,full=0.3", "scenario probabilities sum to 1.1, not 1", "make them sum to 1, e.g. no_invasion=0.454545,limited=0.272727,full=0.272727")]
    [InlineData("no_invasion=0.5,limited=0.5", "no probability for scenario full", "give every scenario of case test: no_invasion=p,limited=p,full=p")]
    [InlineData("no_invasion=0.5,limited=0.3,ful=0.2", "unknown scenario 'ful'", "the scenarios of case test are: no_invasion, limited, full")]
    [InlineData("no_invasion=1.5,limited=-0.3,full=-0.2", "probability 1.5 of scenario 'no_invasion' is outside [0, 1]", "a probability lies between 0 and 1")]
    [InlineData("no_invasion=0.5,no_invasion=0.3,limited=0.1,full=0.1", "scenario 'no_invasion' is given twice", "give each scenario once")]
    [InlineData("no_invasion=0,limited=0,full=0", "scenario probabilities sum to 0, not 1", "give at least one scenario a positive probability")]
    public void From_BadProbabilities_SaysWhatIsWrongAndWhatToDo(string given, string message, string hint)
    {
        var pairs = given.Split(',').Select(p => p.Split('=')).Select(p => new KeyValuePair<string, double>(p[0], double.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture))).ToList();
        var result = ScenarioProbabilities.From(Case, pairs, "given probabilities");
        Assert.False(result.Ok);
        Assert.Contains(result.Problems, p => p.Message == message && p.Hint == hint && p.Subject == Subjects.ScenarioProbabilities);
    }
}
