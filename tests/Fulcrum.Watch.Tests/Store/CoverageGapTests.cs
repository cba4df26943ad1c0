using Fulcrum.Core.Time;
using Fulcrum.Detection;
using Fulcrum.Detection.Cusum;
using Fulcrum.Events.Dyads;
using Fulcrum.Events.Store;
using Fulcrum.Events.Tests;
using Fulcrum.Store.DuckDb;
using Fulcrum.Watch.Signposts;
using Fulcrum.Watch.Sources;

namespace Fulcrum.Watch.Tests.Store;

/// <summary>
/// A store holding two separate months of real GDELT rows (<see cref="StoreData"/>: June 2021, and
/// 1 September to 15 October 2021, two files): July and August are no data, not zero, and no alarm,
/// z-score or signpost is computed across the gap.
/// </summary>
public sealed class CoverageGapTests : IDisposable
{
    private static readonly DateOnly June = new(2021, 6, 1), Autumn = new(2021, 9, 1), End = new(2021, 10, 15);

    private readonly TempFolder _temp = Fixture.Temp();

    private readonly DuckDbEventStore _store;

    public CoverageGapTests()
    {
        _store = DuckDbEventStore.Open(_temp.File("store.duckdb")).ValueOrThrow();
        foreach (var (start, days, name) in new[] { (June, 30, "june.export.CSV"), (Autumn, 45, "autumn.export.CSV") })
        {
            var result = _store.Ingest(new IngestRequest(StoreData.WriteExport(_temp, start, days, name, step: false)));
            Assert.Equal(IngestStatus.Ingested, result.Status);
        }
    }

    private IEventStore Store => _store;

    private static DyadQuery Query(DyadNormalization normalize = DyadNormalization.None) =>
        new() { ActorA = "ISR", ActorB = "USA", By = Period.Day, From = June, To = End, Normalize = normalize };

    [Fact]
    public async Task CoverageAsync_TwoFiles_GivesTheirTwoSpansByDateAdded()
    {
        var coverage = await Store.CoverageAsync();
        Assert.Equal([new CoveredSpan(June, new DateOnly(2021, 6, 30)), new CoveredSpan(Autumn, End)], coverage.Spans);
        Assert.Equal(new DateOnly(2021, 7, 1), coverage.NoDataSince(new DateOnly(2021, 8, 15)));
        Assert.Null(coverage.NoDataSince(new DateOnly(2021, 9, 15)));
    }

    [Fact]
    public async Task DyadAsync_TheGap_IsNoDataWithNullMeasures()
    {
        var series = await Store.DyadAsync(Query());
        Assert.Equal(137, series.Points.Count);
        var gap = series.Points.Where(p => p.PeriodStart.Month is 7 or 8).ToList();
        Assert.Equal(62, gap.Count);
        Assert.All(gap, p => Assert.False(p.Covered));
        Assert.All(gap, p => Assert.All(DyadMeasures.All, m => Assert.Null(p.Value(m))));
        var data = series.Points.Where(p => p.PeriodStart.Month is not (7 or 8)).ToList();
        Assert.All(data, p => Assert.True(p.Covered));
        Assert.All(data, p => Assert.NotNull(p.Events));
        Assert.True(data.Sum(p => p.Events!.Value) > 0);
    }

    [Fact]
    public async Task DyadAsync_Zscores_AreNullWhileTheBaselineReachesIntoTheGap()
    {
        var series = await Store.DyadAsync(Query(DyadNormalization.Zscore) with { Baseline = 28 });
        var autumn = series.Points.Where(p => p.PeriodStart >= Autumn).ToList();
        Assert.All(autumn.Take(28), p => Assert.Null(p.GoldsteinSum));
        Assert.Contains(autumn.Skip(28), p => p.GoldsteinSum is not null);
    }

