using Fulcrum.App.Cases;
using Fulcrum.App.Contracts;
using Fulcrum.App.Discover;
using Fulcrum.App.Examine;
using Fulcrum.Core.Problems;
using Fulcrum.Decision;
using Fulcrum.Decision.Discovery;
using Fulcrum.Scenario.Loading;

namespace Fulcrum.App.Tests;

public class DiscoverServiceTests
{
    private const int Draws = 4000;

    private static ExamineRequest Examination(ulong seed = 42) =>
        new(new CaseScope(CaseRef.Default)) { Probabilities = ProbabilityChoice.Priors, Draws = Draws, Seed = seed };

    private static Task<Checked<Discovered>> Discover(DiscoverRequest request) =>
        AppFixture.Services().Discover.DiscoverAsync(request);

    [Fact]
    public async Task DiscoverAsync_BreachTarget_FailsInTheShareOfDrawsExamineReportsAsThatPowersBreachProbability()
    {
        // The same case, probabilities, seed and draws as examine: the draws in which keep_line
        // breaches a US tolerance are the ones examine counts in its breach probability.
        var examination = (await AppFixture.Services().Examine.ExamineAsync(Examination())).ValueOrThrow();
        var keepLine = examination.Appraisal.Options.Single(o => o.Id == "keep_line");

        var found = (await Discover(new DiscoverRequest(Examination()) { Option = "keep_line", Target = "breach:USA" })).ValueOrThrow();

        Assert.Equal("keep_line", found.Discovery.Option);
        Assert.Equal("a tolerance of USA breached", found.Discovery.Failure);
        Assert.Equal(Draws, found.Discovery.Draws);
        Assert.Equal(keepLine.Breach["USA"]!.Value, (double)found.Discovery.Failures / Draws, 12);
    }

    [Fact]
    public async Task DiscoverAsync_RegretTarget_FindsABoxDenserInFailuresThanTheWholeSpace()
    {
        var found = (await Discover(new DiscoverRequest(Examination()) { Option = "keep_line" })).ValueOrThrow();

        var x = found.Discovery;
        Assert.Equal("regret above 0.05", x.Failure);
        Assert.InRange(x.Failures, 1, Draws - 1);
        var box = Assert.Single(x.Boxes);
        Assert.True(box.Density > (double)x.Failures / Draws, $"box density {box.Density} is not above the failure share");
        Assert.InRange(box.Coverage, 0, 1);
        Assert.InRange(box.Mass, new PrimOptions().MassMin, 1);
        Assert.NotEmpty(box.Limits);
        Assert.All(box.Limits, l => Assert.False(string.IsNullOrWhiteSpace(l.Text)));
        Assert.Equal(1.0, box.Trajectory[0].Mass);
        Assert.Equal(box.Mass, box.Trajectory[^1].Mass);
    }

    [Fact]
    public async Task DiscoverAsync_RecordedOutcome_SearchesTheDrawsExamineMakesWithThatScenarioCertain()
    {
        // Once a scenario is resolved, examine appraises with probability 1 for it; discovery must
        // search those draws, not the priors' (it once chose its probabilities by a copy of examine's rule).
        var outcome = new App.Journal.ScenarioOutcome(1, "israel-2022", "full_invasion", new DateOnly(2021, 12, 1), null, DateTimeOffset.UnixEpoch);
        var request = Examination() with { Outcomes = [outcome] };
        var examination = (await AppFixture.Services().Examine.ExamineAsync(request)).ValueOrThrow();

        var found = (await Discover(new DiscoverRequest(request) { Option = "keep_line", Target = "breach:USA" })).ValueOrThrow();

        var full = examination.Appraisal.Scenarios.ToList().FindIndex(s => s.Id == "full_invasion");
        Assert.Equal(1.0, examination.Appraisal.Scenarios[full].Probability);
        Assert.Equal([.. examination.Appraisal.Scenarios.Select(s => s.Probability)], found.Probabilities.Values);
        var keepLine = examination.Appraisal.Options.Single(o => o.Id == "keep_line");
        Assert.Equal(keepLine.Breach["USA"]!.Value, (double)found.Discovery.Failures / Draws, 12);
    }

    [Fact]
    public async Task DiscoverAsync_GivesWhatTheEngineGivesOnTheSameDraws()
    {
        var c = Fulcrum.Questions.QuestionAnswerer.Answer(CaseLoader.LoadBuiltIn("israel-2022").ValueOrThrow()).ValueOrThrow().Case;
        var engine = ScenarioDiscovery.Discover(c, ScenarioProbabilities.Priors(c), new AppraisalOptions { Draws = Draws, Seed = 7 },
            new DiscoveryTarget("mediate", FailureKind.Regret, null, 0.02)).ValueOrThrow();

        var found = (await Discover(new DiscoverRequest(Examination(7)) { Option = "mediate", Threshold = 0.02 })).ValueOrThrow();

        Assert.Equal(ContractJson.Serialize(engine), ContractJson.Serialize(found.Discovery));
    }

    [Fact]
    public async Task DiscoverAsync_NoOptionNamed_ExaminesTheRecommendation()
    {
        var examination = (await AppFixture.Services().Examine.ExamineAsync(Examination())).ValueOrThrow();

        var found = (await Discover(new DiscoverRequest(Examination()) { Threshold = 0.01 })).ValueOrThrow();

        Assert.Equal(examination.Appraisal.Recommendation.Option, found.Discovery.Option);
    }

    [Theory]
    [InlineData("nonsense", null, null, Subjects.Target, "'nonsense' is not a discovery target")]
    [InlineData("breach:", null, null, Subjects.Target, "'breach:' is not a discovery target")]
    [InlineData("breach:RUS", 0.1, null, Subjects.RegretThreshold, "a regret threshold was given with a breach target")]
    [InlineData("regret", -0.1, null, Subjects.RegretThreshold, "regret threshold -0.1 must be a number of at least 0")]
    [InlineData("breach:CHN", null, null, Subjects.Target, "power 'CHN' states no tolerance of case israel-2022")]
    [InlineData("regret", null, "no_such", Subjects.Option, "unknown option 'no_such'")]
    public async Task DiscoverAsync_BadTarget_IsAProblemAboutItsParameter(string target, double? threshold, string? option, string subject, string message)
    {
        var result = await Discover(new DiscoverRequest(Examination()) { Target = target, Threshold = threshold, Option = option });

        Assert.Null(result.Value);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(subject, problem.Subject);
        Assert.Equal(message, problem.Message);
    }

    [Fact]
    public async Task Of_Contract_CarriesTheBoxesAndTheProbabilitiesUsed()
    {
        var found = (await Discover(new DiscoverRequest(Examination()) { Option = "keep_line" })).ValueOrThrow();

        var contract = DiscoverContract.Of(found);

        Assert.Equal(new Dictionary<string, double> { ["no_invasion"] = 0.45, ["limited_incursion"] = 0.35, ["full_invasion"] = 0.2 }, contract.Probabilities);
        Assert.Equal("case priors", contract.ProbabilitySource);
        Assert.Equal((double)found.Discovery.Failures / Draws, contract.FailureShare);
        Assert.Same(found.Discovery.Boxes, contract.Boxes);
    }
}
