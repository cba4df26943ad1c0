using BenchmarkDotNet.Attributes;
using Fulcrum.Bargaining;
using Fulcrum.Bargaining.Smp;

namespace Fulcrum.Benchmarks.Bargaining;

/// <summary>
/// The cost of one SMP turn against the number of actors (issue 16): KTAB's scaling inputs, real
/// up to 160 actors and replicated with seeded jitter above (<see cref="ScaledKtabTables"/>), default
/// parameters and seed, run for one turn. One turn here is the first: its proposals, its queue
/// elections, and the assessment of the state before and after it (risk PCE, displayed PCE), so it
/// slightly overstates a later turn, which assesses one state. Baseline: one core.
/// </summary>
[MemoryDiagnoser]
public class SmpTurnBenchmarks
{
    private ActorTable _table = null!;
    private readonly BargainRunSettings _oneTurn = new(SmpParameters.KtabDefaultSeed, MaxTurns: 1);

    [Params(40, 80, 160, 320, 640, 1000)]
    public int Actors { get; set; } = 40;

    [GlobalSetup]
    public void Setup() => _table = ScaledKtabTables.Load(Actors);

    [Benchmark(Baseline = true)]
    public int FirstTurnOneCore() => new SmpModel(maxDegreeOfParallelism: 1).Run(_table, _oneTurn).TurnCount;

    [Benchmark]
    public int FirstTurnAllCores() => new SmpModel().Run(_table, _oneTurn).TurnCount;
}
