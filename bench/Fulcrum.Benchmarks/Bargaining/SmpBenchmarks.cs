using BenchmarkDotNet.Attributes;
using Fulcrum.Bargaining;
using Fulcrum.Bargaining.Input;
using Fulcrum.Bargaining.Smp;

namespace Fulcrum.Benchmarks.Bargaining;

/// <summary>
/// KTAB's spatial model on KTAB's scaling inputs (40, 80, 160 actors, one dimension), default
/// parameters and seed, run to KTAB's stop rule. Baseline: one core; then all cores (same result).
/// KTAB smpc on this class of machine: a040 10.7 s, a080 157 s, a160 unfinished after 7 min.
/// </summary>
[MemoryDiagnoser]
public class SmpBenchmarks
{
    private ActorTable _table = null!;
    private readonly BargainRunSettings _settings = new(SmpParameters.KtabDefaultSeed);

    [Params("a040", "a080", "a160")]
    public string Input { get; set; } = "a040";

    [GlobalSetup]
    public void Setup()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Bargaining", "Data", $"dummyData-{Input}.csv");
        _table = KtabCsvReader.Read(path).ValueOrThrow();
    }

    [Benchmark(Baseline = true)]
    public int SmpOneCore() => new SmpModel(maxDegreeOfParallelism: 1).Run(_table, _settings).TurnCount;

    [Benchmark]
    public int SmpAllCores() => new SmpModel().Run(_table, _settings).TurnCount;
}
