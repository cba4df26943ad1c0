using Fulcrum.Bargaining;
using Fulcrum.Bargaining.Bdm;
using Fulcrum.Bargaining.Input;
using Fulcrum.Bargaining.Smp;
using Fulcrum.Bargaining.Uncertainty;
using Fulcrum.Scenario.Model;

namespace Fulcrum.Questions.Tests;

public class QuestionAnswererTests
{
    private static AnsweredCase Answer(string text, QuestionSettings? settings = null) =>
        QuestionAnswerer.Answer(Cases.Load(text), settings).ValueOrThrow();

    /// <summary>An answer as text, level probabilities included (a record compares its dictionary by reference).</summary>
    private static string Show(OptionAnswer o) =>
        $"{o with { Levels = null }} levels {string.Join(",", (o.Levels ?? new Dictionary<string, double>()).Select(kv => $"{kv.Key}={kv.Value:R}"))}";

    private static string[] Show(IEnumerable<OptionAnswer> options) => [.. options.Select(Show)];

    /// <summary>
    /// What <c>fulcrum bargain ExampleActors.scholz2011.lf.csv --model bdm --runs 200 --perturb
    /// position=0.5,salience=5</c> runs: the BDM model (the paper's reading) on the Scholz et al. (2011)
    /// example (the CSV the replications ship, tests/Fulcrum.Bargaining.Tests/Fixtures/Bdm), 200
    /// perturbed copies from KTAB's default seed, positions kept in [0, 100].
    /// </summary>
    private static PerturbationResult BargainRuns() =>
        PerturbationRunner.Run(new BdmModel(), BdmCsvReader.ReadFile(Cases.Fixture("ExampleActors.scholz2011.lf.csv")).ValueOrThrow(),
            new BargainRunSettings(SmpParameters.KtabDefaultSeed), new PerturbationOptions { Runs = 200, Spec = new PerturbationSpec(0.5, 5, 0) });

    [Fact]
    public void Answer_ScholzExample_LevelProbabilitiesAreTheSharesOfTheBargainRunsInEachRange()
    {
        var forecasts = BargainRuns().Runs.Select(r => r.Forecast[0]).ToList();
        var low = forecasts.Count(f => f < 7) / 200.0;

        var answer = Assert.Single(Answer(Cases.Text()).Answers);

        Assert.Equal(200, forecasts.Count);
        Assert.InRange(low, 0.05, 0.95); // both levels are met: the split is a real test
        Assert.All(answer.Options, o =>
        {
            Assert.Equal(low, o.Levels!["low"]);
            Assert.Equal(1 - low, o.Levels["high"], 12);
            Assert.Equal(forecasts.Average(), o.Forecast.Mean, 12);
        });
        Assert.Equal(("ec", "bdm", 200, SmpParameters.KtabDefaultSeed), (answer.Id, answer.ModelName, answer.Runs, answer.Seed));
    }

    [Fact]
    public void Answer_ActorsFromTheFile_SameAsWrittenInTheCase()
    {
        var written = Answer(Cases.Text());
        var read = Answer(Cases.Text(actorsFile: "ExampleActors.scholz2011.lf.csv"),
            new QuestionSettings { Folder = Path.Combine(AppContext.BaseDirectory, "Fixtures") });

        Assert.Equal(Show(written.Answers[0].Options), Show(read.Answers[0].Options));
    }

    [Fact]
    public void Answer_AShiftOnOneOption_ChangesThatOptionsDistributionOnly()
    {
        var plain = Answer(Cases.Text()).Answers[0].Options;
        var shifted = Answer(Cases.Text(moveShifts: ["France: {position: -3, source: test}", "UK: {salience: -40, source: test}"])).Answers[0].Options;

        Assert.Equal(Show(plain[0]), Show(shifted[0]));
        Assert.Equal(Show(plain[2]), Show(shifted[2]));
        Assert.NotEqual(plain[1].Forecast, shifted[1].Forecast);
        Assert.True(shifted[1].Forecast.Mean < plain[1].Forecast.Mean); // two of the high-position actors move down or care less
        Assert.True(shifted[1].Levels!["low"] > plain[1].Levels!["low"]);
    }

