using BenchmarkDotNet.Attributes;
using Fulcrum.Decision;
using Fulcrum.Decision.Internal;
using Fulcrum.Scenario.Model;

namespace Fulcrum.Benchmarks.Decision;

/// <summary>
/// The founding case (6 options, 7 interests, 3 scenarios, 1 factor), 100,000 draws. The baseline is
/// the bare sampling loop on one core into preallocated storage (its allocations are the loop's
/// own); then the same on every core, the per-option measures (issue item 2, everything allocated
/// included), and the full examine with tornado, switching values and EVPI.
/// </summary>
[MemoryDiagnoser]
public class AppraisalBenchmarks
{
    private const int Draws = 100_000;
    private Case _case = null!;
    private DrawKernel _kernel = null!;
    private int _blocks;

    [GlobalSetup]
    public void Setup()
    {
        _case = FoundingCase.Answered();
        var model = CompiledCase.Compile(_case, ScenarioProbabilities.Priors(_case)).ValueOrThrow();
        _kernel = new DrawKernel(model, new DrawStore(model, Draws, 20), 42);
        _blocks = (Draws + AppraisalOptions.BlockSize - 1) / AppraisalOptions.BlockSize;
    }

    [Benchmark(Baseline = true)]
    public void DrawsOneCore()
    {
        for (var b = 0; b < _blocks; b++) _kernel.RunBlock(b);
    }

    [Benchmark]
    public void DrawsAllCores() => Parallel.For(0, _blocks, _kernel.RunBlock);

    [Benchmark]
    public Appraisal MeasuresAllCores() =>
        Appraiser.Appraise(_case, new AppraisalOptions { Draws = Draws, Sensitivity = false }).Value!;

    [Benchmark]
    public Appraisal FullExamine() =>
        Appraiser.Appraise(_case, new AppraisalOptions { Draws = Draws }).Value!;
}
