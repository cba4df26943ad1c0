using BenchmarkDotNet.Attributes;
using Fulcrum.Decision;
using Fulcrum.Decision.Internal;

namespace Fulcrum.Benchmarks.Decision;

/// <summary>
/// The sensitivities alone on the founding case's draws (made once in the setup, 20,000 as
/// <c>./fulcrum examine --draws 20000</c> and the default 100,000): the per-scenario sums behind the
/// curves, the tornado, the switching values (the scans over each weight's, probability's and
/// limit's domain against every option) and EVPI. The baseline is one weight evaluation: one pass
/// over every draw and option, the unit the switching scan repeats.
/// </summary>
[MemoryDiagnoser]
public class SensitivityBenchmarks
{
    private CompiledCase _m = null!;
    private DrawStore _store = null!;
    private Measures _x = null!;
    private RuleCurves _curves = null!;
    private AppraisalOptions _options = null!;
    private int _a;
    private readonly double[] _weights = [.. Enumerable.Range(1, 48).Select(i => i * 0.05)];

    [Params(20_000, 100_000)]
    public int Draws { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var c = FoundingCase.Answered();
        _m = CompiledCase.Compile(c, ScenarioProbabilities.Priors(c)).ValueOrThrow();
        _options = new AppraisalOptions { Draws = Draws };
        _store = Appraiser.Sample(_m, _options);
        _x = Measures.Compute(_m, _store, _options);
        _curves = new RuleCurves(_m, _store, _x);
        _a = _curves.Base().Choice;
    }

    [Benchmark(Baseline = true)]
    public double OneWeightPass() => _curves.AtWeight(1, 0.3).Eu[0];

    /// <summary>One pass over the draws at several weights at once (SIMD lanes): what a pass costs per point evaluated.</summary>
    [Benchmark]
    [Arguments(4)]
    [Arguments(8)]
    [Arguments(16)]
    [Arguments(48)]
    public double WeightsPass(int points) => _curves.AtWeights(1, _weights.AsSpan(0, points))[0].Eu[0];

    [Benchmark]
    public object Curves() => new RuleCurves(_m, _store, _x);

    [Benchmark]
    public List<TornadoBar> TornadoBars() => Tornado.Bars(_m, _curves, _a, _options, []);

    [Benchmark]
    public List<SwitchingValue> SwitchingValues() => Switching.Values(_m, _curves, _a, _options, []);

    [Benchmark]
    public Evpi EvpiAlone() => EvpiEstimator.Compute(_m, _store, _x);

    [Benchmark]
    public Sensitivity AllSensitivities() => SensitivityAnalysis.Run(_m, _store, _x, _options);
}