    [Fact]
    public void Answer_SameSeed_SameNumbers_OtherSeed_OtherNumbers_AnyCores()
    {
        var one = Answer(Cases.Text(seed: 11), new QuestionSettings { MaxDegreeOfParallelism = 1 });
        var two = Answer(Cases.Text(seed: 11), new QuestionSettings { MaxDegreeOfParallelism = 2 });
        var other = Answer(Cases.Text(seed: 12));

        Assert.Equal(Show(one.Answers[0].Options), Show(two.Answers[0].Options));
        Assert.NotEqual(one.Answers[0].Options[0].Forecast, other.Answers[0].Options[0].Forecast);
        Assert.Equal(11UL, one.Answers[0].Seed);
    }

    [Fact]
    public void Answer_OptionsWithTheSameTable_ShareOneBatch_AndTheCacheGivesTheSameAnswers()
    {
        var cache = new MemoryCache();
        var text = Cases.Text(moveShifts: ["France: {position: -3, source: test}"]);

        var first = Answer(text, new QuestionSettings { Cache = cache });
        var again = Answer(text, new QuestionSettings { Cache = cache });

        Assert.Equal((400, 0), (first.RunsMade, first.RunsFound)); // stay and other share a table; move has its own
        Assert.Equal(2, cache.Kept.Count);
        Assert.Equal((0, 400), (again.RunsMade, again.RunsFound));
        Assert.Equal(Show(first.Answers[0].Options), Show(again.Answers[0].Options));
        Assert.Equal(first.Case.Factors[0].ByOption!.Keys, again.Case.Factors[0].ByOption!.Keys);
    }

    [Fact]
    public void Answer_ADamagedCacheEntry_IsMadeAgain()
    {
        var cache = new MemoryCache();
        var text = Cases.Text();
        var first = Answer(text, new QuestionSettings { Cache = cache });
        var key = Assert.Single(cache.Kept.Keys);
        cache.Kept[key] = new QuestionRuns(7, [7, 7], 0, null); // two runs, not the 200 asked for

        var again = Answer(text, new QuestionSettings { Cache = cache });

        Assert.Equal(200, again.RunsMade);
        Assert.Equal(Show(first.Answers[0].Options), Show(again.Answers[0].Options));
    }

    [Fact]
    public void Answer_AFactorQuestion_PutsPerOptionProbabilitiesIntoTheCase()
    {
        var answered = Answer(Cases.Text(moveShifts: ["France: {position: -3, source: test}"]));

        var factor = Assert.Single(answered.Case.Factors);
        Assert.Empty(factor.Probabilities);
        Assert.Equal(["stay", "move", "other"], factor.ByOption!.Keys);
        foreach (var o in answered.Answers[0].Options) Assert.Equal(o.Levels, factor.ByOption[o.Option]);
    }

    [Fact]
    public void Answer_AnInterestQuestion_GivesEachOptionTheMappedForecastsAsItsEffect()
    {
        // Position 4 gives effect +10 on a, position 10 gives -20: a falling line, so the 5th
        // percentile of the effect is the mapped 95th percentile of the forecast.
        var text = Cases.Text(mapsTo: "{interest: a, effect: {from: [4, 10], to: [10, -20]}}", moveShifts: ["France: {position: -3, source: test}"]);
        var answered = Answer(text);
        var forecasts = BargainRuns().Runs.Select(r => r.Forecast[0]).ToList();
        static double Map(double x) => 10 + (x - 4) * (-30.0 / 6);

        var stay = answered.Answers[0].Options[0];
        Assert.Null(stay.Levels);
        Assert.Equal(Map(forecasts.Average()), stay.Effect!.Mean, 9);
        Assert.Equal(Map(stay.Forecast.P95), stay.Effect.P5, 9);
        Assert.Equal(Map(stay.Forecast.P5), stay.Effect.P95, 9);
        foreach (var r in answered.Case.Reactions)
        {
            var effect = Assert.IsType<EmpiricalDistribution>(r.Effects["a"].Distribution);
            Assert.Equal(200, effect.Values.Count);
            Assert.Equal(answered.Answers[0].Options.Single(o => o.Option == r.Option).Effect!.Mean, effect.Mean, 9);
            Assert.StartsWith("question ec: 200 runs of the bdm model", r.Effects["a"].Source, StringComparison.Ordinal);
        }
        Assert.NotEqual(stay.Effect, answered.Answers[0].Options[1].Effect);
    }

