using Fulcrum.App.Contracts;
using Fulcrum.App.Journal;
using Fulcrum.Decision;
using Fulcrum.Events.Store.Journal;

namespace Fulcrum.App.Tests.Journal;

public class ForecastScoresTests
{
    internal static JournalEntry Entry(long id, DateOnly asOf, double no, double limited, double full, string caseId = "israel-2022")
    {
        var identity = new IdentityContract("0.1.0", caseId, "builtin:" + caseId, "abc", asOf, 42, 2000, new DataReadContract(null, [], [], null), DateTimeOffset.UnixEpoch);
        var body = new JournalBody(identity, "signposts", [],
            new Dictionary<string, double> { ["no_invasion"] = no, ["limited_incursion"] = limited, ["full_invasion"] = full },
            [], "condemn_aid", "best", RecommendationStatus.HighestExpectedUtility, new JournalDiff(null, false, [], [], null, []));
        var record = new JournalRecord(id, JournalKind.Examination, DateTimeOffset.UnixEpoch, asOf, caseId, "abc", "{}", "", "");
        return new JournalEntry(record, body);
    }

    private static readonly ScenarioOutcome Invasion = new(9, "israel-2022", "full_invasion", new DateOnly(2022, 2, 24), null, DateTimeOffset.UnixEpoch);

    [Fact]
    public void Of_TwoForecasts_MatchTheHandComputedBrierAndLogScores()
    {
        // Hand computation. Forecast 1 (2022-01-05, 50 days before): (0.45, 0.35, 0.20), full happened:
        // Brier = 0.45² + 0.35² + 0.80² = 0.2025 + 0.1225 + 0.64 = 0.965; log = −ln 0.20 = 1.6094379.
        // Forecast 2 (2022-02-21, 3 days before): (0.10, 0.24, 0.66):
        // Brier = 0.01 + 0.0576 + 0.1156 = 0.1832; log = −ln 0.66 = 0.4155154.
        var scores = ForecastScores.Of([Entry(1, new DateOnly(2022, 1, 5), 0.45, 0.35, 0.20), Entry(2, new DateOnly(2022, 2, 21), 0.10, 0.24, 0.66)], [Invasion]);

        Assert.Equal(2, scores.Forecasts.Count);
        Assert.Equal(0.965, scores.Forecasts[0].Brier, 12);
        Assert.Equal(1.6094379124341003, scores.Forecasts[0].LogScore, 12);
        Assert.Equal(50, scores.Forecasts[0].HorizonDays);
        Assert.Equal(0.1832, scores.Forecasts[1].Brier, 12);
        Assert.Equal(0.4155154439616658, scores.Forecasts[1].LogScore, 12);
        Assert.Equal(3, scores.Forecasts[1].HorizonDays);
        Assert.Equal([(1, (int?)7, 1), (31, 60, 1)], scores.Horizons.Select(h => (h.FromDays, h.ToDays, h.Forecasts)));
    }

    [Fact]
    public void Of_Calibration_CountsEveryScenarioOfEveryForecast()
    {
        var scores = ForecastScores.Of([Entry(1, new DateOnly(2022, 1, 5), 0.45, 0.35, 0.20), Entry(2, new DateOnly(2022, 2, 21), 0.10, 0.24, 0.66)], [Invasion]);

        Assert.Equal(6, scores.Calibration.Sum(b => b.Count));
        var six = scores.Calibration[6]; // [0.6, 0.7): the 0.66 for full_invasion, which happened
        Assert.Equal((1, 0.66, 1.0), (six.Count, six.MeanForecast!.Value, six.ObservedFrequency!.Value));
        var two = scores.Calibration[2]; // [0.2, 0.3): 0.20 (happened) and 0.24 (did not)
        Assert.Equal(2, two.Count);
        Assert.Equal(0.5, two.ObservedFrequency!.Value, 12);
        Assert.Null(scores.Calibration[9].MeanForecast);
    }

    [Fact]
    public void Of_EntriesOnOrAfterTheOutcomeAndOfOtherCases_AreNotScored()
    {
        var scores = ForecastScores.Of([Entry(1, new DateOnly(2022, 2, 24), 0, 0, 1), Entry(2, new DateOnly(2022, 1, 5), 0.4, 0.4, 0.2, "other")], [Invasion]);

        Assert.Empty(scores.Forecasts);
    }

    [Fact]
    public void Of_SeveralEntriesForOneDate_ScoresOnlyTheNewest()
    {
        var day = new DateOnly(2022, 1, 5);
        var scores = ForecastScores.Of([Entry(1, day, 0.45, 0.35, 0.20), Entry(2, day, 0.2, 0.2, 0.6)], [Invasion]);

        Assert.Equal(2, Assert.Single(scores.Forecasts).EntryId);
    }

    [Fact]
    public void Of_ZeroForTheScenarioThatHappened_GivesAnInfiniteLogScore()
    {
        var scores = ForecastScores.Of([Entry(1, new DateOnly(2022, 1, 5), 0.5, 0.5, 0)], [Invasion]);

        Assert.True(double.IsPositiveInfinity(Assert.Single(scores.Forecasts).LogScore));
    }
}
