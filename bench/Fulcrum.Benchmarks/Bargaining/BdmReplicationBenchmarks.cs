using BenchmarkDotNet.Attributes;
using Fulcrum.Bargaining;
using Fulcrum.Bargaining.Bdm;
using Fulcrum.Bargaining.Input;

namespace Fulcrum.Benchmarks.Bargaining;

/// <summary>
/// The compatibility mode on the replication's own inputs, 10 rounds each, to set beside the Python
/// replication (jmckib @ 55f63e9 under CPython 3.11.7 on this machine: 1.7 s for the Scholz example,
/// 46 s for Sultan, because it recomputes the all-pairs denominator for every pair, O(n⁵) a round).
/// The inputs are jmckib's ExampleActors.csv and Sultan.csv, inlined.
/// </summary>
[MemoryDiagnoser]
public class BdmReplicationBenchmarks
{
    private const string Scholz = """
        Actor,Capability,Position,Salience
        Netherlands,0.08,4,0.8
        Belgium,0.08,7,0.4
        Luxembourg,0.03,4,0.2
        Germany,0.16,4,0.8
        France,0.16,10,0.6
        Italy,0.16,10,0.6
        UK,0.16,10,0.9
        Ireland,0.05,7,0.1
        Denmark,0.05,4,1.0
        Greece,0.08,7,0.7
        """;

    private const string Sultan = """
        Actor,Capability,Position,Salience
        HAWKS,0.65,14.25,0.8
        IRAN,0.85,14.20,0.85
        RUSSIA,0.55,14.20,0.65
        IPEC,0.7,14.10,0.75
        GULF,0.5,14.10,0.75
        MILITARY,0.75,14.00,0.85
        KUWAIT,0.65,14.00,0.9
        TRIBALS,0.85,13.95,0.85
        RELIGIOUS LEADERS,0.95,13.90,0.9
        BUSINESS,0.6,13.75,0.8
        SULTAN,0.95,13.40,0.95
        MAJLIS,0.45,13.35,0.75
        ABDULLAH,1.0,13.25,0.9
        FAHD,1.05,13.00,0.9
        USA,0.6,13.00,0.7
        NAZER,0.8,12.90,0.85
        EUR/JPN,0.75,12.85,0.75
        """;

    private static readonly BargainRunSettings Settings = new(Seed: 0, MaxTurns: 10);
    private readonly BdmModel _model = new(BdmOptions.ScholzCode);
    private ActorTable _scholz = null!;
    private ActorTable _sultan = null!;

    [GlobalSetup]
    public void Setup()
    {
        _scholz = BdmCsvReader.ReadText(Scholz, "ExampleActors.csv").ValueOrThrow();
        _sultan = BdmCsvReader.ReadText(Sultan, "Sultan.csv").ValueOrThrow();
    }

    [Benchmark(Baseline = true)]
    public Trajectory ScholzExample10x10() => _model.Run(_scholz, Settings);

    [Benchmark]
    public Trajectory Sultan17x10() => _model.Run(_sultan, Settings);
}
