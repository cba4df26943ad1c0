using FsCheck;
using FsCheck.Fluent;
using Fulcrum.Core.Time;
using Fulcrum.Events.Dyads;
using Fulcrum.Events.Store;

namespace Fulcrum.Events.Tests.Dyads;

public class DyadSeriesTests
{
    private static readonly DateOnly Monday = new(2021, 11, 1);

    private static DyadCounts Week(int i, long n1, long n2, long n3, long n4, double gpos = 0, double gneg = 0, double tone = 0, long mentions = 0, long volume = 0) =>
        new(Monday.AddDays(7 * i), n1, n2, n3, n4, gpos + gneg, gpos, gneg, tone, mentions, volume);

    private static FakeStore Store(params DyadCounts[] counts) =>
        new(new StoreCoverage(1000, 1, Monday, Monday.AddDays(7 * 20)), counts);

    [Fact]
    public async Task Dyad_PeriodsWithoutEvents_ArePresentAsZeros()
    {
        var store = Store(Week(1, 2, 0, 1, 0, gpos: 6.8, gneg: -2), Week(4, 0, 0, 0, 3, gneg: -30));
        var series = await store.DyadAsync(new DyadQuery { ActorA = "ISR", ActorB = "USA", From = Monday, To = Monday.AddDays(7 * 5 + 3) });

        Assert.Equal(6, series.Points.Count);
        Assert.Equal(Enumerable.Range(0, 6).Select(i => Monday.AddDays(7 * i)), series.Points.Select(p => p.PeriodStart));
        Assert.Equal([0.0, 3, 0, 0, 3, 0], series.Points.Select(p => p.Events!.Value));
        var quiet = series.Points[0];
        Assert.Equal((0.0, 0.0, 0.0, 0.0, null, null), (quiet.N1, quiet.GoldsteinSum, quiet.GoldsteinNeg, quiet.NetCoop, quiet.GoldsteinMean, quiet.Tone));
        Assert.Equal(Monday.AddDays(6), quiet.PeriodEnd);
    }

    [Fact]
    public async Task Dyad_Measures_FollowTheirDefinitions()
    {
        var store = Store(Week(0, 3, 2, 4, 1, gpos: 12, gneg: -9.5, tone: -20, mentions: 8));
        var p = (await store.DyadAsync(new DyadQuery { ActorA = "ISR", ActorB = "USA", From = Monday, To = Monday })).Points.Single();

        Assert.Equal(10, p.Events);
        Assert.Equal((3 + (2 * 2)) - (4 + (2 * 1)), p.NetCoop);      // (n1 + 2·n2) − (n3 + 2·n4)
        Assert.Equal(2.5, p.GoldsteinSum);
        Assert.Equal(0.25, p.GoldsteinMean);
        Assert.Equal(-2.5, p.Tone);                                    // Σ tone·mentions / Σ mentions
    }

    [Fact]
    public async Task Dyad_ZScore_IsAgainstTheTrailingBaselineOnly()
    {
        // Events per week 1..8, then 20: with a 4-week baseline, week 8 (value 20) has baseline 5,6,7,8.
        var counts = Enumerable.Range(0, 8).Select(i => Week(i, i + 1, 0, 0, 0)).Append(Week(8, 20, 0, 0, 0)).ToArray();
        var store = Store(counts);
        var series = await store.DyadAsync(new DyadQuery { ActorA = "ISR", ActorB = "USA", From = Monday.AddDays(7 * 4), To = Monday.AddDays(7 * 8), Normalize = DyadNormalization.Zscore, Baseline = 4 });

        var baseline = new[] { 5.0, 6, 7, 8 };
        var mean = baseline.Average();
        var sd = Math.Sqrt(baseline.Sum(v => (v - mean) * (v - mean)) / 3);
        Assert.Equal(5, series.Points.Count);
        Assert.Equal((20 - mean) / sd, series.Points[^1].Events!.Value, 12);
        Assert.Equal((5 - 2.5) / Math.Sqrt(5.0 / 3), series.Points[0].Events!.Value, 12); // week 4 = 5 against 1,2,3,4
        Assert.Contains(store.Asked, a => a.From == Monday && a.To == Monday.AddDays(27)); // the baseline was fetched
    }

