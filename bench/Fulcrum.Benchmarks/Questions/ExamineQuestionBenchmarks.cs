using BenchmarkDotNet.Attributes;
using Fulcrum.App;
using Fulcrum.App.Cases;
using Fulcrum.App.Examine;
using Fulcrum.Decision;
using Fulcrum.Questions;
using Fulcrum.Scenario.BuiltIn;
using Fulcrum.Scenario.Loading;
using Fulcrum.Store.DuckDb;

namespace Fulcrum.Benchmarks.Questions;

/// <summary>
/// <c>examine</c> on the founding case with its question (issue 14: under 1.5 s end to end): the
/// spatial model on the ten-actor table, 200 seeded runs per option (six options, each with its own
/// table: 1,200 runs), then the appraisal at the default 100,000 draws with its sensitivities.
/// Cold: fresh services, so the runs are made; warm: the runs found in the process's cache.
/// The question alone (its runs, no appraisal) is measured apart.
/// </summary>
[MemoryDiagnoser]
public class ExamineQuestionBenchmarks
{
    private FulcrumServices _warm = null!;
    private Fulcrum.Scenario.Model.Case _case = null!;

    private static FulcrumServices Services() => new(new DuckDbEventStoreFactory(TimeProvider.System), TimeProvider.System);

    private static Examination Examine(FulcrumServices app) =>
        app.Examine.ExamineAsync(new ExamineRequest(new CaseScope(CaseRef.Default))).GetAwaiter().GetResult().ValueOrThrow();

    [GlobalSetup]
    public void Setup()
    {
        _warm = Services();
        Examine(_warm);
        _case = CaseLoader.LoadText(BuiltInCases.Text(BuiltInCases.Default)!, "israel-2022.fulcrum.yaml").ValueOrThrow();
    }

    [Benchmark(Baseline = true)]
    public Appraisal ExamineCold() => Examine(Services()).Appraisal;

    [Benchmark]
    public Appraisal ExamineWarm() => Examine(_warm).Appraisal;

    [Benchmark]
    public AnsweredCase QuestionOnly() => QuestionAnswerer.Answer(_case).ValueOrThrow();
}
