using System.Globalization;
using System.Text.Json;
using Fulcrum.Events;
using Fulcrum.Events.Store;
using Fulcrum.Store.ClickHouse.Internal;

namespace Fulcrum.Store.ClickHouse;

public sealed partial class ClickHouseEventStore
{
    private const string LedgerColumns =
        "ingest_id, path, size_bytes, sha256, format, compression, rows_read, rows_stored, rows_duplicate, rows_rejected, started_us, finished_us";

    /// <inheritdoc />
    public async Task<IReadOnlyList<LedgerEntry>> LedgerAsync(CancellationToken cancellationToken = default) =>
        await ReadLedgerAsync($"SELECT {LedgerColumns} FROM {T("ingest_ledger")} ORDER BY ingest_id", cancellationToken).ConfigureAwait(false);

    private async Task<bool> LedgerHasSizeAsync(long size, CancellationToken ct) =>
        await First.CountAsync($"SELECT count() FROM {T("ingest_ledger")} WHERE size_bytes = {Num(size)}", ct).ConfigureAwait(false) > 0;

    private async Task<LedgerEntry?> FindByChecksumAsync(string sha256, CancellationToken ct) =>
        (await ReadLedgerAsync($"SELECT {LedgerColumns} FROM {T("ingest_ledger")} WHERE sha256 = {ChSql.Str(sha256)} ORDER BY ingest_id LIMIT 1", ct).ConfigureAwait(false))
        .FirstOrDefault();

    private async Task<List<LedgerEntry>> ReadLedgerAsync(string sql, CancellationToken ct)
    {
        var entries = new List<LedgerEntry>();
        foreach (var r in await First.QueryAsync(sql, ct).ConfigureAwait(false))
        {
            var format = r.GetProperty("format").GetString()!;
            entries.Add(new LedgerEntry(
                r.GetProperty("ingest_id").GetInt64(), r.GetProperty("path").GetString()!, r.GetProperty("size_bytes").GetInt64(), r.GetProperty("sha256").GetString()!,
                EventFormats.Parse(format) ?? throw new InvalidOperationException($"unknown format {format} in the ledger"),
                Compression(r.GetProperty("compression").GetString()!), r.GetProperty("rows_read").GetInt64(), r.GetProperty("rows_stored").GetInt64(),
                r.GetProperty("rows_duplicate").GetInt64(), r.GetProperty("rows_rejected").GetInt64(),
                FromMicros(r.GetProperty("started_us").GetInt64()), FromMicros(r.GetProperty("finished_us").GetInt64())));
        }
        return entries;
    }

    private static FileCompression Compression(string name) => name switch
    {
        "gzip" => FileCompression.Gzip,
        "zip" => FileCompression.Zip,
        _ => FileCompression.None,
    };

    private async Task WriteLedgerAsync(FileIngestResult r, string full, long size, DateTimeOffset started, CancellationToken ct) =>
        await First.InsertAsync(T("ingest_ledger"), Tsv.Content(Tsv.Row(
            Num(r.IngestId!.Value), full, Path.GetFileName(full), Num(size), r.Sha256, r.Format!.Value.Name(), r.Compression!.Value.Name(),
            Num(r.Read), Num(r.Stored), Num(r.Duplicate), Num(r.Rejected), Num(Micros(started)), Num(Micros(_time.GetUtcNow())), FulcrumVersion)), ct).ConfigureAwait(false);

    /// <summary>
    /// Ingests that started and never wrote their ledger row (a killed process, a server that stopped
    /// answering) are removed from every shard, and staging tables left behind are dropped. Runs
    /// before each ingest; a server that does not answer stops the ingest, so no later file can
    /// commit while an abandoned one's rows may still be on it.
    /// </summary>
    private async Task CleanUpAsync(CancellationToken ct)
    {
        var pending = (await First.QueryAsync(
            $"""
            SELECT ingest_id FROM {T("ingest_started")}
            WHERE ingest_id NOT IN (SELECT ingest_id FROM {T("ingest_ledger")}) AND ingest_id NOT IN (SELECT ingest_id FROM {T("ingest_abandoned")})
            ORDER BY ingest_id
            """, ct).ConfigureAwait(false)).Select(r => r.GetProperty("ingest_id").GetInt64()).ToList();
        if (pending.Count > 0) await AbandonAsync(pending, ct).ConfigureAwait(false);
        var stages = new List<long>();
        foreach (var s in _shards)
            foreach (var r in await s.QueryAsync($"SELECT name FROM system.tables WHERE database = {ChSql.Str(_db)} AND startsWith(name, 'stage_')", ct).ConfigureAwait(false))
                if (long.TryParse(r.GetProperty("name").GetString()!.AsSpan(6), NumberStyles.None, CultureInfo.InvariantCulture, out var id)) stages.Add(id);
        if (stages.Count > 0) await DropStagesAsync(stages.Distinct(), ct).ConfigureAwait(false);
    }

