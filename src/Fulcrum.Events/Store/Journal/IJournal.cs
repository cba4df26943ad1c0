namespace Fulcrum.Events.Store.Journal;

/// <summary>
/// The journal an event store keeps beside its events: append-only records of what was examined
/// and recommended when, and of the outcomes recorded, each holding the hash of the one before
/// (<see cref="JournalChain"/>) so that a record changed in the store's file is detected. There is
/// deliberately no way to change or remove a record. The record's body is opaque here (the
/// application writes it); every engine stores the same fields and checks them the same way.
/// </summary>
public interface IJournal
{
    /// <summary>Appends one record after the newest, giving it the next id and chaining it to the newest's hash.</summary>
    Task<JournalRecord> AppendAsync(JournalDraft draft, CancellationToken cancellationToken = default);

    /// <summary>The records matching <paramref name="query"/>, oldest first.</summary>
    Task<IReadOnlyList<JournalRecord>> JournalAsync(JournalQuery query, CancellationToken cancellationToken = default);

    /// <summary>One record by id, or null when there is none.</summary>
    Task<JournalRecord?> JournalRecordAsync(long id, CancellationToken cancellationToken = default);
}
