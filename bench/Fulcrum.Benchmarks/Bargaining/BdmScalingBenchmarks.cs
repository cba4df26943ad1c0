using BenchmarkDotNet.Attributes;
using Fulcrum.Bargaining;
using Fulcrum.Bargaining.Bdm;
using Fulcrum.Core.Randomness;

namespace Fulcrum.Benchmarks.Bargaining;

/// <summary>
/// The BDM model on N actors for 20 rounds (the target: 100 actors × 20 rounds under 100 ms):
/// the reference replication's reading (baseline) against the paper's. Actors are drawn with a
/// fixed seed: positions uniform on 0–100, capability 1–10, salience 10–100. The early stops are
/// switched off so that every run plays exactly 20 rounds (checked in setup).
/// </summary>
[MemoryDiagnoser]
public class BdmScalingBenchmarks
{
    private const int Rounds = 20;
    private static readonly BargainRunSettings Settings = new(Seed: 0, MaxTurns: Rounds);
    private readonly BdmModel _paper = new(BdmOptions.Paper with { MedianTolerance = null });
    private readonly BdmModel _scholzCode = new(BdmOptions.ScholzCode);
    private ActorTable _table = null!;

    [Params(10, 25, 50, 100, 200)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new SeededRandom(20110401);
        _table = new ActorTable
        {
            Scenario = $"random-{N}",
            Dimensions = ["Position"],
            Actors = [.. Enumerable.Range(0, N).Select(i => new BargainingActor(
                $"A{i:D3}", "", 1 + 9 * random.NextDouble(), [Math.Round(100 * random.NextDouble(), 2)], [Math.Round(10 + 90 * random.NextDouble())]))],
        };
        foreach (var model in new[] { _paper, _scholzCode })
            if (model.Run(_table, Settings).TurnCount != Rounds)
                throw new InvalidOperationException($"{model.Options.Compat} stopped before {Rounds} rounds on N = {N}: pick another seed");
    }

    [Benchmark(Baseline = true)]
    public Trajectory ScholzCode() => _scholzCode.Run(_table, Settings);

    [Benchmark]
    public Trajectory Paper() => _paper.Run(_table, Settings);
}
