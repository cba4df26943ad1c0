using BenchmarkDotNet.Attributes;
using Fulcrum.UnVotes;
using Fulcrum.UnVotes.Agreement;

namespace Fulcrum.Benchmarks.Watch;

/// <summary>
/// UN-vote alignment for one pair over all years (1946-2020, 6,203 roll calls). Target: under
/// 100 ms (issue 5). Reading the shipped data, once per process, is measured apart.
/// </summary>
[MemoryDiagnoser]
public class AlignmentBenchmarks
{
    private UnVoteData _data = null!;

    [GlobalSetup]
    public void Setup() => _data = UnVoteData.BuiltIn;

    [Benchmark(Baseline = true)]
    public int PairAllYearsByYear() => PairAlignment.Compute(_data, new AlignmentQuery("ISR", "RUS")).Value!.Rows.Count;

    [Benchmark]
    public int PairAllYearsBySession() => PairAlignment.Compute(_data, new AlignmentQuery("USA", "RUS") { Grouping = AlignmentGrouping.Session }).Value!.Rows.Count;

    [Benchmark]
    public int PairAllYearsSquaredImportant() =>
        PairAlignment.Compute(_data, new AlignmentQuery("ISR", "USA") { ImportantOnly = true, Distance = VoteDistance.Squared }).Value!.Rows.Count;

    [Benchmark]
    public int ReadShippedData() => UnVoteData.Load().RollCalls.Count;
}
