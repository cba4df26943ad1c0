using Fulcrum.Scenario.BuiltIn;

namespace Fulcrum.Questions.Tests;

/// <summary>
/// The founding case's question, "how hard will Washington press Israel to take a side" (the
/// spatial model on its ten-actor table, 200 seeded runs per option, heavy from 50 up): its answer
/// pinned at the case's seed, as examine shows it.
/// </summary>
public class FoundingCaseQuestionTests
{
    private static string FoundingText => BuiltInCases.Text(BuiltInCases.Default)!;

    private static QuestionAnswer Answer(string text) =>
        Assert.Single(QuestionAnswerer.Answer(Cases.Load(text, "israel-2022.fulcrum.yaml")).ValueOrThrow().Answers);

    private static Dictionary<string, double> Heavy(QuestionAnswer q) => q.Options.ToDictionary(o => o.Option, o => o.Levels!["heavy"]);

    [Fact]
    public void Answer_FoundingCase_PHeavyUsPressurePerOption_AtTheCasesSeed()
    {
        var q = Answer(FoundingText);

        Assert.Equal(("us_pressure_q", "smp", 200), (q.Id, q.ModelName, q.Runs));
        // Shares of 200 runs: 67 under keep_line, 15 under condemn_words, none once Israel condemns and
        // aids or sanctions, 112 under mediate (Washington reads mediation as a cover for neutrality).
        Assert.Equal(new Dictionary<string, double>
        {
            ["keep_line"] = 67 / 200.0,
            ["condemn_words"] = 15 / 200.0,
            ["condemn_aid"] = 0,
            ["join_sanctions"] = 0,
            ["sanctions_expel_isolate"] = 0,
            ["mediate"] = 112 / 200.0,
        }, Heavy(q));
        Assert.Equal("P(us_pressure heavy) 0.34 under keep_line, 0.08 under condemn_words, 0.00 under condemn_aid, 0.00 under join_sanctions, " +
            "0.00 under sanctions_expel_isolate, 0.56 under mediate, from 200 runs of the spatial model (smp) per option", QuestionWords.Sentence(q));
    }

    [Fact]
    public void Answer_FoundingCase_RemovingOneOptionsShifts_ChangesThatOptionOnly()
    {
        var text = FoundingText;
        var at = text.IndexOf("  - id: mediate", StringComparison.Ordinal);
        var shifts = text.IndexOf("    shifts:", at, StringComparison.Ordinal);
        var end = text.IndexOf("\n\n", shifts, StringComparison.Ordinal);
        var unshifted = text[..shifts] + text[(end + 1)..];

        var before = Answer(text);
        var after = Answer(unshifted);

        foreach (var (b, a) in before.Options.Zip(after.Options).Where(p => p.First.Option != "mediate"))
        {
            Assert.Equal(b.Forecast, a.Forecast);
            Assert.Equal(b.Levels, a.Levels);
        }
        var (mediate, plain) = (after.Options.Single(o => o.Option == "mediate"), after.Options.Single(o => o.Option == "keep_line"));
        Assert.NotEqual(before.Options.Single(o => o.Option == "mediate").Forecast, mediate.Forecast);
        Assert.Equal(plain.Forecast, mediate.Forecast); // with no shifts, mediate's table is keep_line's: the same runs
        Assert.True(mediate.Levels!["heavy"] < before.Options.Single(o => o.Option == "mediate").Levels!["heavy"]); // its shifts pushed Washington harder
    }
}
