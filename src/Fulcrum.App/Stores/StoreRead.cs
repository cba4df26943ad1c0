using Fulcrum.Events.Store;

namespace Fulcrum.App.Stores;

/// <summary>
/// The state of the event store an examination read: its location and its ledger position (files,
/// events, the last ingest), so that a later run can tell whether it read the same data.
/// </summary>
/// <param name="Location">The file path or server address.</param>
/// <param name="Files">Files in the ingest ledger.</param>
/// <param name="Events">Events stored.</param>
/// <param name="LastIngestId">The newest ledger entry's id, or null for an empty store.</param>
/// <param name="LastIngestSha256">The newest ledger entry's file checksum, or null.</param>
/// <param name="FirstDate">The first event date held, or null.</param>
/// <param name="LastDate">The last event date held, or null.</param>
public sealed record StoreRead(string Location, long Files, long Events, long? LastIngestId, string? LastIngestSha256, DateOnly? FirstDate, DateOnly? LastDate)
{
    /// <summary>Reads the store's state.</summary>
    public static async Task<StoreRead> OfAsync(IEventStore store, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var coverage = await store.CoverageAsync(cancellationToken).ConfigureAwait(false);
        var ledger = await store.LedgerAsync(cancellationToken).ConfigureAwait(false);
        var last = ledger.Count > 0 ? ledger[^1] : null;
        return new StoreRead(store.Location, coverage.Files, coverage.Events, last?.IngestId, last?.Sha256, coverage.FirstDate, coverage.LastDate);
    }
}
