using Fulcrum.Core.Time;
using Fulcrum.Events.Dyads;
using Fulcrum.Events.Store;

namespace Fulcrum.Events.Tests.Dyads;

/// <summary>A store that answers only the dyad sums it is given: for testing the engine-neutral series builder.</summary>
public sealed class FakeStore(StoreCoverage coverage, IReadOnlyList<DyadCounts> counts) : IEventStore
{
    public List<(DateOnly From, DateOnly To)> Asked { get; } = [];

    public string Location => "fake";

    public StoreCoverage Coverage() => coverage;

    public IReadOnlyList<DyadCounts> DyadCounts(DyadQuery query, DateOnly from, DateOnly to)
    {
        Asked.Add((from, to));
        return [.. counts.Where(c => c.PeriodStart >= query.By.Start(from) && c.PeriodStart <= to)];
    }

    public FileIngestResult Ingest(IngestRequest request, IProgress<IngestProgress>? progress = null) => throw new NotSupportedException();
    public IReadOnlyList<LedgerEntry> Ledger() => throw new NotSupportedException();
    public RejectPage Rejects(RejectQuery query) => throw new NotSupportedException();
    public EvidencePage Events(EvidenceQuery query) => throw new NotSupportedException();
    public ExportResult Export(ExportRequest request) => throw new NotSupportedException();
    public void Dispose() { }
}