    [Fact]
    public void Answer_ForecastsOutsideTheRanges_IsAProblemSayingHowMany()
    {
        // Positions of 4 shaken by 2 fall below 4 and stay there as medians: the ranges start at 4.
        var text = Cases.Text(perturb: "{position: 2}", mapsTo: "{factor: outcome, levels: {low: [4, 7], high: [7, 10]}}");

        var result = QuestionAnswerer.Answer(Cases.Load(text));

        var p = Assert.Single(result.Problems.DistinctBy(x => x.Hint));
        Assert.Matches(@"^question 'ec' under option 'stay': \d+ of 200 forecasts \(.*\) lie outside the levels' ranges \[4, 10\]$", result.Problems[0].Message);
        Assert.Contains("widen the lowest or the highest level's range", p.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_AnActorFileWithoutAFolder_IsAProblemNamingTheQuestion()
    {
        var result = QuestionAnswerer.Answer(Cases.Load(Cases.Text(actorsFile: "table.csv")), new QuestionSettings { CaseName = "built-in:x" });

        var p = Assert.Single(result.Problems);
        Assert.Equal("built-in:x", p.File);
        Assert.Equal("question 'ec' reads its actors from 'table.csv', but this case has no folder to find it in", p.Message);
    }

    [Fact]
    public void Answer_AShiftOfAnActorTheFileLacks_IsAProblem()
    {
        var text = Cases.Text(actorsFile: "ExampleActors.scholz2011.lf.csv", moveShifts: ["Spain: {position: 1, source: test}"]);

        var result = QuestionAnswerer.Answer(Cases.Load(text), new QuestionSettings { Folder = Path.Combine(AppContext.BaseDirectory, "Fixtures") });

        var p = Assert.Single(result.Problems);
        Assert.StartsWith("option 'move' shifts 'Spain', who is not an actor of any question", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_ASpatialModelQuestion_RunsKtabsModelOnTheTable()
    {
        var actors = new[] { "{name: A, capability: 3, position: 20, salience: 80}", "{name: B, capability: 2, position: 60, salience: 60}", "{name: C, capability: 1, position: 90, salience: 90}" };
        var text = Cases.Text(model: "smp", runs: 20, perturb: "{position: 5}", actors: actors, mapsTo: "{factor: outcome, levels: {low: [0, 50], high: [50, 100]}}");
        var table = new ActorTable
        {
            Scenario = "ec",
            Dimensions = ["ec"],
            Actors = [new("A", "", 3, [20], [80]), new("B", "", 2, [60], [60]), new("C", "", 1, [90], [90])],
        };
        var expected = PerturbationRunner.Run(new SmpModel(), table, new BargainRunSettings(SmpParameters.KtabDefaultSeed),
            new PerturbationOptions { Runs = 20, Spec = new PerturbationSpec(5, 0, 0), PositionBounds = new PositionBounds(0, 100) });

        var stay = Answer(text).Answers[0].Options[0];

        Assert.Equal(expected.Baseline.Forecast[0], stay.Unperturbed);
        Assert.Equal(expected.Runs.Count(r => r.Forecast[0] >= 50) / 20.0, stay.Levels!["high"]);
        Assert.Equal(expected.Runs.Average(r => r.Forecast[0]), stay.Forecast.Mean, 12);
    }
}
