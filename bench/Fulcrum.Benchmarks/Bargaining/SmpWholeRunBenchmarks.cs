using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Fulcrum.Bargaining;
using Fulcrum.Bargaining.Smp;

namespace Fulcrum.Benchmarks.Bargaining;

/// <summary>
/// One whole SMP run of 1,000 actors (issue 16's target: under 60 s on the 2-core machine), KTAB's
/// a160 replicated with seeded jitter (<see cref="ScaledKtabTables"/>), default parameters and
/// seed, to KTAB's stop rule (41 turns), all cores. Measured once per iteration: a run takes tens
/// of seconds, so there is no warm-up and the JIT's first compilation is part of the time, as in a
/// command-line run.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 2)]
public class SmpWholeRunBenchmarks
{
    private ActorTable _table = null!;
    private readonly BargainRunSettings _settings = new(SmpParameters.KtabDefaultSeed);

    [GlobalSetup]
    public void Setup() => _table = ScaledKtabTables.Load(1000);

    [Benchmark(Baseline = true)]
    public int Actors1000AllCores() => new SmpModel().Run(_table, _settings).TurnCount;
}
