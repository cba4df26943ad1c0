using System.Globalization;
using Fulcrum.Core.Time;
using Fulcrum.Detection;
using Fulcrum.Scenario.BuiltIn;
using Fulcrum.Scenario.Loading;
using Fulcrum.UnVotes;
using Fulcrum.UnVotes.Agreement;
using Fulcrum.Watch.Balance;
using Fulcrum.Watch.Sources;

namespace Fulcrum.Watch.Tests.Balance;

public class BalanceSheetTests
{
    private static readonly Scenario.Model.Case Case = CaseLoader.LoadBuiltIn("israel-2022").ValueOrThrow();

    private static readonly RelationInput Fast = RelationSources.FastAsync(Case, new SeriesCatalog(null), null, Case.AsOf).GetAwaiter().GetResult();

    private static readonly RelationInput Slow = RelationSources.Slow(Case);

    /// <summary>The shipped daily dyad scores read with plain string splitting (not the series reader), missing days zero.</summary>
    private static Dictionary<DateOnly, double> Raw(string pair)
    {
        using var reader = BuiltInSeries.Open(BuiltInSeries.GdeltDyads)!;
        var values = new Dictionary<DateOnly, double>();
        for (var d = new DateOnly(2021, 10, 1); d <= new DateOnly(2022, 1, 5); d = d.AddDays(1)) values[d] = 0;
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            var f = line.Split(',');
            if (f[1] == pair) values[DateOnly.ParseExact(f[0], "yyyy-MM-dd", CultureInfo.InvariantCulture)] = double.Parse(f[2], CultureInfo.InvariantCulture);
        }
        return values;
    }

    /// <summary>(x − mean) / sd of the <paramref name="window"/> values before the last, sample sd.</summary>
    private static double Z(IReadOnlyList<double> x, int window)
    {
        var baseline = x.Skip(x.Count - 1 - window).Take(window).ToList();
        var mean = baseline.Average();
        var sd = Math.Sqrt(baseline.Sum(v => (v - mean) * (v - mean)) / (window - 1));
        return (x[^1] - mean) / sd;
    }

    [Fact]
    public void Build_Daily_StandardisesOnTheSixtyDaysBeforeAndTiltsUsaMinusRussia()
    {
        var sheet = BalanceSheets.Build(Case, Fast, Slow);
        var usa = Raw("ISR-USA").OrderBy(p => p.Key).Select(p => p.Value).ToList();
        var rus = Raw("ISR-RUS").OrderBy(p => p.Key).Select(p => p.Value).ToList();
        var last = sheet.Fast.Rows[^1];
        Assert.Equal((new DateOnly(2022, 1, 5), 60, 97), (last.Date, sheet.Fast.BaselinePoints, sheet.Fast.Rows.Count));
        Assert.Equal(Z(usa, 60), last.Relations[0].Z!.Value, 10);
        Assert.Equal(Z(rus, 60), last.Relations[1].Z!.Value, 10);
        Assert.Equal(Z(usa, 60) - Z(rus, 60), last.Tilt!.Value, 10);
        Assert.Equal(usa[^1], last.Relations[0].Value);
        // Day 61 (30 November) is the first with a full baseline.
        Assert.Null(sheet.Fast.Rows[59].Relations[0].Z);
        Assert.Equal(Z(usa.Take(61).ToList(), 60), sheet.Fast.Rows[60].Relations[0].Z!.Value, 10);
        Assert.Equal(new DateOnly(2021, 11, 30), sheet.Fast.Rows[60].Date);
    }

    [Fact]
    public void Build_Daily_MarksTheDatesOutsideTheUsBand()
    {
        var sheet = BalanceSheets.Build(Case, Fast, Slow);
        var outside = sheet.Fast.Rows.Where(r => r.Outside.Contains("usa_not_siding")).Select(r => r.Date).ToList();
        Assert.Equal(sheet.Fast.Rows.Where(r => r.Relations[0].Z < -1.5).Select(r => r.Date), outside);
        Assert.Equal([new DateOnly(2022, 1, 2)], outside);
    }

    [Fact]
    public void Build_ByWeek_SumsIsoWeeksAndUsesANineWeekBaseline()
    {
        var sheet = BalanceSheets.Build(Case, Fast, Slow, new BalanceOptions { By = Period.Week });
        Assert.Equal((Period.Week, 9), (sheet.Fast.Period, sheet.Fast.BaselinePoints));
        var usa = Raw("ISR-USA");
        // Full ISO weeks from Monday 4 October to Sunday 2 January: 13 weeks.
        var weeks = Enumerable.Range(0, 13).Select(w => Enumerable.Range(0, 7).Sum(d => usa[new DateOnly(2021, 10, 4).AddDays((7 * w) + d)])).ToList();
        Assert.Equal(13, sheet.Fast.Rows.Count);
        Assert.Equal(weeks[^1], sheet.Fast.Rows[^1].Relations[0].Value!.Value, 9);
        Assert.Equal(Z(weeks, 9), sheet.Fast.Rows[^1].Relations[0].Z!.Value, 10);
        Assert.Equal(4, sheet.Fast.Rows.Count(r => r.Relations[0].Z is not null));
    }

    [Fact]
    public void Build_ByMonth_ThreeFullMonthsCannotBeStandardisedAndSaysSo()
    {
        var sheet = BalanceSheets.Build(Case, Fast, Slow, new BalanceOptions { By = Period.Month });
        Assert.Equal([new DateOnly(2021, 10, 1), new DateOnly(2021, 11, 1), new DateOnly(2021, 12, 1)], sheet.Fast.Rows.Select(r => r.Date));
        Assert.All(sheet.Fast.Rows, r => Assert.Null(r.Relations[0].Z));
        Assert.Contains(sheet.Fast.Notes, n => n.Contains("has 3 months up to as_of; a 5-month baseline needs 6", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_Slow_StandardisesEachYearOnTheFiveBeforeAndSaysTheDataEndIn2019()
    {
        var sheet = BalanceSheets.Build(Case, Fast, Slow);
        var rows = PairAlignment.Compute(UnVoteData.BuiltIn, new AlignmentQuery("ISR", "USA")).ValueOrThrow().Rows
            .Where(r => r.Year is >= 2014 and <= 2019).Select(r => r.S!.Value).ToList();
        var last = sheet.Slow.Rows[^1];
        Assert.Equal((new DateOnly(2019, 1, 1), 5, Period.Year), (last.Date, sheet.Slow.BaselinePoints, sheet.Slow.Period));
        Assert.Equal(rows[^1], last.Relations[0].Value);
        Assert.Equal(Z(rows, 5), last.Relations[0].Z!.Value, 10);
        Assert.Contains("ISR-USA s: no data since 2020 (the data end 2019, before as_of 2022-01-05); nothing is shown after", sheet.Slow.Notes);
        Assert.All(sheet.Slow.Series, s => Assert.Equal(new DateOnly(2020, 1, 1), s.NoDataSince));
        Assert.All(sheet.Fast.Series, s => Assert.Null(s.NoDataSince));
    }

    [Fact]
    public void Build_Bands_RelationToleranceIsDrawnInterestToleranceIsNot()
    {
        var bands = BalanceSheets.Build(Case, Fast, Slow).Bands.ToDictionary(b => b.Tolerance);
        Assert.Equal((true, "USA", true, -1.5), (bands["usa_not_siding"].Drawable, bands["usa_not_siding"].Relation, bands["usa_not_siding"].Below, bands["usa_not_siding"].Threshold));
        Assert.False(bands["rus_deconfliction"].Drawable);
        Assert.Contains("on interest syria_freedom (below 50)", bands["rus_deconfliction"].Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_DataAfterAsOf_IsNotUsed()
    {
        var earlier = Case with { AsOf = new DateOnly(2021, 12, 31) };
        var sheet = BalanceSheets.Build(earlier, Fast, Slow);
        Assert.Equal(new DateOnly(2021, 12, 31), sheet.Fast.Rows[^1].Date);
        var usa = Raw("ISR-USA").Where(p => p.Key <= earlier.AsOf).OrderBy(p => p.Key).Select(p => p.Value).ToList();
        Assert.Equal(Z(usa, 60), sheet.Fast.Rows[^1].Relations[0].Z!.Value, 10);
    }

    [Fact]
    public void Build_WorseHigherMeasure_IsNegatedSoAboveZeroIsBetter()
    {
        var values = Make.Step(80, 70, 4);
        var input = new RelationInput("test", [
            new PowerSeries("USA", Make.Daily(values, "ISR-USA", Polarity.HigherIsWorse)),
            new PowerSeries("RUS", Make.Daily(values, "ISR-RUS", Polarity.HigherIsBetter))]);
        var c = Case with { AsOf = Make.Start.AddDays(79) };
        var row = BalanceSheets.Build(c, input, input).Fast.Rows[^1];
        Assert.Equal(-row.Relations[1].Z!.Value, row.Relations[0].Z!.Value, 12);
        Assert.Equal(2 * row.Relations[0].Z!.Value, row.Tilt!.Value, 12);
    }

    [Fact]
    public void Build_MissingSeries_IsANote()
    {
        var input = new RelationInput("store:goldstein_sum", [new PowerSeries("USA", null, "the event store is not open"), new PowerSeries("RUS", null, "the event store is not open")]);
        var sheet = BalanceSheets.Build(Case, input, Slow);
        Assert.Empty(sheet.Fast.Rows);
        Assert.Contains("USA: no store:goldstein_sum series (the event store is not open)", sheet.Fast.Notes);
    }

    [Theory]
    [InlineData(Period.Day, 60, 60)]
    [InlineData(Period.Week, 60, 9)]
    [InlineData(Period.Month, 60, 5)]
    [InlineData(Period.Year, 60, 5)]
    [InlineData(Period.Week, 365, 53)]
    [InlineData(Period.Month, 365, 12)]
    [InlineData(Period.Day, 3, 5)]
    public void BaselinePoints_CoversTheDaysWithAtLeastFivePoints(Period period, int days, int points) =>
        Assert.Equal(points, BalanceOptions.Default.BaselinePoints(period, days));
}
