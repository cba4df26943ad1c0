using BenchmarkDotNet.Attributes;
using Fulcrum.Core.Time;
using Fulcrum.Detection;
using Fulcrum.Detection.ChangePoint;
using Fulcrum.Detection.Cusum;
using Fulcrum.Events.Dyads;
using Fulcrum.Scenario.BuiltIn;
using Fulcrum.Scenario.Loading;
using Fulcrum.Scenario.Model;
using Fulcrum.Store.DuckDb;
using Fulcrum.Watch.Signposts;
using Fulcrum.Watch.Sources;

namespace Fulcrum.Benchmarks.Watch;

/// <summary>
/// All alarms of a case over a store of 10 million events (WatchBenchData: real GDELT 2.0 rows copied a
/// week apart with fresh IDs, in half-year regimes of different volume). Target: under 1 s (issue 5). The case is the founding
/// case with its four dyad signposts (RUS-UKR, RUS-USA, ISR-USA, ISR-RUS) read from the store as
/// daily Goldstein sums, judged as of the store's last day (about 7,500-11,000 days per series). The baseline is the floor: reading the
/// four daily series from the store.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 10)]
public class StoreAlarmBenchmarks
{
    private static readonly string[][] Dyads = [["RUS", "UKR"], ["RUS", "USA"], ["ISR", "USA"], ["ISR", "RUS"]];

    private DuckDbEventStore _store = null!;
    private Case _case = null!;
    private DateOnly _asOf;
    private DyadQuery[] _queries = null!;

    [GlobalSetup]
    public void Setup()
    {
        _store = DuckDbEventStore.Open(WatchBenchData.RegimeStore(10_000_000), new DuckDbStoreOptions { ReadOnly = true }).ValueOrThrow();
        var coverage = _store.Coverage();
        Console.WriteLine($"// store: {coverage}");
        _asOf = coverage.LastDate!.Value;
        var text = BuiltInCases.Text("israel-2022")!;
        foreach (var d in Dyads)
            text = text.Replace($"{{kind: series, file: \"builtin:gdelt-dyads\", series: {d[0]}-{d[1]}}}", $"{{kind: events, dyad: [{d[0]}, {d[1]}], measure: goldstein_sum}}", StringComparison.Ordinal);
        _case = CaseLoader.LoadText(text, "bench").ValueOrThrow();
        if (_case.Signposts.Count(s => s.Indicator is EventIndicator) != 4) throw new InvalidOperationException("the case should read four dyads from the store");
        _queries = [.. Dyads.Select(d => new DyadQuery { ActorA = d[0], ActorB = d[1], By = Period.Day, To = _asOf })];
        var report = AllSignposts().GetAwaiter().GetResult();
        Console.WriteLine("// " + string.Join("; ", report.Readings.Select(r => $"{r.Id} {r.State} {r.Evidence.Alarm?.Evidence.Events?.Count}")));
        Console.WriteLine($"// alarms with evidence: cusum {AllCusumAlarmsWithEvidence().GetAwaiter().GetResult()}, cusum and bocpd {AllAlarmsOfBothDetectorsWithEvidence().GetAwaiter().GetResult()}");
    }

    [GlobalCleanup]
    public void Cleanup() => _store.Dispose();

    [Benchmark(Baseline = true)]
    public async Task<int> LoadFourDailySeries()
    {
        var points = 0;
        foreach (var q in _queries) points += (await StoreSeries.LoadAsync(_store, q, DyadMeasure.GoldsteinSum)).Series.Count;
        return points;
    }

    /// <summary>What <c>fulcrum signposts --db</c> does: load, detect, judge, and the events behind each deciding alarm.</summary>
    [Benchmark]
    public async Task<int> AllSignpostsOfTheCase() => (await AllSignposts()).Readings.Count;

    private async Task<SignpostReport> AllSignposts() =>
        await SignpostBoard.EvaluateAsync(_case, await SignpostSources.LoadAsync(_case, new SeriesCatalog(null), _store, _asOf), _asOf);

    /// <summary>Every alarm the case's detector (the CUSUM) raises on the four series over the whole store, each with the events behind it.</summary>
    [Benchmark]
    public Task<int> AllCusumAlarmsWithEvidence() => Alarms(new GaussianCusum());

    /// <summary>Every alarm of the CUSUM and of BOCPD on the four series, each with the events behind it.</summary>
    [Benchmark]
    public Task<int> AllAlarmsOfBothDetectorsWithEvidence() => Alarms(new GaussianCusum(), new Bocpd());

    private async Task<int> Alarms(params IChangeDetector[] detectors)
    {
        var alarms = 0;
        foreach (var q in _queries)
        {
            var series = (await StoreSeries.LoadAsync(_store, q, DyadMeasure.GoldsteinSum)).Series;
            var evidence = new StoreEvidence(_store, q);
            foreach (var detector in detectors)
                alarms += (await AlarmScan.RunAsync([series], detector, null, evidence)).Alarms.Count;
        }
        return alarms;
    }
}
