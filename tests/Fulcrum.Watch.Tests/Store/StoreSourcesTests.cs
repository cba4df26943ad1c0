using System.Globalization;
using Fulcrum.Core.Evidence;
using Fulcrum.Core.Time;
using Fulcrum.Detection;
using Fulcrum.Detection.Cusum;
using Fulcrum.Events.Dyads;
using Fulcrum.Events.Tests;
using Fulcrum.Scenario.Loading;
using Fulcrum.Watch.Balance;
using Fulcrum.Watch.Signposts;
using Fulcrum.Watch.Sources;

namespace Fulcrum.Watch.Tests.Store;

public class StoreSourcesTests(StoreFixture fixture) : IClassFixture<StoreFixture>
{
    private static readonly DyadQuery IsrUsa = new() { ActorA = "ISR", ActorB = "USA", By = Period.Day };

    /// <summary>The ISR-USA Goldstein sum of day d, from the fixture rows directly (not through the store).</summary>
    private static double Expected(int day)
    {
        var rows = Fixture.Fields(Fixture.Gdelt2Days[day % 3]).Where(f => (f[7], f[17]) is ("ISR", "USA") or ("USA", "ISR"));
        if (day >= StoreData.StepDay) rows = rows.Where(f => f[29] is "3" or "4");
        return rows.Sum(f => double.Parse(f[30], CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Load_Daily_IsTheGoldsteinSumOfEachDay()
    {
        var series = (await StoreSeries.LoadAsync(fixture.Store, IsrUsa, DyadMeasure.GoldsteinSum)).Series;
        Assert.Equal(("ISR-USA goldstein_sum", Period.Day, Polarity.HigherIsBetter, StoreData.Days), (series.Name, series.Period, series.Polarity, series.Count));
        Assert.Equal(211.5, series.Values[0], 9); // 13 Nov 2020 (DyadCommandTests)
        for (var d = 0; d < StoreData.Days; d++) Assert.Equal(Expected(d), series.Values[d], 9);
        Assert.Equal(StoreData.Start, series.Dates[0]);
    }

    [Fact]
    public async Task Load_Weekly_DropsThePartialFirstAndLastWeeks()
    {
        // 1 September 2021 is a Wednesday and 9 November a Tuesday: the full weeks run from 6 September to 7 November.
        var series = (await StoreSeries.LoadAsync(fixture.Store, IsrUsa with { By = Period.Week }, DyadMeasure.GoldsteinSum)).Series;
        Assert.Equal((new DateOnly(2021, 9, 6), new DateOnly(2021, 11, 1), 9), (series.Dates[0], series.Dates[^1], series.Count));
        Assert.Equal(Enumerable.Range(5, 7).Sum(Expected), series.Values[0], 9);
    }

    [Fact]
    public async Task Load_ConflictCounts_AreWorseHigher() =>
        Assert.Equal(Polarity.HigherIsWorse, (await StoreSeries.LoadAsync(fixture.Store, IsrUsa, DyadMeasure.N4)).Series.Polarity);

    [Theory]
    [InlineData(2)]   // a few alarms: looked up one by one
    [InlineData(7)]   // many: one pass over the store
    public async Task EventsBehind_ManyAlarms_EqualTheirEventsOneByOne(int count)
    {
        var series = (await StoreSeries.LoadAsync(fixture.Store, IsrUsa, DyadMeasure.GoldsteinSum)).Series;
        var alarm = new GaussianCusum().Detect(series).Alarms.First();
        var alarms = Enumerable.Range(0, count).Select(i => alarm with { Onset = series.Dates[i * 3], Date = series.Dates[i * 3 + 2] }).ToList();
        var evidence = new StoreEvidence(fixture.Store, IsrUsa);

        var together = await evidence.EventsBehindAsync(series, alarms, 5);
        var oneByOne = new List<IReadOnlyList<EvidenceEvent>>();
        foreach (var a in alarms) oneByOne.Add((await evidence.EventsBehindAsync(series, [a], 5))[0]);

        Assert.Equal(count, together.Count);
        Assert.Equal(oneByOne.Select(list => list.Select(e => e.EventId)), together.Select(list => list.Select(e => e.EventId)));
        Assert.All(together, list => Assert.NotEmpty(list));
    }

    [Fact]
    public async Task EventsBehind_AnAlarm_AreTheDyadsEventsFromOnsetToAlarm()
    {
        var series = (await StoreSeries.LoadAsync(fixture.Store, IsrUsa, DyadMeasure.GoldsteinSum)).Series;
        var alarm = new GaussianCusum().Detect(series).Alarms.First(a => a.Direction == Direction.Down);
        Assert.InRange(alarm.Date, StoreData.Start.AddDays(StoreData.StepDay), StoreData.Start.AddDays(StoreData.StepDay + 5));
        var events = (await new StoreEvidence(fixture.Store, IsrUsa).EventsBehindAsync(series, [alarm], 20))[0];
        Assert.NotEmpty(events);
        Assert.True(events.Count <= 20);
        Assert.All(events, e =>
        {
            Assert.InRange(e.EventDate, alarm.Onset, alarm.Date);
            Assert.StartsWith("http", e.SourceUrl!, StringComparison.Ordinal);
            Assert.StartsWith("3", e.EventId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
            Assert.True(e.EventCode.Length >= 3);
        });
    }

    [Fact]
    public async Task Signposts_EventIndicatorOnTheStore_FiresWithTheEventsBehindIt()
    {
        var c = CaseLoader.LoadText(TestCases.Text("""
              - id: isr_usa_events
                name: The ISR-USA Goldstein sum in the store falls
                indicator: {kind: events, dyad: [ISR, USA], measure: goldstein_sum}
                rule: {kind: change, method: cusum, direction: down}
                effect:
                  likelihood_ratios: {no_invasion: 0.8, limited_incursion: 1.1, full_invasion: 1.3}
                source: test
            """), "test").ValueOrThrow();
        var data = await SignpostSources.LoadAsync(c, new SeriesCatalog(null), fixture.Store, StoreData.Last);
        var report = await SignpostBoard.EvaluateAsync(c, data, StoreData.Last);
        var r = report.Readings.Single(x => x.Id == "isr_usa_events");
        Assert.Equal(SignpostState.Fired, r.State);
        Assert.Equal("store ISR-USA goldstein_sum by day", r.Evidence.Origin);
        Assert.NotEmpty(r.Evidence.Alarm!.Evidence.Events!);
        Assert.Equal(["isr_usa_events"], report.Update.MovedBy);
        // As of the case's own date the store's data (to 9 November) are older than the 28-day window.
        var late = (await SignpostBoard.EvaluateAsync(c, data, c.AsOf)).Readings.Single(x => x.Id == "isr_usa_events");
        Assert.Equal(SignpostState.NoData, late.State);
        Assert.Contains("ends 2021-11-09", late.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Balance_StoreFastMeasure_StandardisesTheStoresDailySums()
    {
        var c = CaseLoader.LoadBuiltIn("israel-2022").ValueOrThrow();
        c = c with { AsOf = StoreData.Last, Relations = c.Relations with { Fast = "store:goldstein_sum" } };
        var fast = await RelationSources.FastAsync(c, new SeriesCatalog(null), fixture.Store, c.AsOf);
        var sheet = BalanceSheets.Build(c, fast, RelationSources.Slow(c));
        var usa = Enumerable.Range(0, StoreData.Days).Select(Expected).ToList();
        var last = sheet.Fast.Rows[^1];
        var baseline = usa.Skip(StoreData.Days - 61).Take(60).ToList();
        var mean = baseline.Average();
        var sd = Math.Sqrt(baseline.Sum(v => (v - mean) * (v - mean)) / 59);
        Assert.Equal((usa[^1] - mean) / sd, last.Relations[0].Z!.Value, 9);
        Assert.StartsWith("store goldstein_sum", sheet.Fast.Measure, StringComparison.Ordinal);
    }
}
