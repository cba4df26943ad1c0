using Fulcrum.Events.Store;

namespace Fulcrum.App.Contracts;

/// <summary><c>rejects</c> as JSON: the rows ingest rejected (a page of them), and how many there are.</summary>
public sealed record RejectsContract(long Total, int Shown, IReadOnlyList<RejectContract> Rejects) : Contract
{
    public static RejectsContract Of(RejectPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return new(page.Total, page.Rejects.Count,
            [.. page.Rejects.Select(r => new RejectContract(r.Path, r.Line, r.Column, r.ColumnName, r.Reason, r.RawLine, r.RawBytes, r.IngestId))]);
    }
}

/// <summary>One rejected row: where, which field, why, and the raw line (cut at 1 KB; untrusted text).</summary>
public sealed record RejectContract(string File, long Line, int Column, string ColumnName, string Reason, string RawLine, long RawBytes, long IngestId);
