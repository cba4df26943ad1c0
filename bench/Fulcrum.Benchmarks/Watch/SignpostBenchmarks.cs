using BenchmarkDotNet.Attributes;
using Fulcrum.Scenario.Loading;
using Fulcrum.Scenario.Model;
using Fulcrum.Watch.Balance;
using Fulcrum.Watch.Signposts;
using Fulcrum.Watch.Sources;

namespace Fulcrum.Benchmarks.Watch;

/// <summary>
/// The founding case's seven signposts, what <c>fulcrum examine</c> adds before its Monte Carlo: judging them
/// on loaded data (the baseline), and loading the series they read (the shipped GDELT dyad scores, the UN-vote
/// alignment) first. The UN roll calls are read once per process (ReadShippedData in AlignmentBenchmarks).
/// The balance sheet of the case, from loaded series, for comparison.
/// </summary>
[MemoryDiagnoser]
public class SignpostBenchmarks
{
    private Case _case = null!;
    private IReadOnlyDictionary<string, SignpostData> _data = null!;
    private RelationInput _fast = null!;
    private RelationInput _slow = null!;

    [GlobalSetup]
    public void Setup()
    {
        _case = CaseLoader.LoadBuiltIn("israel-2022").ValueOrThrow();
        _data = SignpostSources.LoadAsync(_case, new SeriesCatalog(null), null, _case.AsOf).GetAwaiter().GetResult();
        _fast = RelationSources.FastAsync(_case, new SeriesCatalog(null), null, _case.AsOf).GetAwaiter().GetResult();
        _slow = RelationSources.Slow(_case);
    }

    [Benchmark(Baseline = true)]
    public async Task<int> EvaluateFoundingCase() => (await SignpostBoard.EvaluateAsync(_case, _data, _case.AsOf)).Readings.Count;

    [Benchmark]
    public async Task<int> LoadAndEvaluateFoundingCase() =>
        (await SignpostBoard.EvaluateAsync(_case, await SignpostSources.LoadAsync(_case, new SeriesCatalog(null), null, _case.AsOf), _case.AsOf)).Readings.Count;

    [Benchmark]
    public int BalanceSheetFoundingCase() => BalanceSheets.Build(_case, _fast, _slow).Fast.Rows.Count;
}