    /// <summary>Removes what ingests <paramref name="ids"/> wrote, everywhere, waits until it is gone, then records them abandoned.</summary>
    private async Task AbandonAsync(IReadOnlyList<long> ids, CancellationToken ct)
    {
        var list = string.Join(", ", ids.Select(Num));
        await Task.WhenAll(_shards.Select(async s =>
        {
            foreach (var table in new[] { LocalEvents, T("event_ids") })
                if (await s.CountAsync($"SELECT count() FROM {table} WHERE ingest_id IN ({list})", ct).ConfigureAwait(false) > 0)
                    await s.ExecuteAsync($"ALTER TABLE {table} DELETE WHERE ingest_id IN ({list})", ct).ConfigureAwait(false);
        })).ConfigureAwait(false);
        foreach (var table in new[] { T("ingest_rejects"), T("ingest_coverage") })
            if (await First.CountAsync($"SELECT count() FROM {table} WHERE ingest_id IN ({list})", ct).ConfigureAwait(false) > 0)
                await First.ExecuteAsync($"ALTER TABLE {table} DELETE WHERE ingest_id IN ({list})", ct).ConfigureAwait(false);
        await Task.WhenAll(_shards.Select(s => MutationsDoneAsync(s, ct))).ConfigureAwait(false);
        await DropStagesAsync(ids, ct).ConfigureAwait(false);
        var now = Num(Micros(_time.GetUtcNow()));
        await First.InsertAsync(T("ingest_abandoned"), Tsv.Content(string.Concat(ids.Select(i => Tsv.Row(Num(i), now)))), ct).ConfigureAwait(false);
    }

    /// <summary>A mutation (ALTER … DELETE) runs in the background: waits until every one on the database is done.</summary>
    private async Task MutationsDoneAsync(ChServer s, CancellationToken ct)
    {
        for (var i = 0; i < 1200; i++)
        {
            if (await s.CountAsync($"SELECT count() FROM system.mutations WHERE database = {ChSql.Str(_db)} AND is_done = 0", ct).ConfigureAwait(false) == 0) return;
            // Waiting on the server, not on the store's clock (a test's fake clock never moves).
            await Task.Delay(TimeSpan.FromMilliseconds(50), ct).ConfigureAwait(false);
        }
        throw new ChException(s.Name, 0, "a removal of an abandoned ingest's rows did not finish in 60 s (see system.mutations)");
    }

    private async Task DropStagesAsync(IEnumerable<long> ids, CancellationToken ct)
    {
        foreach (var id in ids)
            await Task.WhenAll(_shards.Select(s => s.ExecuteAsync($"DROP TABLE IF EXISTS {_db}.{ChSchema.StageName(id)}", ct))).ConfigureAwait(false);
    }

    private async Task DropStagesQuietlyAsync(IEnumerable<long> ids)
    {
        try
        {
            await DropStagesAsync(ids, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (e is ChException or ChUnreachableException)
        {
            // Dropped by the next ingest's clean-up.
        }
    }

    /// <summary>After a failed ingest: its rows removed now if every server answers, else by the next ingest.</summary>
    private async Task AbandonQuietlyAsync(long id)
    {
        try
        {
            await AbandonAsync([id], CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (e is ChException or ChUnreachableException)
        {
            // Still pending: CleanUpAsync removes it before the next ingest.
        }
    }

    private static long Int(JsonElement row, string name) => row.GetProperty(name).GetInt64();
}
