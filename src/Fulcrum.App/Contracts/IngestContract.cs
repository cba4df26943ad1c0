using Fulcrum.App.Ingest;
using Fulcrum.Events;
using Fulcrum.Events.Store;

namespace Fulcrum.App.Contracts;

/// <summary><c>ingest</c> as JSON: what became of each file, and the totals (read = stored + duplicate + rejected).</summary>
public sealed record IngestContract(IReadOnlyList<IngestFileContract> Files, IngestTotalsContract Totals) : Contract
{
    public static IngestContract Of(IngestOutcome o)
    {
        ArgumentNullException.ThrowIfNull(o);
        var r = o.Files;
        return new([.. r.Select(f => new IngestFileContract(f.Path, f.Format?.Name(), f.Read, f.Stored, f.Duplicate, f.Rejected, Status(f.Status), f.Message))],
            new IngestTotalsContract(r.Count, r.Count(f => f.Status == IngestStatus.Ingested), r.Count(f => f.Status == IngestStatus.Skipped),
                r.Count(f => f.Status == IngestStatus.Failed), r.Sum(f => f.Read), r.Sum(f => f.Stored), r.Sum(f => f.Duplicate), r.Sum(f => f.Rejected)));
    }

    /// <summary>ingested, skipped or failed.</summary>
    public static string Status(IngestStatus s) => s.ToString().ToLowerInvariant();
}

/// <summary>One file: its format, the counts, its status and why.</summary>
public sealed record IngestFileContract(string Path, string? Format, long Read, long Stored, long Duplicate, long Rejected, string Status, string Message);

/// <summary>The run's totals.</summary>
public sealed record IngestTotalsContract(int Files, int Ingested, int Skipped, int Failed, long Read, long Stored, long Duplicate, long Rejected);
