using BenchmarkDotNet.Attributes;
using Fulcrum.Core.Randomness;
using Fulcrum.Decision;
using Fulcrum.Decision.Discovery;
using Fulcrum.Scenario.Model;

namespace Fulcrum.Benchmarks.Decision;

/// <summary>
/// PRIM over 100,000 points and 20 dimensions (18 uniform, two categorical) with a failure box on
/// three of them; and scenario discovery on the founding case (100,000 draws, 18 dimensions).
/// </summary>
[MemoryDiagnoser]
public class PrimBenchmarks
{
    private const int N = 100_000;
    private PrimData _data = null!;
    private Case _case = null!;

    [GlobalSetup]
    public void Setup()
    {
        var r = new SeededRandom(3);
        var columns = Enumerable.Range(0, 20).Select(_ => new double[N]).ToArray();
        var outcome = new bool[N];
        for (var i = 0; i < N; i++)
        {
            for (var j = 0; j < 18; j++) columns[j][i] = r.NextDouble();
            columns[18][i] = r.NextInt(3);
            columns[19][i] = r.NextInt(2);
            outcome[i] = (columns[0][i] > 0.6 && columns[1][i] < 0.5 && columns[18][i] == 1) || r.NextDouble() < 0.03;
        }
        var dims = Enumerable.Range(0, 18).Select(j => new PrimDimension($"x{j}"))
            .Append(new PrimDimension("scenario", ["a", "b", "c"])).Append(new PrimDimension("signpost", ["clears", "fires"])).ToList();
        _data = new PrimData(dims, columns, outcome);
        _case = FoundingCase.Answered();
    }

    [Benchmark(Baseline = true)]
    public IReadOnlyList<PrimBox> Prim20Dimensions() => Prim.Find(_data, new PrimOptions());

    [Benchmark]
    public Discovery DiscoverFoundingCase() =>
        ScenarioDiscovery.Discover(_case, ScenarioProbabilities.Priors(_case), new AppraisalOptions { Draws = N }, new DiscoveryTarget()).Value!;
}
