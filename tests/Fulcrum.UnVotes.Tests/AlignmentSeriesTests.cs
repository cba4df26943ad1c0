using Fulcrum.Core.Time;
using Fulcrum.Detection;
using Fulcrum.Detection.Cusum;
using Fulcrum.UnVotes.Agreement;

namespace Fulcrum.UnVotes.Tests;

public class AlignmentSeriesTests
{
    [Fact]
    public void Build_Pair_IsAYearlySeriesOfTheMeasure()
    {
        var query = new AlignmentQuery("ISR", "RUS") { FromYear = 1946, ToYear = 2019 };
        var series = AlignmentSeries.Build(UnVoteData.BuiltIn, query, AlignmentMeasure.S).ValueOrThrow();
        var rows = PairAlignment.Compute(UnVoteData.BuiltIn, query).ValueOrThrow().Rows.Where(r => r.Votes >= AlignmentSeries.MinimumVotes).ToList();

        Assert.Equal(Period.Year, series.Period);
        Assert.Equal("ISR-RUS s", series.Name);
        Assert.Equal(Polarity.HigherIsBetter, series.Polarity);
        Assert.Equal(rows.Select(r => new DateOnly(r.Year!.Value, 1, 1)), series.Dates);
        Assert.Equal(rows.Select(r => r.S!.Value), series.Values);
        Assert.Equal(1949, series.Dates[0].Year); // the no-data years before Israel joined are left out
        Assert.DoesNotContain(1951, series.Dates.Select(d => d.Year)); // six roll calls: too thin
    }

    [Fact]
    public void Build_YearWithOneVote_IsLeftOut()
    {
        // Session 74's last roll call is dated 2020-01-14: 2020 has one vote, and would read as total (dis)agreement.
        var series = AlignmentSeries.Build(UnVoteData.BuiltIn, new AlignmentQuery("ISR", "USA"), AlignmentMeasure.Agree).ValueOrThrow();
        Assert.Equal(2019, series.Dates[^1].Year);
    }

    [Fact]
    public void Build_IdealPointDistance_IsWorseHigher() =>
        Assert.Equal(Polarity.HigherIsWorse,
            AlignmentSeries.Build(UnVoteData.BuiltIn, new AlignmentQuery("USA", "RUS"), AlignmentMeasure.IdealPointDistance).ValueOrThrow().Polarity);

    [Fact]
    public void Build_NoCommonYear_IsAProblem()
    {
        var result = AlignmentSeries.Build(UnVoteData.BuiltIn, new AlignmentQuery("DDR", "SSD") { FromYear = 1985, ToYear = 2015 }, AlignmentMeasure.Kappa);
        Assert.False(result.Ok);
    }

    [Fact]
    public void Build_RussiaUkraineKappa_CusumSeesTheSovietBreakUp()
    {
        // The Ukrainian SSR voted with the USSR on every roll call; independent Ukraine did not.
        var series = AlignmentSeries.Build(UnVoteData.BuiltIn, new AlignmentQuery("RUS", "UKR"), AlignmentMeasure.Agree).ValueOrThrow();
        var alarms = new GaussianCusum().Detect(series).Alarms;
        var first = alarms.First(a => a.Direction == Direction.Down);
        Assert.Equal(Meaning.Worsening, first.Meaning);
        Assert.InRange(first.Onset.Year, 1991, 1993);
    }
}
