using Fulcrum.Scenario.Loading;
using Fulcrum.Scenario.Model;

namespace Fulcrum.Scenario.Tests;

/// <summary>Questions and option shifts: the minimal fixture with a factor a question sets, then one thing broken at a time.</summary>
public class CaseLoaderQuestionTests
{
    private static readonly string Minimal = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "minimal.fulcrum.yaml"));

    private const string Factor = """
        factors:
          - {id: pressure, name: US pressure, levels: [moderate, heavy], source: test}

        """;

    private const string Question = """
        questions:
          - id: q
            name: How hard will Washington press
            model: smp
            runs: 50
            perturb: {position: 5}
            maps_to: {factor: pressure, levels: {heavy: [50, 100], moderate: [0, 50]}}
            source: test
            actors:
              - {name: WH, capability: 2, position: 60, salience: 50, source: analyst estimate}
              - {name: Congress, capability: 1, position: 20, salience: 40}

        """;

    private const string Shift = """
          - id: sanction
            name: Join sanctions
            shifts:
              WH: {position: -30, source: test}

        """;

    private static string Case(string? question = null, string? factor = null) =>
        Minimal.Replace("  - {id: sanction, name: Join sanctions}\n", Shift, StringComparison.Ordinal) + (factor ?? Factor) + (question ?? Question);

    [Fact]
    public void Load_AQuestionAndAShift_ReadsBoth()
    {
        var c = CaseLoader.LoadText(Case(), "q").ValueOrThrow();

        var q = Assert.Single(c.Questions);
        Assert.Equal(("q", QuestionModel.Smp, 50, null, (ulong?)null), (q.Id, q.Model, q.Runs, q.ActorsFile, q.Seed));
        Assert.Equal(new QuestionPerturbation(5, 0, 0), q.Perturb);
        Assert.Equal(["WH", "Congress"], q.Actors.Select(a => a.Name));
        Assert.Equal(["analyst estimate", "test"], q.Actors.Select(a => a.Source)); // the second inherits the question's
        var target = Assert.IsType<FactorTarget>(q.MapsTo);
        Assert.Equal(["moderate", "heavy"], target.Levels.Select(l => l.Level)); // lowest first
        Assert.Equal(("heavy", "heavy", "moderate"), (target.LevelOf(50), target.LevelOf(100), target.LevelOf(49.9)));
        Assert.Null(target.LevelOf(100.1));
        Assert.Empty(c.Factors[0].Probabilities);
        Assert.Equal(new ActorShift(-30, null, "test"), c.Options.Single(o => o.Id == "sanction").Shifts["WH"]);
        Assert.Same(q, c.QuestionForFactor("pressure"));
    }

    [Theory]
    [InlineData("heavy: [50, 100]", "heavy: [55, 100]", "the ranges of levels 'moderate' [0, 50] and 'heavy' [55, 100] leave a gap")]
    [InlineData("moderate: [0, 50]", "moderate: [10, 50]", "the spatial model's forecasts can lie anywhere in [0, 100]")]
    [InlineData("factor: pressure,", "factor: presure,", "unknown factor 'presure'")]
    [InlineData("perturb: {position: 5}", "perturb: {position: 0}", "shakes nothing: every run would repeat the table")]
    [InlineData("runs: 50", "runs: 2.5", "'runs' of question 'q' is 2.5; it must be a whole number from 1 to 10,000")]
    [InlineData("model: smp", "model: ktab", "unknown model 'ktab' in question 'q'")]
    [InlineData("position: 60,", "position: 160,", "position of actor 'WH' of question 'q' is 160; the spatial model's positions lie in [0, 100]")]
    [InlineData("runs: 50", "runs: 50\n    seed: -4", "'seed' of question 'q' must be a whole number from 0 to 18446744073709551615")]
    public void Load_ABadQuestion_SaysWhatIsWrong(string find, string replace, string message)
    {
        var result = CaseLoader.LoadText(Case(Question.Replace(find, replace, StringComparison.Ordinal)), "q");

        Assert.Contains(result.Problems, p => p.Message.Contains(message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("WH: {position: -30, source: test}", "Senate: {position: -30, source: test}", "option 'sanction' shifts 'Senate', who is not an actor of any question")]
    [InlineData("WH: {position: -30, source: test}", "WH: {position: 50, source: test}", "option 'sanction' moves actor 'WH' of question 'q' to position 110, off the spatial model's 0-100 scale")]
    [InlineData("WH: {position: -30, source: test}", "WH: {source: test}", "moves nothing")]
    public void Load_ABadShift_SaysWhatIsWrong(string find, string replace, string message)
    {
        var result = CaseLoader.LoadText(Case().Replace(find, replace, StringComparison.Ordinal), "q");

        Assert.Contains(result.Problems, p => p.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Load_AFactorWithItsOwnProbabilities_CannotAlsoBeSetByAQuestion()
    {
        var factor = "factors:\n  - {id: pressure, name: US pressure, levels: [moderate, heavy], probabilities: {calm: {moderate: 1, heavy: 0}, war: {moderate: 0.5, heavy: 0.5}}, source: test}\n";

        var result = CaseLoader.LoadText(Case(factor: factor), "q");

        Assert.Contains(result.Problems, p => p.Message == "factor 'pressure' writes its own probabilities, and question 'q' would set them too");
    }

    [Fact]
    public void Load_AFactorWithoutProbabilitiesOrQuestion_SaysSo()
    {
        var result = CaseLoader.LoadText(Minimal + Factor, "q");

        var p = Assert.Single(result.Problems);
        Assert.Equal("factor 'pressure' gives no probabilities", p.Message);
    }

    [Fact]
    public void Load_AReactionGivingTheEffectAQuestionSets_IsAProblem()
    {
        var question = Question.Replace("{factor: pressure, levels: {heavy: [50, 100], moderate: [0, 50]}}", "{interest: alliance, effect: {from: [0, 100], to: [0, -30]}}", StringComparison.Ordinal);

        var result = CaseLoader.LoadText(Case(question, factor: ""), "q");

        Assert.Contains(result.Problems, p => p.Message == "the effect on 'alliance' comes from question 'q', so reaction to 'stay' under 'calm' may not give one");
    }
}
