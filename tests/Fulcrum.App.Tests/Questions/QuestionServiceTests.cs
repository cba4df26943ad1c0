using Fulcrum.App.Bargain;
using Fulcrum.App.Cases;
using Fulcrum.App.Contracts;
using Fulcrum.App.Examine;
using Fulcrum.App.Questions;

namespace Fulcrum.App.Tests.Questions;

public class QuestionServiceTests
{
    /// <summary>The Scholz et al. (2011) example as the replications ship it (tests/Fulcrum.Bargaining.Tests/Fixtures/Bdm).</summary>
    private static readonly string Scholz = Path.Combine(AppContext.BaseDirectory, "Fixtures", "ExampleActors.scholz2011.lf.csv");

    [Fact]
    public void Answer_ScholzExampleFromAFile_LevelsAreTheSharesOfBargainRuns()
    {
        var dir = Directory.CreateTempSubdirectory("fulcrum-question-").FullName;
        try
        {
            File.Copy(Scholz, Path.Combine(dir, "scholz.csv"));
            var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "question.fulcrum.yaml"));
            var path = Path.Combine(dir, "question.fulcrum.yaml");
            File.WriteAllText(path, text);
            var app = AppFixture.Services();
            // What `fulcrum bargain scholz.csv --model bdm --runs 200 --perturb position=0.5,salience=5` gives.
            var bargain = app.Bargain.Run(new BargainRequest(Path.Combine(dir, "scholz.csv")) { Model = "bdm", Runs = 200, Perturb = "position=0.5,salience=5" }).ValueOrThrow();
            var low = bargain.Study!.Runs.Count(r => r.Forecast[0] < 7) / 200.0;

            var loaded = app.Cases.Load(CaseRef.AtPath(path)).ValueOrThrow();
            var answered = app.Questions.Answer(loaded).ValueOrThrow();

            Assert.InRange(low, 0.05, 0.95);
            Assert.All(answered.Answers[0].Options, o => Assert.Equal(low, o.Levels!["low"]));
            Assert.Equal((200, 0), (answered.RunsMade, answered.RunsFound));
            Assert.Equal((0, 200), (app.Questions.Answer(loaded).ValueOrThrow().RunsMade, app.Questions.Answer(loaded).ValueOrThrow().RunsFound));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Cache_OnDisk_IsFoundByAnotherProcessesServices_AndADamagedFileIsIgnored()
    {
        var dir = Directory.CreateTempSubdirectory("fulcrum-cache-").FullName;
        try
        {
            var runs = new Fulcrum.Questions.QuestionRuns(52.5, [40, 60.25], 1, "refused");
            var key = new string('a', 64);
            new QuestionRunCache(dir).Keep(key, runs);

            var found = new QuestionRunCache(dir).Find(key);
            Assert.Equal((52.5, 1, "refused"), (found!.Unperturbed, found.Refused, found.FirstRefusal));
            Assert.Equal([40, 60.25], found.Forecasts);

            File.WriteAllText(Path.Combine(dir, key + ".json"), "{ not json");
            Assert.Null(new QuestionRunCache(dir).Find(key));
            Assert.Null(new QuestionRunCache(dir).Find("../../etc/passwd"));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task Examine_FoundingCase_ShowsTheQuestionAndAppraisesWithItsAnswers()
    {
        var app = AppFixture.Services();
        var e = (await app.Examine.ExamineAsync(new ExamineRequest(new CaseScope(CaseRef.Default)) { Probabilities = ProbabilityChoice.Priors, Draws = 2000, Sensitivity = false })).ValueOrThrow();

        var q = Assert.Single(ExamineContract.Of(e).Questions);
        Assert.Equal(("us_pressure_q", "smp", 200, "us_pressure"), (q.Id, q.Model, q.Runs, q.Factor));
        Assert.Equal(e.Case.Case.Options.Select(o => o.Id), q.PerOption.Keys);
        Assert.All(q.PerOption.Values, o => Assert.Equal(1, o.Levels!.Values.Sum(), 12));
        Assert.True(q.PerOption["join_sanctions"].Levels!["heavy"] < q.PerOption["keep_line"].Levels!["heavy"]);
        Assert.Contains("\"questions\": [", ContractJson.Serialize(ExamineContract.Of(e)), StringComparison.Ordinal);
    }
}
