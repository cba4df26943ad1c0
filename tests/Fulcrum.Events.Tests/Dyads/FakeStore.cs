using Fulcrum.Core.Time;
using Fulcrum.Events.Dyads;
using Fulcrum.Events.Store;

namespace Fulcrum.Events.Tests.Dyads;

/// <summary>A store that answers only the dyad sums it is given: for testing the engine-neutral series builder.</summary>
public sealed class FakeStore(StoreCoverage coverage, IReadOnlyList<DyadCounts> counts) : IEventStore
{
    public List<(DateOnly From, DateOnly To)> Asked { get; } = [];

    public string Location => "fake";

    public Task<StoreCoverage> CoverageAsync(CancellationToken cancellationToken = default) => Task.FromResult(coverage);

    public Task<IReadOnlyList<DyadCounts>> DyadCountsAsync(DyadQuery query, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        Asked.Add((from, to));
        return Task.FromResult<IReadOnlyList<DyadCounts>>([.. counts.Where(c => c.PeriodStart >= query.By.Start(from) && c.PeriodStart <= to)]);
    }

    public Task<FileIngestResult> IngestAsync(IngestRequest request, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    public Task<IReadOnlyList<LedgerEntry>> LedgerAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException();
    public Task<RejectPage> RejectsAsync(RejectQuery query, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    public Task<IReadOnlySet<string>> ActorCountryCodesAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException();
    public Task<EvidencePage> EventsAsync(EvidenceQuery query, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    public Task<ExportResult> ExportAsync(ExportRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    public void Dispose() { }
}
