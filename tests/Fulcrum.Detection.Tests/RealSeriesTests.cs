using Fulcrum.Core.Time;
using Fulcrum.Detection.ChangePoint;
using Fulcrum.Detection.Cusum;

namespace Fulcrum.Detection.Tests;

/// <summary>
/// What the detectors find, with their defaults, on the real series of docs/watch.md ("What they
/// find on real series"). If a change to a detector moves these, the documentation must move too.
/// </summary>
public class RealSeriesTests
{
    private static readonly SeriesSet Dyads = RealSeries.Dyads();

    private static string[] Found(IChangeDetector detector, Series series, string format = "yyyy-MM-dd") =>
        [.. detector.Detect(series).Alarms.Select(a => $"{a.Date.ToString(format, null)} {a.Direction.ToString().ToLowerInvariant()} from {a.Onset.ToString(format, null)}")];

    [Fact]
    public void Dyads_AutumnWindow_IsTheFoundingCaseData()
    {
        var rusUkr = Dyads.Find("RUS-UKR")!;
        Assert.Equal((new DateOnly(2021, 10, 1), new DateOnly(2022, 1, 5), 97), (rusUkr.Dates[0], rusUkr.Dates[^1], rusUkr.Count));
        Assert.Equal(Polarity.HigherIsBetter, rusUkr.Polarity);
    }

    [Fact]
    public void RussiaUkraine_Daily_BothDetectorsSeeTheNovemberTurn()
    {
        // Mid-November 2021, when reports of the Russian buildup and US warnings to allies multiplied.
        Assert.Equal(
            ["2021-11-13 down from 2021-11-11", "2021-11-18 down from 2021-11-14", "2021-12-01 down from 2021-11-22", "2021-12-04 down from 2021-12-02", "2021-12-26 up from 2021-12-18"],
            Found(new GaussianCusum(), Dyads.Find("RUS-UKR")!));
        Assert.Equal(["2021-11-12 down from 2021-11-12", "2021-12-27 up from 2021-12-24"], Found(new Bocpd(), Dyads.Find("RUS-UKR")!));
    }

    [Fact]
    public void RussiaUsa_Daily_OnlyTheLateDecemberTurnToTalks()
    {
        Assert.Equal(["2021-12-30 up from 2021-12-23"], Found(new GaussianCusum(), Dyads.Find("RUS-USA")!));
        Assert.Equal(["2021-12-28 up from 2021-12-28"], Found(new Bocpd(), Dyads.Find("RUS-USA")!));
    }

    [Fact]
    public void IsraelUsa_Daily_ADipAtTheEndOfOctoberAndARiseFromLateNovember()
    {
        Assert.Equal(["2021-10-31 down from 2021-10-29", "2021-12-02 up from 2021-11-29", "2022-01-02 down from 2021-12-24"], Found(new GaussianCusum(), Dyads.Find("ISR-USA")!));
        Assert.Equal(["2021-10-31 down from 2021-10-29", "2021-12-12 up from 2021-11-29"], Found(new Bocpd(), Dyads.Find("ISR-USA")!));
    }

    [Fact]
    public void IsraelRussia_Daily_OnlyBocpdSeesTheSochiMeeting()
    {
        // The onset is the day after Bennett met Putin in Sochi (22 October 2021).
        Assert.Empty(Found(new GaussianCusum(), Dyads.Find("ISR-RUS")!));
        Assert.Equal(["2021-10-29 up from 2021-10-23", "2021-11-14 down from 2021-10-28"], Found(new Bocpd(), Dyads.Find("ISR-RUS")!));
    }

    [Fact]
    public void Dyads_Weekly_TooShortForTheDefaultBaseline()
    {
        // Thirteen full weeks: one short of the 13-week baseline and a point to test.
        var weekly = Dyads.Find("RUS-UKR")!.ToWeekly(WeekAggregate.Sum);
        Assert.Equal(13, weekly.Count);
        Assert.NotNull(new GaussianCusum().Unsuitable(weekly));
    }

    [Fact]
    public void YearlyCounts_DefaultBaseline_FindsNothingBecause2014IsInsideIt()
    {
        var rusUkr = RealSeries.YearlyCounts("icyswan_RUS_UKR_yearly_counts_2011_2021.csv", "RUS-UKR");
        var usaRus = RealSeries.YearlyCounts("icyswan_USA_RUS_yearly_counts_2011_2021.csv", "USA-RUS");
        foreach (var series in new[] { rusUkr, usaRus })
        {
            Assert.Empty(Found(new GaussianCusum(), series));
            Assert.Empty(Found(new PoissonCusum(), series));
            Assert.Empty(Found(new Bocpd(), series));
        }
        // A three-year baseline lets BOCPD test 2014, and it finds the jump at once.
        Assert.Equal(["2014 up from 2014"], Found(new Bocpd(new BocpdOptions { BaselineWindow = 3 }), rusUkr, "yyyy"));
        // The pure Poisson CUSUM takes year-to-year variation of news volume for change, every year.
        Assert.Equal(5, new PoissonCusum(new PoissonCusumOptions { EstimateOverdispersion = false }).Detect(rusUkr).Alarms.Count);
    }

    [Fact]
    public void ChinaMonthlyMaterialConflict_BothDetectorsFindMay2014AndEarly2020()
    {
        // QuadClass 4 (material conflict) with China as Actor1: May 2014 coincides with the Haiyang
        // Shiyou 981 oil-rig stand-off with Vietnam, January-February 2020 with the first months of COVID-19.
        var quad4 = RealSeries.ChinaMonthlyQuadClass().Find("quad4")!;
        Assert.Equal((Period.Month, 252), (quad4.Period, quad4.Count));
        var cusum = Found(new GaussianCusum(), quad4, "yyyy-MM");
        var bocpd = Found(new Bocpd(), quad4, "yyyy-MM");
        Assert.Contains("2014-05 up from 2013-06", cusum);
        Assert.Contains("2020-02 up from 2020-01", cusum);
        Assert.Equal(["2005-02 down from 2004-07", "2006-09 up from 2006-06", "2007-07 up from 2007-01", "2009-07 up from 2009-01", "2014-05 up from 2014-05", "2020-02 up from 2020-01"], bocpd);
    }
}
