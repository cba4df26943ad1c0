using System.Text;
using Fulcrum.Events.Store.Journal;
using Fulcrum.Store.DuckDb.Internal;

namespace Fulcrum.Store.DuckDb;

/// <summary>
/// <see cref="IJournal"/> in the store's <c>journal</c> table. Appending reads the newest record and
/// inserts the next in one transaction; there is no update or delete. DuckDB is in-process, so each
/// call does its work on the calling thread and checks the token before it starts.
/// </summary>
public sealed partial class DuckDbEventStore : IJournal
{
    private const string JournalColumns = "journal_id, kind, recorded, as_of, case_id, case_sha256, body, previous_hash, hash";

    Task<JournalRecord> IJournal.AppendAsync(JournalDraft draft, CancellationToken cancellationToken) => Run(() => AppendJournal(draft), cancellationToken);

    Task<IReadOnlyList<JournalRecord>> IJournal.JournalAsync(JournalQuery query, CancellationToken cancellationToken) =>
        Run<IReadOnlyList<JournalRecord>>(() => Journal(query), cancellationToken);

    Task<JournalRecord?> IJournal.JournalRecordAsync(long id, CancellationToken cancellationToken) =>
        Run(() => HasJournal() ? ReadJournal($"SELECT {JournalColumns} FROM journal WHERE journal_id = $id", ("id", id)).FirstOrDefault() : null, cancellationToken);

    private JournalRecord AppendJournal(JournalDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (_options.ReadOnly) throw new InvalidOperationException("the store was opened read-only; open it for writing to journal");
        using var transaction = _connection.BeginTransaction();
        var last = ReadJournal($"SELECT {JournalColumns} FROM journal ORDER BY journal_id DESC LIMIT 1").FirstOrDefault();
        var next = JournalChain.Next(last, draft);
        _connection.Execute("INSERT INTO journal VALUES ($id, $kind, $recorded, $as_of, $case, $sha, $body, $prev, $hash)",
            ("id", next.Id), ("kind", next.Kind.ToString()), ("recorded", next.Time.UtcDateTime), ("as_of", next.AsOf),
            ("case", next.CaseId), ("sha", next.CaseSha256), ("body", next.Body), ("prev", next.PreviousHash), ("hash", next.Hash));
        CrashPoints.Pass(CrashPoints.JournalCommit);
        transaction.Commit();
        return next;
    }

    private List<JournalRecord> Journal(JournalQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!HasJournal()) return [];
        var sql = new StringBuilder($"SELECT {JournalColumns} FROM journal WHERE true");
        var parameters = new List<(string, object?)>();
        if (query.Kind is { } kind)
        {
            sql.Append(" AND kind = $kind");
            parameters.Add(("kind", kind.ToString()));
        }
        if (query.CaseId is { } c)
        {
            sql.Append(" AND case_id = $case");
            parameters.Add(("case", c));
        }
        if (query.Since is { } since)
        {
            sql.Append(" AND recorded >= $since");
            parameters.Add(("since", since.ToDateTime(TimeOnly.MinValue)));
        }
        sql.Append(" ORDER BY journal_id");
        return ReadJournal(sql.ToString(), [.. parameters]);
    }

    /// <summary>Whether the table is there (a store made before the journal, opened read-only, has none).</summary>
    private bool HasJournal() =>
        _connection.Scalar<long>("SELECT count(*) FROM duckdb_tables() WHERE table_name = $t", ("t", JournalSchema.Table)) > 0;

    private List<JournalRecord> ReadJournal(string sql, params (string, object?)[] parameters)
    {
        using var command = _connection.Command(sql, parameters);
        using var r = command.ExecuteReader();
        var records = new List<JournalRecord>();
        while (r.Read())
        {
            // A kind edited into something else is kept as read, for the chain check to report (not thrown).
            var kindText = r.GetString(1);
            var known = Enum.TryParse<JournalKind>(kindText, ignoreCase: false, out var kind) && Enum.IsDefined(kind);
            records.Add(new JournalRecord(
                r.GetInt64(0), known ? kind : (JournalKind)(-1), Utc(r.GetDateTime(2)), r.Date(3),
                r.GetString(4), r.GetString(5), r.GetString(6), r.GetString(7), r.GetString(8))
            { UnknownKind = known ? null : kindText });
        }
        return records;
    }
}
