using BenchmarkDotNet.Attributes;
using Fulcrum.Core.Randomness;

namespace Fulcrum.Benchmarks.Core;

/// <summary>Fulcrum's seeded generator against System.Random with a seed (the legacy algorithm).</summary>
[MemoryDiagnoser]
public class SeededRandomBenchmarks
{
    private const int N = 1_000_000;
    private Random _system = null!;
    private SeededRandom _seeded = null!;

    [GlobalSetup]
    public void Setup()
    {
        _system = new Random(42);
        _seeded = new SeededRandom(42);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = N)]
    public double SystemRandomSeeded()
    {
        var sum = 0.0;
        for (var i = 0; i < N; i++) sum += _system.NextDouble();
        return sum;
    }

    [Benchmark(OperationsPerInvoke = N)]
    public double SeededRandomNextDouble()
    {
        var sum = 0.0;
        for (var i = 0; i < N; i++) sum += _seeded.NextDouble();
        return sum;
    }
}
