using Fulcrum.App.Journal;
using Fulcrum.Watch.Signposts;

namespace Fulcrum.App.Tests.Journal;

public class JournalDiffTests
{
    private static JournalBody Body(double full, string recommendation, SignpostState state) =>
        ForecastScoresTests.Entry(1, new DateOnly(2021, 11, 20), 1 - full - 0.3, 0.3, full).Body! with
        {
            Recommendation = recommendation,
            Signposts = [new JournalSignpost("rus_ukr_conflict", state, new DateOnly(2021, 11, 13), "cusum down, last 28 days", "builtin:gdelt-dyads RUS-UKR", "alarm")],
        };

    [Fact]
    public void Between_SignpostFiredProbabilityAndRecommendationMoved_SaysAllThreeInWords()
    {
        var diff = JournalDiff.Between(1, Body(0.36, "condemn_aid", SignpostState.Quiet), Body(0.66, "neutral", SignpostState.Fired));

        Assert.Equal(
            [
                "signpost rus_ukr_conflict fired on 2021-11-13 (cusum down, last 28 days, builtin:gdelt-dyads RUS-UKR)",
                "P(no_invasion) 0.34 → 0.04",
                "P(full_invasion) 0.36 → 0.66",
                "the recommendation moved from condemn_aid to neutral: best",
            ], diff.Summary);
        Assert.Equal(SignpostState.Quiet, Assert.Single(diff.Signposts).From);
        Assert.Equal(2, diff.Probabilities.Count);
        Assert.Equal(("condemn_aid", "neutral"), (diff.Recommendation!.From, diff.Recommendation.To));
    }

    [Fact]
    public void Between_FiredThenQuiet_SaysCleared()
    {
        var diff = JournalDiff.Between(1, Body(0.36, "a", SignpostState.Fired), Body(0.36, "a", SignpostState.Quiet));

        Assert.StartsWith("signpost rus_ukr_conflict cleared", Assert.Single(diff.Summary), StringComparison.Ordinal);
    }

    [Fact]
    public void Between_Nothing_SaysNoChange()
    {
        var diff = JournalDiff.Between(1, Body(0.36, "a", SignpostState.Quiet), Body(0.3604, "a", SignpostState.Quiet));

        Assert.Equal(["no change in signposts, probabilities or recommendation"], diff.Summary);
        Assert.Empty(diff.Probabilities);
    }

    [Fact]
    public void Between_NoPrevious_IsTheFirstEntry()
    {
        var diff = JournalDiff.Between(null, null, Body(0.36, "a", SignpostState.Quiet));

        Assert.Null(diff.PreviousId);
        Assert.Equal(["first entry for case israel-2022: recommend a"], diff.Summary);
    }
}
