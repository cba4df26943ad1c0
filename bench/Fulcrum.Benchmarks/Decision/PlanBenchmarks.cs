using BenchmarkDotNet.Attributes;
using Fulcrum.Decision;
using Fulcrum.Scenario.Model;

namespace Fulcrum.Benchmarks.Decision;

/// <summary>
/// The founding case with its three plans (6 options, 7 interests, 3 scenarios, 2 watched
/// signposts), 100,000 draws: options and plans with EVSI, and the same with every sensitivity.
/// </summary>
[MemoryDiagnoser]
public class PlanBenchmarks
{
    private const int Draws = 100_000;
    private Case _case = null!;

    [GlobalSetup]
    public void Setup() => _case = FoundingCase.Answered();

    [Benchmark(Baseline = true)]
    public Appraisal PlansNoSensitivity() =>
        Appraiser.Appraise(_case, new AppraisalOptions { Draws = Draws, Sensitivity = false }).Value!;

    [Benchmark]
    public Appraisal PlansFullExamine() =>
        Appraiser.Appraise(_case, new AppraisalOptions { Draws = Draws }).Value!;
}
