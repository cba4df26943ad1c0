using System.Text;
using BenchmarkDotNet.Attributes;
using Fulcrum.Core.Randomness;
using Fulcrum.Elicitation.Ahp;

namespace Fulcrum.Benchmarks.Elicitation;

/// <summary>
/// AHP on 12 criteria (issue 14: under 10 ms). Two fixed-seed matrices: "elicited" (judgements the
/// scale value nearest to a ratio of true weights times log-normal noise, as a careful analyst gives,
/// CR just above 0.10 so the revision search runs) and "random" (every judgement drawn from the
/// scale: CR near 1, the worst case). Baseline: the row geometric means alone.
/// </summary>
[MemoryDiagnoser]
public class AhpBenchmarks
{
    private static readonly AhpOptions NoRevisions = new() { Revisions = 0 };
    private PairwiseMatrix _elicited = null!;
    private PairwiseMatrix _random = null!;
    private string _csv = "";

    [GlobalSetup]
    public void Setup()
    {
        var ids = Enumerable.Range(0, 12).Select(i => $"criterion_{i}").ToList();
        var rng = new SeededRandom(14);
        var truth = ids.Select((_, i) => 1.0 + i * 0.6).ToArray();
        for (var seed = 1UL; ; seed++)
        {
            var noise = new SeededRandom(seed);
            _elicited = PairwiseMatrix.Build(ids, (i, j) => SaatyScale.Nearest(truth[i] / truth[j] * Math.Exp(0.35 * noise.NextStandardNormal())));
            if (AhpAnalysis.Analyze(_elicited, NoRevisions).ConsistencyRatio > 0.10) break;
        }
        _random = PairwiseMatrix.Build(ids, (_, _) => SaatyScale.Values[rng.NextInt(SaatyScale.Values.Count)]);
        var csv = new StringBuilder("," + string.Join(",", ids) + "\n");
        for (var i = 0; i < 12; i++)
            csv.Append(ids[i]).Append(',').AppendJoin(",", Enumerable.Range(0, 12).Select(j => j < i ? "" : SaatyScale.Format(_elicited[i, j]))).Append('\n');
        _csv = csv.ToString();
    }

    [Benchmark(Baseline = true)]
    public IReadOnlyList<double> GeometricMean12() => AhpAnalysis.GeometricMean(_elicited);

    [Benchmark]
    public AhpResult Eigenvector12_NoRevisions() => AhpAnalysis.Analyze(_elicited, NoRevisions);

    [Benchmark]
    public AhpResult Full12_Elicited() => AhpAnalysis.Analyze(_elicited);

    [Benchmark]
    public AhpResult Full12_Random() => AhpAnalysis.Analyze(_random);

    [Benchmark]
    public AhpResult ReadCsvAndAnalyze12() => AhpAnalysis.Analyze(AhpCsvReader.Parse(_csv, "bench.csv").ValueOrThrow());

}
