using BenchmarkDotNet.Attributes;
using Fulcrum.App;
using Fulcrum.App.Brief;
using Fulcrum.App.Cases;
using Fulcrum.Brief;
using Fulcrum.Store.DuckDb;

namespace Fulcrum.Benchmarks.Brief;

/// <summary>
/// The brief of the founding case on its shipped data (issue 11: under 3 s): assemble (examine with
/// its question and sensitivities at the default 100,000 draws, balance sheet) and render the page
/// with every chart. Fresh services each time, so the question's runs are made, not found; the
/// render alone is measured apart.
/// </summary>
[MemoryDiagnoser]
public class BriefBenchmarks
{
    private BriefData _data = null!;

    private static FulcrumServices Services() => new(new DuckDbEventStoreFactory(TimeProvider.System), TimeProvider.System);

    private static BriefData Assemble() =>
        Services().Brief.AssembleAsync(new BriefRequest(new CaseScope(CaseRef.Default))).GetAwaiter().GetResult().ValueOrThrow();

    [GlobalSetup]
    public void Setup() => _data = Assemble();

    [Benchmark(Baseline = true)]
    public string BriefFoundingCase() => BriefPage.Render(Assemble());

    [Benchmark]
    public string RenderOnly() => BriefPage.Render(_data);
}
