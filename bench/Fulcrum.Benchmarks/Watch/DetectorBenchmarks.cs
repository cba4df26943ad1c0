using BenchmarkDotNet.Attributes;
using Fulcrum.Core.Randomness;
using Fulcrum.Core.Time;
using Fulcrum.Detection;
using Fulcrum.Detection.ChangePoint;
using Fulcrum.Detection.Cusum;

namespace Fulcrum.Benchmarks.Watch;

/// <summary>
/// The detectors over ten years of daily points (3,650), with a change in the middle. Target:
/// BOCPD under 50 ms (issue 5). The Gaussian CUSUM is the baseline: one pass, O(window) per point.
/// </summary>
[MemoryDiagnoser]
public class DetectorBenchmarks
{
    private const int Days = 3650;
    private Series _scores = null!;
    private Series _counts = null!;
    private GaussianCusum _cusum = null!;
    private PoissonCusum _poissonCusum = null!;
    private Bocpd _bocpd = null!;
    private Bocpd _bocpdPoisson = null!;

    [GlobalSetup]
    public void Setup()
    {
        var rng = new SeededRandom(2022);
        var start = new DateOnly(2012, 1, 1);
        var dates = Enumerable.Range(0, Days).Select(start.AddDays).ToArray();
        _scores = new Series("scores", Period.Day, dates, dates.Select((_, i) => rng.NextStandardNormal() + (i >= Days / 2 ? 1.5 : 0)), "benchmark");
        _counts = new Series("counts", Period.Day, dates, dates.Select((_, i) => (double)Poisson(rng, i >= Days / 2 ? 30 : 20)), "benchmark");
        _cusum = new GaussianCusum();
        _poissonCusum = new PoissonCusum();
        _bocpd = new Bocpd();
        _bocpdPoisson = new Bocpd(new BocpdOptions { Model = BocpdModel.Poisson });
    }

    private static int Poisson(SeededRandom rng, double lambda)
    {
        var (u, p, k) = (rng.NextDouble(), Math.Exp(-lambda), 0);
        var cumulative = p;
        while (u > cumulative) cumulative += p *= lambda / ++k;
        return k;
    }

    [Benchmark(Baseline = true)]
    public int GaussianCusum3650() => _cusum.Detect(_scores).Alarms.Count;

    [Benchmark]
    public int PoissonCusum3650() => _poissonCusum.Detect(_counts).Alarms.Count;

    [Benchmark]
    public int BocpdNormal3650() => _bocpd.Detect(_scores).Alarms.Count;

    [Benchmark]
    public int BocpdPoisson3650() => _bocpdPoisson.Detect(_counts).Alarms.Count;
}