    [Fact]
    public async Task Detect_BySegment_ComputesNothingAcrossTheGap()
    {
        var loaded = await StoreSeries.LoadAsync(Store, Query(), DyadMeasure.GoldsteinSum);
        var series = loaded.Series;
        Assert.Equal(30 + 45, series.Count);
        Assert.Equal([Autumn], series.Breaks);
        var run = new GaussianCusum().DetectBySegment(series);
        // The autumn segment gathers its own 28-day baseline: no statistic for its first 28 days, and no alarm in them.
        Assert.All(Enumerable.Range(30, 28), i => Assert.True(double.IsNaN(run.Up[i]) && double.IsNaN(run.Down[i]), $"{series.Dates[i]}"));
        Assert.DoesNotContain(run.Alarms, a => a.Date >= Autumn && a.Date < Autumn.AddDays(28));
        // Run over the points as if they were consecutive (the gap ignored), the detector would test them against June.
        var across = new GaussianCusum().Detect(new Series(series.Name, series.Period, series.Dates, series.Values, series.Source));
        Assert.False(double.IsNaN(across.Up[30]));
    }

    [Fact]
    public async Task Evaluate_AsOfInsideTheGap_IsNoDataSinceItsFirstDay()
    {
        var loaded = await StoreSeries.LoadAsync(Store, Query(), DyadMeasure.GoldsteinSum);
        var r = SignpostEvaluator.Evaluate(Make.Change("c"), SignpostData.Of("store ISR-USA goldstein_sum by day", loaded.Series), new DateOnly(2021, 8, 15));
        Assert.Equal(SignpostState.NoData, r.State);
        Assert.Contains("no data since 2021-07-01", r.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_SoonAfterTheGap_IsNoDataUntilABaselineIsRebuilt()
    {
        var loaded = await StoreSeries.LoadAsync(Store, Query(), DyadMeasure.GoldsteinSum);
        var data = SignpostData.Of("store ISR-USA goldstein_sum by day", loaded.Series);
        var soon = SignpostEvaluator.Evaluate(Make.Change("c"), data, new DateOnly(2021, 9, 10));
        Assert.Equal(SignpostState.NoData, soon.State);
        Assert.Contains("since the data resumed on 2021-09-01", soon.Reason, StringComparison.Ordinal);
        var later = SignpostEvaluator.Evaluate(Make.Change("c"), data, End);
        Assert.NotEqual(SignpostState.NoData, later.State);
        Assert.True(later.Since >= Autumn.AddDays(28), $"{later.Since}: {later.Reason}");
    }

    /// <summary>
    /// The balance sheet's fast relation read from the store (a 14-day baseline): the autumn stretch
    /// gathers its own baseline, so its first 14 days have no z (computed across the gap, they would
    /// be measured against June); as of a day inside the gap, the relation says no data since 1 July.
    /// </summary>
    [Fact]
    public async Task Balance_FastFromTheStore_NoZScoreAcrossTheGapAndNoDataSinceInsideIt()
    {
        var c = Scenario.Loading.CaseLoader.LoadBuiltIn("israel-2022").ValueOrThrow();
        c = c with { Relations = c.Relations with { Fast = "store:goldstein_sum", BaselineDays = 14 } };
        var usa = c.Powers.ToList().IndexOf("USA");
        var sheet = Watch.Balance.BalanceSheets.Build(c, await RelationSources.FastAsync(c, new SeriesCatalog(null), Store, End), RelationSources.Slow(c), asOf: End);
        var autumn = sheet.Fast.Rows.Where(r => r.Date >= Autumn).ToList();
        Assert.Equal(45, autumn.Count);
        Assert.All(autumn.Take(14), r => Assert.Null(r.Relations[usa].Z));
        Assert.All(autumn.Skip(14), r => Assert.NotNull(r.Relations[usa].Z));
        Assert.Contains(sheet.Fast.Rows, r => r.Date.Month == 6 && r.Relations[usa].Z is not null);

        var inGap = new DateOnly(2021, 8, 15);
        var early = Watch.Balance.BalanceSheets.Build(c, await RelationSources.FastAsync(c, new SeriesCatalog(null), Store, inGap), RelationSources.Slow(c), asOf: inGap);
        Assert.Equal(new DateOnly(2021, 7, 1), early.Fast.Series[usa].NoDataSince);
        Assert.Contains(early.Fast.Notes, n => n.Contains("no data since 2021-07-01", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        _store.Dispose();
        _temp.Dispose();
    }
}