    [Fact]
    public async Task Dyad_ZScore_IsNullBeforeTheStoreCoversAWholeBaseline()
    {
        var store = Store(Week(0, 1, 0, 0, 0), Week(1, 3, 0, 0, 0), Week(2, 2, 0, 0, 0), Week(3, 5, 0, 0, 0));
        var series = await store.DyadAsync(new DyadQuery { ActorA = "ISR", ActorB = "USA", From = Monday, To = Monday.AddDays(21), Normalize = DyadNormalization.Zscore, Baseline = 2 });

        // Weeks 0 and 1 lack a whole 2-week baseline inside the store's coverage (it starts at week 0).
        Assert.Null(series.Points[0].Events);
        Assert.Null(series.Points[1].Events);
        Assert.Equal(0.0, series.Points[2].Events!.Value, 12);                            // 2 against 1, 3
        Assert.Equal((5 - 2.5) / Math.Sqrt(0.5), series.Points[3].Events!.Value, 12);    // 5 against 3, 2
    }

    [Fact]
    public async Task Dyad_ShareOfVolume_ScalesCountsAndSumsButNotMeans()
    {
        var store = Store(Week(0, 2, 2, 0, 0, gpos: 8, tone: 10, mentions: 4, volume: 40));
        var p = (await store.DyadAsync(new DyadQuery { ActorA = "ISR", ActorB = "USA", From = Monday, To = Monday, Normalize = DyadNormalization.Total })).Points.Single();

        Assert.Equal(0.1, p.Events);
        Assert.Equal(0.2, p.GoldsteinSum);
        Assert.Equal(2.0, p.GoldsteinMean);
        Assert.Equal(2.5, p.Tone);
    }

    [Fact]
    public async Task Dyad_InvalidQuery_NamesEveryProblem()
    {
        var q = new DyadQuery { ActorA = "Israel", ActorB = "Israel", From = Monday.AddDays(5), To = Monday, MinMentions = 0, Roots = ["21"] };

        var problems = q.Check();

        Assert.Equal(6, problems.Count); // A, B, A = B, from > to, min-mentions, root
        await Assert.ThrowsAsync<ArgumentException>(() => Store().DyadAsync(q));
    }

    [FsCheck.Xunit.Property]
    public Property Measures_AlwaysReconcile(NonNegativeInt a, NonNegativeInt b, NonNegativeInt c, NonNegativeInt d, NormalFloat pos, NormalFloat neg)
    {
        var counts = Week(0, a.Get, b.Get, c.Get, d.Get, gpos: Math.Abs(pos.Get), gneg: -Math.Abs(neg.Get));
        var p = Store(counts).DyadAsync(new DyadQuery { ActorA = "ISR", ActorB = "USA", From = Monday, To = Monday }).GetAwaiter().GetResult().Points.Single();
        return (p.Events == p.N1 + p.N2 + p.N3 + p.N4
                && p.NetCoop == p.N1 + (2 * p.N2) - p.N3 - (2 * p.N4)
                && Math.Abs(p.GoldsteinSum!.Value - (p.GoldsteinPos!.Value + p.GoldsteinNeg!.Value)) < 1e-9
                && p.GoldsteinNeg <= 0 && p.GoldsteinPos >= 0).ToProperty();
    }

    [Theory]
    [InlineData("2021-11-03", Period.Week, "2021-11-01")]
    [InlineData("2021-11-07", Period.Week, "2021-11-01")]
    [InlineData("2021-11-08", Period.Week, "2021-11-08")]
    [InlineData("2021-11-30", Period.Month, "2021-11-01")]
    [InlineData("2022-01-01", Period.Week, "2021-12-27")]
    public void Start_Periods_AreIsoWeeksAndCalendarMonths(string date, Period by, string start) =>
        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), by.Start(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
}
