using System.Text;
using System.Text.Json;
using Fulcrum.Events.Store.Journal;
using Fulcrum.Store.ClickHouse.Internal;

namespace Fulcrum.Store.ClickHouse;

/// <summary>
/// <see cref="IJournal"/> in the first server's <c>journal</c> table, a plain MergeTree (no engine that
/// merges rows away). Appending reads the newest record and inserts the next, one row in one part;
/// there is no update or delete. Times are kept as microseconds since 1970 (UTC), the journal's
/// precision; the as-of date as its ISO text.
/// </summary>
public sealed partial class ClickHouseEventStore : IJournal
{
    private const string JournalColumns = "journal_id, kind, recorded_us, as_of, case_id, case_sha256, body, previous_hash, hash";

    /// <inheritdoc />
    public async Task<JournalRecord> AppendAsync(JournalDraft draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (_readOnly) throw new InvalidOperationException("the store was opened read-only; open it for writing to journal");
        var last = (await ReadJournalAsync($"SELECT {JournalColumns} FROM {T("journal")} ORDER BY journal_id DESC LIMIT 1", cancellationToken).ConfigureAwait(false)).FirstOrDefault();
        var next = JournalChain.Next(last, draft);
        await First.InsertAsync(T("journal"), Tsv.Content(Tsv.Row(
            Num(next.Id), next.Kind.ToString(), Num(Micros(next.Time)), next.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            next.CaseId, next.CaseSha256, next.Body, next.PreviousHash, next.Hash)), cancellationToken).ConfigureAwait(false);
        return next;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<JournalRecord>> JournalAsync(JournalQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var sql = new StringBuilder($"SELECT {JournalColumns} FROM {T("journal")} WHERE 1");
        if (query.Kind is { } kind) sql.Append($" AND kind = {ChSql.Str(kind.ToString())}");
        if (query.CaseId is { } c) sql.Append($" AND case_id = {ChSql.Str(c)}");
        if (query.Since is { } since) sql.Append($" AND recorded_us >= {Num(Micros(new DateTimeOffset(since.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)))}");
        sql.Append(" ORDER BY journal_id");
        return await ReadJournalAsync(sql.ToString(), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<JournalRecord?> JournalRecordAsync(long id, CancellationToken cancellationToken = default) =>
        (await ReadJournalAsync($"SELECT {JournalColumns} FROM {T("journal")} WHERE journal_id = {Num(id)} ORDER BY journal_id LIMIT 1", cancellationToken).ConfigureAwait(false))
        .FirstOrDefault();

    private async Task<List<JournalRecord>> ReadJournalAsync(string sql, CancellationToken ct)
    {
        var records = new List<JournalRecord>();
        foreach (JsonElement r in await First.QueryAsync(sql, ct).ConfigureAwait(false))
            records.Add(new JournalRecord(
                Int(r, "journal_id"), Enum.Parse<JournalKind>(Str(r, "kind")!), FromMicros(Int(r, "recorded_us")),
                DateOnly.ParseExact(Str(r, "as_of")!, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                Str(r, "case_id")!, Str(r, "case_sha256")!, Str(r, "body")!, Str(r, "previous_hash")!, Str(r, "hash")!));
        return records;
    }
}
