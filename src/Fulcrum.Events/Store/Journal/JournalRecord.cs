namespace Fulcrum.Events.Store.Journal;

/// <summary>What the journal records.</summary>
public enum JournalKind
{
    /// <summary>An examination: identity, signposts, probabilities, options, recommendation, diff.</summary>
    Examination,
    /// <summary>A scenario resolved by what happened (from a date on it has probability 1).</summary>
    Outcome,
}

/// <summary>A record to append: the fields the journal can be searched by, and its body.</summary>
/// <param name="Kind">What it records.</param>
/// <param name="Time">When it was recorded (the host's clock; kept to the microsecond).</param>
/// <param name="AsOf">The date it speaks of: the examination's as-of date, the outcome's date.</param>
/// <param name="CaseId">The case's id.</param>
/// <param name="CaseSha256">The SHA-256 of the case's text (empty for an outcome recorded without one).</param>
/// <param name="Body">The record itself, as canonical JSON text written by the application.</param>
public sealed record JournalDraft(JournalKind Kind, DateTimeOffset Time, DateOnly AsOf, string CaseId, string CaseSha256, string Body);

/// <summary>A record as the journal holds it.</summary>
/// <param name="Id">1, 2, 3, … in the order appended, without gaps.</param>
/// <param name="PreviousHash">The hash of record <c>Id − 1</c> (<see cref="JournalChain.Genesis"/> for the first).</param>
/// <param name="Hash">SHA-256 over the canonical form of this record including <paramref name="PreviousHash"/>.</param>
public sealed record JournalRecord(
    long Id, JournalKind Kind, DateTimeOffset Time, DateOnly AsOf, string CaseId, string CaseSha256, string Body, string PreviousHash, string Hash)
{
    public JournalDraft Draft => new(Kind, Time, AsOf, CaseId, CaseSha256, Body);

    /// <summary>
    /// The kind as stored when it is none of <see cref="JournalKind"/>'s (a record edited in the
    /// store's file); <see cref="Kind"/> is then no defined value and <see cref="JournalChain.Verify"/>
    /// reports the record. Null for every record as written.
    /// </summary>
    public string? UnknownKind { get; init; }
}

/// <summary>Which records to list.</summary>
/// <param name="Kind">Only this kind (null: all).</param>
/// <param name="CaseId">Only this case's (null: every case's).</param>
/// <param name="Since">Only records recorded on or after this date (UTC; null: all).</param>
public sealed record JournalQuery(JournalKind? Kind = null, string? CaseId = null, DateOnly? Since = null)
{
    public static JournalQuery All { get; } = new();
}
