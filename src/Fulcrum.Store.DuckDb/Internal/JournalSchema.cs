namespace Fulcrum.Store.DuckDb.Internal;

/// <summary>
/// The journal's table: records appended in id order, never updated or deleted by Fulcrum (the
/// store has no statement that would). Created with <c>IF NOT EXISTS</c> whenever a store is opened
/// for writing, so a store made before the journal gains it on its next write; a store opened
/// read-only without it reads as an empty journal.
/// </summary>
internal static class JournalSchema
{
    public const string Table = "journal";

    public static IReadOnlyList<string> CreateStatements { get; } =
    [
        """
        CREATE TABLE IF NOT EXISTS journal (
            journal_id BIGINT PRIMARY KEY, kind VARCHAR NOT NULL, recorded TIMESTAMP NOT NULL, as_of DATE NOT NULL,
            case_id VARCHAR NOT NULL, case_sha256 VARCHAR NOT NULL, body VARCHAR NOT NULL,
            previous_hash VARCHAR NOT NULL, hash VARCHAR NOT NULL)
        """,
    ];
}
